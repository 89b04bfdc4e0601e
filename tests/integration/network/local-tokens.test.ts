/**
 * Windows that survive a restart of the loopback host (main/host/local-tokens.ts): the same tokens,
 * so the printed addresses, the open pages (their sessionStorage token) and their cookie keep
 * working; renewing them refuses the old ones; a page that cannot be served is a page, not JSON.
 */
import { statSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localTokens, localTokensPath } from '../../../main/host/local-tokens';
import { type RunningHost, startHost } from '../../../main/host/server';
import { rawRequest } from '../../helpers/test-host';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine;
let staticDir: string;
const hosts: RunningHost[] = [];
beforeEach(async () => {
  t = tempEngine();
  staticDir = t.file('static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>op</title>');
  await t.engine.call('congress:create', { name: 'Đại hội khởi động lại', path: t.file('r.congress') });
});
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  t.dispose();
});

async function restartedHost(port: number, renew = false): Promise<RunningHost> {
  const host = await startHost({ engine: t.engine, staticDir, port, tokens: localTokens(t.engine.workspace.dir, { renew }) });
  hosts.push(host);
  return host;
}

const summary = (port: number, token: string) =>
  rawRequest(port, '/api/attendance:summary', { method: 'POST', headers: { 'x-congress-token': token }, body: '{}' });

describe('loopback host: the same addresses after a restart', () => {
  it('prints the same addresses, and the old page, its token and its cookie keep working; the tokens file is 0600', async () => {
    const first = await restartedHost(0);
    const port = first.port;
    const page = await rawRequest(port, `/?token=${first.tokens.operator}`, { headers: { connection: 'close' } });
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    await first.close();
    hosts.length = 0;

    const second = await restartedHost(port);
    expect(second.operatorUrl).toBe(first.operatorUrl);
    expect(second.projectorUrl).toBe(first.projectorUrl);
    expect((await rawRequest(port, '/', { headers: { cookie, accept: 'text/html' } })).status).toBe(200); // F5
    expect((await summary(port, first.tokens.operator)).status).toBe(200);
    expect(statSync(localTokensPath(t.engine.workspace.dir)).mode & 0o777).toBe(0o600);
  });

  it('--new-tokens revokes the old ones: their page load is refused with a page in both languages, their commands with 401', async () => {
    const first = await restartedHost(0);
    await first.close();
    hosts.length = 0;
    const renewed = await restartedHost(first.port, true);
    expect(renewed.tokens.operator).not.toBe(first.tokens.operator);
    expect((await summary(renewed.port, first.tokens.operator)).status).toBe(401);
    const f5 = await rawRequest(renewed.port, '/', {
      headers: { cookie: `congress-desk-${renewed.port}=${first.tokens.operator}`, accept: 'text/html,application/xhtml+xml' },
    });
    expect(f5.status).toBe(401);
    expect(f5.headers['content-type']).toMatch(/^text\/html/);
    expect(f5.body).toContain('Thiếu hoặc sai mã truy cập');
    expect(f5.body).toContain('Missing or wrong access token');
    // A script's fetch still gets the refusal as the contract says it, with its key.
    const fetched = await rawRequest(renewed.port, '/');
    expect(JSON.parse(fetched.body).error).toMatchObject({ code: 'ACCESS_DENIED', key: 'host.pageToken' });
  });
});
