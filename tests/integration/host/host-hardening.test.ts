/** The browser host's refusals, one by one: each test names the attack it refuses. */
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import WebSocket from 'ws';
import { COMMAND_NAMES } from '../../../shared/contract/channels';
import { MAX_BODY_BYTES, type RunningHost } from '../../../main/host/server';
import { type RawInit, rawRequest, useTestHost } from '../../helpers/test-host';

let host: RunningHost;

const raw = (path: string, init?: RawInit) => rawRequest(host.port, path, init);

const api = (channel: string, headers: Record<string, string>, body = '{}') =>
  raw(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const operator = () => ({ 'x-congress-token': host.tokens.operator });

useTestHost((_t, h) => (host = h), {
  'index.html': '<!doctype html><title>op</title>',
  'assets/app.js': 'console.log(1)',
  '.env': 'SECRET=1',
});

describe('browser host hardening', () => {
  it('listens on loopback only: not reachable on the machine’s network addresses', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    const reach = (address: string) =>
      new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: host.port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
    expect(await reach('127.0.0.1')).toBe('connected');
    for (const address of external) expect(await reach(address)).toBe('ECONNREFUSED');
  });

  it('requires the token on every command of the contract, and the operator token for all but the projector view', async () => {
    for (const channel of COMMAND_NAMES) {
      expect((await api(channel, {})).status, channel).toBe(401);
      expect((await api(channel, { 'x-congress-token': `${host.tokens.operator}x` })).status, channel).toBe(401);
      if (channel !== 'projector:view')
        expect((await api(channel, { 'x-congress-token': host.tokens.projector })).status, channel).toBe(403);
    }
  });

  it('requires the token for the pages and their files too: in the address once, then as a strict cookie', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw('/assets/app.js')).status).toBe(401);
    expect((await raw('/?token=guess')).status).toBe(401);
    const first = await raw(`/?token=${host.tokens.operator}`);
    expect(first.status).toBe(200);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^congress-desk-${host.port}=${host.tokens.operator}; HttpOnly; SameSite=Strict; Path=/`));
    const jar = cookie.split(';')[0]!;
    expect((await raw('/assets/app.js', { headers: { cookie: jar } })).status).toBe(200);
    expect((await raw('/assets/app.js', { headers: { cookie: `congress-desk-${host.port}=guess` } })).status).toBe(401);
    expect((await raw('/assets/app.js', { headers: { cookie: `congress-desk-${host.port + 1}=${host.tokens.operator}` } })).status).toBe(
      401,
    );
    // the cookie opens the files, never the commands: those need the header
    expect((await api('attendance:summary', { cookie: jar })).status).toBe(401);
  });

  it('refuses a WebSocket without a token, with a wrong path, or from a foreign origin', async () => {
    const refused = (url: string, headers: Record<string, string> = {}) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(url, { headers });
        ws.once('open', () => resolve('open'));
        ws.once('error', (e) => resolve(e.message));
      });
    const base = `ws://127.0.0.1:${host.port}`;
    expect(await refused(`${base}/events`)).toContain('403');
    expect(await refused(`${base}/other?token=${host.tokens.operator}`)).toContain('403');
    expect(await refused(`${base}/events?token=${host.tokens.operator}`, { origin: 'http://evil.example' })).toContain('403');
    expect(await refused(`${base}/events?token=${host.tokens.operator}`)).toBe('open');
  });

  it('refuses Host and Origin headers of other sites (DNS rebinding), whatever the token', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      `localhost.evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
    ]) {
      expect((await api('attendance:summary', { ...operator(), host: hostHeader })).status, hostHeader).toBe(403);
      expect((await raw('/', { headers: { host: hostHeader } })).status, hostHeader).toBe(403);
    }
    for (const origin of ['null', 'http://evil.example', `http://evil.example:${host.port}`, `https://127.0.0.1:${host.port}`]) {
      expect((await api('attendance:summary', { ...operator(), origin })).status, origin).toBe(403);
    }
    expect(
      (await api('attendance:summary', { ...operator(), host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` })).status,
    ).toBe(200);
  });

  it('refuses a request with no Host header at all', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: host.port }, () =>
        socket.write('GET /index.html HTTP/1.1\r\nConnection: close\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (d) => (data += String(d)));
      socket.on('close', () => resolve(data));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 (400|403)/);
  });

  it('refuses a request body over the limit without reading it all', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const r = await api('attendance:summary', operator(), big as unknown as string);
    // the answer, not a reset (more in host-limits.test.ts)
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'INVALID_INPUT', key: 'host.tooLarge', params: { megabytes: 48 } });
    expect((await api('attendance:summary', operator())).status).toBe(200); // and keeps serving
  });

  it('closes a WebSocket that sends more than it may (the socket only listens)', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/events?token=${host.tokens.operator}`);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send('x'.repeat(64 * 1024));
    expect(await closed).toBe(1009); // message too big
  });

  it('serves no directory listing, no dotfile, nothing outside its folder', async () => {
    for (const path of [
      '/assets',
      '/assets/',
      '/.env',
      '/assets/../.env',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%252e%252e/secret.txt',
      '/..%5csecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '//etc/passwd',
      '/index.html%00.js',
      '/%',
    ]) {
      const r = await raw(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain('secret');
    }
    const js = await raw(`/assets/app.js?token=${host.tokens.projector}`);
    expect(js.status).toBe(200);
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(String(js.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('refuses other methods: no PUT or DELETE on files, no GET on commands', async () => {
    expect((await raw('/index.html', { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await raw('/index.html', { method: 'DELETE' })).status).toBe(405);
    expect((await raw('/api/attendance:summary', { headers: operator() })).status).toBe(405);
  });
});
