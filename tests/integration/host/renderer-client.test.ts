/**
 * The renderer's client (renderer/client/*) against the real browser host, over real sockets:
 * every command carries a request id; a write whose answer is lost with the connection is sent
 * once more under the same id and runs once; a reconnecting event stream catches up event by
 * event, and asks the window to re-read only when the engine cannot say what was missed.
 */
import { createServer, request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countAudit } from '../../../main/db/audit';
import { Engine } from '../../../main/engine/engine';
import { type RunningHost, startHost } from '../../../main/host/server';
import { type Client, createClient } from '../../../renderer/client/client';
import { createHttpBridge } from '../../../renderer/client/http-bridge';
import { isRequestId } from '../../../shared/contract/envelope';
import { steppingClock } from '../../helpers/temp-engine';
import { officialDelegate } from '../ballots/ballot-setup';

const RING = 8;
let dir: string;
let staticDir: string;
let path: string;
let engine: Engine;
let host: RunningHost;
const offs: (() => void)[] = [];

const newEngine = () => new Engine({ workspaceDir: join(dir, 'workspace'), now: steppingClock(), rememberRecent: false, eventRing: RING });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'congress-client-'));
  staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  path = join(dir, 'c.congress');
  engine = newEngine();
  await engine.call('congress:create', { name: 'Đại hội khách', path });
  for (let i = 1; i <= 20; i++) await engine.call('delegates:create', officialDelegate(i));
  host = await startHost({ engine, staticDir });
});

afterEach(async () => {
  for (const off of offs.splice(0)) off();
  await host.close();
  engine.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${host.port}`;
const checkIns = () => countAudit(engine.context().db, 'checkin.scan');

/** The same host again on the same port and tokens (the browser host restarting), on `engine`. */
async function restartHost(on: Engine): Promise<void> {
  const { port, tokens } = host;
  host = await startHost({ engine: on, staticDir, port, tokens });
}

describe('commands', () => {
  it('carry a fresh request id each', async () => {
    const client = createClient(createHttpBridge(host.tokens.operator, base()));
    expect((await client.call('checkin:scan', { code: 'DB001' })).ok).toBe(true);
    expect((await client.call('checkin:scan', { code: 'DB002' })).ok).toBe(true);
    const ids = engine.context().db.prepare('SELECT request_id FROM command_requests').pluck().all();
    expect(ids).toHaveLength(2);
    expect(ids.every(isRequestId)).toBe(true);
    expect(new Set(ids).size).toBe(2);
  });

  it('are retried once, under the same id, when the answer is lost with the connection: one check-in', async () => {
    // A relay that lets the first request through to the host, then cuts the line before the answer.
    const seen: string[] = [];
    let cut = true;
    const relay: Server = createServer((req, res) => {
      seen.push(String(req.headers['x-request-id']));
      const upstream = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: `127.0.0.1:${host.port}` },
        },
        (answer) => {
          if (cut) {
            cut = false;
            answer.resume();
            answer.on('end', () => res.socket?.destroy()); // the command has run; its answer never arrives
            return;
          }
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    try {
      const client = createClient(createHttpBridge(host.tokens.operator, `http://127.0.0.1:${(relay.address() as AddressInfo).port}`), {
        retryDelayMs: 10,
      });
      const r = await client.call('checkin:scan', { code: 'DB003' });
      expect(r).toMatchObject({ ok: true, value: { delegate: { code: 'DB003' } } }); // the first answer, not ALREADY_CHECKED_IN
      expect(seen).toHaveLength(2);
      expect(isRequestId(seen[0])).toBe(true);
      expect(seen[1]).toBe(seen[0]);
      expect(checkIns()).toBe(1);
    } finally {
      await new Promise((r) => relay.close(r));
    }
  });

  it('are not retried when the engine answered, even with an error', async () => {
    const client = createClient(createHttpBridge(host.tokens.operator, base()), { retryDelayMs: 10 });
    await client.call('checkin:scan', { code: 'DB004' });
    const r = await client.call('checkin:scan', { code: 'DB004' });
    expect(r).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_IN' } });
    expect(engine.context().db.prepare('SELECT count(*) FROM command_requests').pluck().get()).toBe(1);
  });
});

describe('the event stream', () => {
  function listen(client: Client) {
    const got: number[] = [];
    let rereads = 0;
    offs.push(client.on('attendance:changed', (p) => got.push(p.records[0]!.delegateId)));
    offs.push(client.onReread(() => rereads++));
    return { got, rereads: () => rereads };
  }

  it('after a short drop gets exactly the 3 events it missed, and no re-read', async () => {
    const seen = listen(createClient(createHttpBridge(host.tokens.operator, base())));
    await vi.waitFor(() => expect(seen.rereads()).toBe(1)); // the first connection: the window reads everything
    await engine.call('checkin:mark', { delegateId: 1 });
    await vi.waitFor(() => expect(seen.got).toEqual([1]));
    await host.close();
    for (const delegateId of [2, 3, 4]) await engine.call('checkin:mark', { delegateId });
    await restartHost(engine);
    await vi.waitFor(() => expect(seen.got).toEqual([1, 2, 3, 4]), { timeout: 10_000 });
    await engine.call('checkin:mark', { delegateId: 5 });
    await vi.waitFor(() => expect(seen.got).toEqual([1, 2, 3, 4, 5]));
    expect(seen.rereads()).toBe(1);
  });

  it('after a gap older than the engine keeps is told once to re-read, and the missed events are not replayed', async () => {
    const seen = listen(createClient(createHttpBridge(host.tokens.operator, base())));
    await vi.waitFor(() => expect(seen.rereads()).toBe(1));
    await engine.call('checkin:mark', { delegateId: 1 });
    await vi.waitFor(() => expect(seen.got).toEqual([1]));
    await host.close();
    for (let delegateId = 2; delegateId <= RING + 4; delegateId++) await engine.call('checkin:mark', { delegateId });
    await restartHost(engine);
    await vi.waitFor(() => expect(seen.rereads()).toBe(2), { timeout: 10_000 });
    await engine.call('checkin:mark', { delegateId: 20 });
    await vi.waitFor(() => expect(seen.got).toEqual([1, 20]));
    expect(seen.rereads()).toBe(2);
  });

  it('is told to re-read when the engine restarted', async () => {
    const seen = listen(createClient(createHttpBridge(host.tokens.operator, base())));
    await vi.waitFor(() => expect(seen.rereads()).toBe(1));
    await engine.call('checkin:mark', { delegateId: 1 });
    await vi.waitFor(() => expect(seen.got).toEqual([1]));
    await host.close();
    engine.close();
    engine = newEngine();
    await engine.call('congress:open', { path });
    await restartHost(engine);
    await vi.waitFor(() => expect(seen.rereads()).toBe(2), { timeout: 10_000 });
    await engine.call('checkin:mark', { delegateId: 2 });
    await vi.waitFor(() => expect(seen.got).toEqual([1, 2]));
    expect(seen.rereads()).toBe(2);
  });
});
