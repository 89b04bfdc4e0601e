import WebSocket from 'ws';
import type { RunningHost } from '../../../main/host/server';
import { PROJECTOR_ADDRESS_PATH } from '../../../shared/contract/host-schemas';
import { type RawInit, rawRequest, useTestHost } from '../../helpers/test-host';
import { errorText } from '../../helpers/error-text';

let host: RunningHost;

const raw = (path: string, init?: RawInit) => rawRequest(host.port, path, init);

const api = (channel: string, token: string, body: unknown = {}, headers: Record<string, string> = {}) =>
  raw(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-congress-token': token, ...headers },
    body: JSON.stringify(body),
  });

useTestHost((_t, h) => (host = h), {
  'index.html': '<!doctype html><title>op</title>',
  'projector.html': '<!doctype html><title>pr</title>',
});

describe('browser host', () => {
  it('answers the contract with the operator token', async () => {
    const r = await api('attendance:summary', host.tokens.operator);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { summoned: 0 } });
  });

  it('refuses a request without or with a wrong token', async () => {
    expect((await api('attendance:summary', '')).status).toBe(401);
    expect((await api('attendance:summary', 'guess')).status).toBe(401);
  });

  it('lets the projector token read the projected view and nothing else', async () => {
    expect(JSON.parse((await api('projector:view', host.tokens.projector)).body).ok).toBe(true);
    const r = await api('delegates:list', host.tokens.projector);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'INVALID_INPUT', key: 'role.mayNotUse', params: { role: 'projector' } });
    expect(errorText(JSON.parse(r.body).error)).toContain('Màn chiếu');
  });

  it('tells the operator, and only the operator, the projector page’s address, whose token opens the projector role only', async () => {
    const ask = (token: string, headers: Record<string, string> = {}) =>
      raw(PROJECTOR_ADDRESS_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-congress-token': token, ...headers },
        body: '{}',
      });
    const answer = await ask(host.tokens.operator);
    expect(answer.status).toBe(200);
    const url = new URL(JSON.parse(answer.body).value.url);
    expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:${host.port}/projector.html`);
    expect(url.searchParams.get('token')).toBe(host.tokens.projector);
    expect(host.tokens.projector).not.toBe(host.tokens.operator);
    // on the address the operator used (Host checked like every request)
    const viaLocalhost = await ask(host.tokens.operator, { host: `localhost:${host.port}` });
    expect(new URL(JSON.parse(viaLocalhost.body).value.url).host).toBe(`localhost:${host.port}`);
    // the projector cannot ask for it, nor can anyone without a token
    expect((await ask(host.tokens.projector)).status).toBe(403);
    expect((await ask('')).status).toBe(401);
    // what that token opens: the projector page and the projected view, no operator command
    const token = url.searchParams.get('token')!;
    const page = await raw(`${url.pathname}${url.search}`);
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toContain(`=${host.tokens.projector};`);
    expect(JSON.parse((await api('projector:view', token)).body).ok).toBe(true);
    for (const channel of ['delegates:list', 'projector:set', 'ballots:list', 'congress:update']) {
      expect((await api(channel, token, {})).status, channel).toBe(403);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await api('attendance:summary', host.tokens.operator, {}, { host: 'evil.example:80' })).status).toBe(403);
    expect((await api('attendance:summary', host.tokens.operator, {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('attendance:summary', host.tokens.operator, {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('validates every payload against the contract', async () => {
    const r = JSON.parse((await api('checkin:scan', host.tokens.operator, { code: 42 })).body);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = JSON.parse((await api('nope:nothing', host.tokens.operator)).body);
    expect(unknown.error.code).toBe('INVALID_INPUT');
    const bad = await raw('/api/attendance:summary', {
      method: 'POST',
      headers: { 'x-congress-token': host.tokens.operator },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
  });

  it('serves static files with a CSP, and no traversal or directory listing', async () => {
    const page = await raw(`/?token=${host.tokens.operator}`);
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect((await raw('/../secret.txt')).status).toBe(404);
    expect((await raw('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await raw('/..%2fsecret.txt')).status).toBe(404);
    expect((await raw('/static/')).status).toBe(404);
  });

  it('pushes events over the WebSocket, filtered by role', async () => {
    const url = (token: string) => `ws://127.0.0.1:${host.port}/events?token=${token}`;
    const operator = new WebSocket(url(host.tokens.operator));
    const projector = new WebSocket(url(host.tokens.projector));
    await Promise.all([operator, projector].map((ws) => new Promise((r) => ws.once('open', r))));
    const got = { operator: [] as string[], projector: [] as string[] };
    operator.on('message', (m) => got.operator.push(JSON.parse(String(m)).name));
    projector.on('message', (m) => got.projector.push(JSON.parse(String(m)).name));
    await api('projector:set', host.tokens.operator, { slide: 'attendance' });
    await api('congress:update', host.tokens.operator, { theme: 'Đoàn kết' });
    await new Promise((r) => setTimeout(r, 150));
    // the stage (queue, black, theme) reaches operators only; the projector sees just what is on air
    expect(got.operator).toEqual(['projector:changed', 'projector:staged', 'congress:changed', 'projector:changed']);
    expect(got.projector).toEqual(['projector:changed', 'projector:changed']);
    operator.close();
    projector.close();
  });

  it('refuses a WebSocket without a token', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/events?token=wrong`);
    const error = await new Promise<Error>((r) => ws.once('error', r));
    expect(error.message).toContain('403');
  });
});
