/**
 * The role table, request ids and numbered events through the real browser host: real sockets, a
 * real engine on a real congress file (shared/contract/roles.ts, main/host/role-gate.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { countAudit } from '../../../main/db/audit';
import { Engine } from '../../../main/engine/engine';
import { type RunningHost, startHost } from '../../../main/host/server';
import { COMMAND_NAMES } from '../../../shared/contract/channels';
import { type Caller, newRequestId, type StreamMessage } from '../../../shared/contract/envelope';
import { commandsFor, eventsFor } from '../../../shared/contract/roles';
import { gatedCommand, resumeFor } from '../../../main/host/role-gate';
import { rawRequest } from '../../helpers/test-host';
import { steppingClock } from '../../helpers/temp-engine';
import { officialDelegate } from '../ballots/ballot-setup';
import { errorText } from '../../helpers/error-text';

const RING = 8;
let dir: string;
let engine: Engine;
let host: RunningHost;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'congress-roles-'));
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>op</title>');
  engine = new Engine({ workspaceDir: join(dir, 'workspace'), now: steppingClock(), rememberRecent: false, eventRing: RING });
  await engine.call('congress:create', { name: 'Đại hội vai trò', path: join(dir, 'r.congress') });
  for (let i = 1; i <= 3; i++) await engine.call('delegates:create', officialDelegate(i));
  host = await startHost({ engine, staticDir });
});

afterEach(async () => {
  await host.close();
  engine.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = (channel: string, token: string, body: unknown = {}, headers: Record<string, string> = {}) =>
  rawRequest(host.port, `/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-congress-token': token, ...headers },
    body: JSON.stringify(body),
  });

/** A WebSocket on /events, collecting every message from the moment it opens. */
async function stream(token: string, resume = '') {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/events?token=${token}${resume}`);
  const got: StreamMessage[] = [];
  ws.on('message', (m) => got.push(JSON.parse(String(m)) as StreamMessage));
  await new Promise((r) => ws.once('open', r));
  return { ws, got, close: () => new Promise((r) => (ws.once('close', r), ws.close())) };
}

const settle = () => new Promise((r) => setTimeout(r, 150));
const names = (got: StreamMessage[]) => got.map((m) => ('name' in m ? m.name : 'REREAD'));
const seqs = (got: StreamMessage[]) => got.map((m) => ('seq' in m ? m.seq : -1));

describe('the role table at the browser host', () => {
  it('refuses the projector token each command that is not the projector’s, before it runs', async () => {
    const audit = countAudit(engine.context().db);
    const refused = COMMAND_NAMES.filter((c) => !commandsFor('projector').includes(c));
    expect(refused.length).toBe(COMMAND_NAMES.length - 1);
    for (const channel of refused) {
      const r = await api(channel, host.tokens.projector, {});
      expect(r.status, channel).toBe(403);
      expect(errorText(JSON.parse(r.body).error), channel).toContain(`Màn chiếu không được dùng lệnh «${channel}»`);
    }
    expect(JSON.parse((await api('projector:view', host.tokens.projector)).body).ok).toBe(true);
    expect(countAudit(engine.context().db)).toBe(audit);
    expect(engine.isOpen).toBe(true);
  });

  it('sends each role only the events it may hear, numbered in one sequence', async () => {
    const operator = await stream(host.tokens.operator);
    const projector = await stream(host.tokens.projector);
    await api('checkin:scan', host.tokens.operator, { code: 'DB001' });
    await api('projector:set', host.tokens.operator, { slide: 'attendance' });
    await api('delegates:create', host.tokens.operator, officialDelegate(4));
    await api('projector:queue', host.tokens.operator, { next: { slide: 'logo' } });
    await api('congress:update', host.tokens.operator, { theme: 'Đoàn kết' });
    await settle();
    expect(new Set(names(operator.got))).toEqual(
      new Set(['attendance:changed', 'projector:changed', 'projector:staged', 'delegates:changed', 'congress:changed']),
    );
    for (const name of names(projector.got)) expect(eventsFor('projector')).toContain(name);
    expect(names(projector.got).length).toBeGreaterThan(0);
    // the operator hears every event: consecutive numbers, one run; the projector a subset of them
    const numbers = seqs(operator.got);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    expect(new Set(operator.got.map((m) => ('runId' in m ? m.runId : null)))).toEqual(new Set([engine.eventLog.runId]));
    for (const n of seqs(projector.got)) expect(numbers).toContain(n);
    await operator.close();
    await projector.close();
  });
});

describe('request ids over HTTP', () => {
  it('checks in once for one X-Request-Id sent twice, answering the same both times', async () => {
    const requestId = newRequestId();
    const first = await api('checkin:scan', host.tokens.operator, { code: 'DB002' }, { 'x-request-id': requestId });
    const again = await api('checkin:scan', host.tokens.operator, { code: 'DB002' }, { 'x-request-id': requestId });
    expect(JSON.parse(first.body).ok).toBe(true);
    expect(again.body).toBe(first.body);
    expect(countAudit(engine.context().db, 'checkin.scan')).toBe(1);
    const row = engine.context().db.prepare('SELECT request_id, channel, role, device_id FROM command_requests').all();
    expect(row).toEqual([{ request_id: requestId, channel: 'checkin:scan', role: 'operator', device_id: 'browser-host' }]);
  });

  it('refuses a malformed request id with 400 and changes nothing', async () => {
    const r = await api('checkin:scan', host.tokens.operator, { code: 'DB002' }, { 'x-request-id': 'not-a-uuid' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatchObject({ key: 'request.invalidId', params: { requestId: 'not-a-uuid' } });
    expect(errorText(JSON.parse(r.body).error)).toContain('Mã yêu cầu');
    expect(countAudit(engine.context().db, 'checkin.scan')).toBe(0);
  });
});

describe('an event stream that reconnects', () => {
  it('gets exactly the 3 events it missed, and nothing to re-read', async () => {
    const first = await stream(host.tokens.operator);
    await api('checkin:scan', host.tokens.operator, { code: 'DB001' });
    await settle();
    const last = first.got.at(-1)!;
    if (!('seq' in last)) throw new Error('expected an event');
    await first.close();
    for (const code of ['DB002', 'DB003']) await api('checkin:scan', host.tokens.operator, { code });
    await api('projector:queue', host.tokens.operator, { next: { slide: 'logo' } });
    const missed = engine.eventLog.position().seq - last.seq;
    expect(missed).toBe(3);

    const again = await stream(host.tokens.operator, `&run=${last.runId}&after=${last.seq}`);
    await settle();
    expect(seqs(again.got)).toEqual([last.seq + 1, last.seq + 2, last.seq + 3]);
    expect(names(again.got)).toEqual(['attendance:changed', 'attendance:changed', 'projector:staged']);
    // and live events follow on the same stream
    await api('checkin:undo', host.tokens.operator, { delegateId: 1 });
    await settle();
    expect(seqs(again.got).at(-1)).toBe(last.seq + 4);
    await again.close();
  });

  it('gives the projector only the missed events it may hear', async () => {
    const { runId, seq } = engine.eventLog.position();
    const everything = await stream(host.tokens.operator);
    await api('projector:set', host.tokens.operator, { slide: 'attendance' });
    await api('delegates:create', host.tokens.operator, officialDelegate(9));
    await api('checkin:scan', host.tokens.operator, { code: 'DB001' });
    const projector = await stream(host.tokens.projector, `&run=${runId}&after=${seq}`);
    await settle();
    const its = everything.got.filter((m) => 'name' in m && eventsFor('projector').includes(m.name));
    expect(its.length).toBeGreaterThan(1);
    expect(its.length).toBeLessThan(everything.got.length);
    expect(projector.got).toEqual(its);
    await projector.close();
    await everything.close();
  });

  it('is told once to re-read when it missed more than the engine keeps, or saw another run', async () => {
    const { runId, seq } = engine.eventLog.position();
    for (let i = 0; i < RING + 2; i++) await api('sessions:create', host.tokens.operator, { title: `Phiên ${i + 2}` });
    const late = await stream(host.tokens.operator, `&run=${runId}&after=${seq}`);
    const restarted = await stream(host.tokens.operator, `&run=${'another-run'}&after=${seq}`);
    await settle();
    for (const s of [late, restarted]) {
      expect(s.got).toEqual([{ reread: engine.eventLog.position() }]);
      await s.close();
    }
  });

  it('sends a fresh stream nothing before live events', async () => {
    await api('checkin:scan', host.tokens.operator, { code: 'DB001' });
    const fresh = await stream(host.tokens.operator);
    await settle();
    expect(fresh.got).toEqual([]);
    await fresh.close();
  });
});

describe('the gate the hall-network gateway will use', () => {
  const desk: Caller = { role: 'checkin-desk', deviceId: 'door-1', deviceName: 'Bàn cửa chính' };

  it('lets a paired desk check in, and refuses it every local-only and every other command', async () => {
    const ok = await gatedCommand(engine, desk, 'checkin:scan', { code: 'DB001' }, newRequestId());
    expect(ok.ok).toBe(true);
    for (const channel of ['congress:open', 'backups:restore', 'exports:run', 'app:state', 'attendance:markAbsent', 'ballots:list']) {
      const r = await gatedCommand(engine, desk, channel, { path: join(dir, 'other.congress') }, newRequestId());
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { role: 'checkin-desk', channel } } });
    }
    expect(engine.context().path).toBe(join(dir, 'r.congress'));
    expect(countAudit(engine.context().db, 'checkin.scan')).toBe(1);
  });

  it('replays to a desk only the events a desk may hear', async () => {
    const from = engine.eventLog.position();
    await engine.call('projector:set', { slide: 'attendance' });
    await engine.call('checkin:scan', { code: 'DB002' });
    await engine.call('sessions:create', { title: 'Phiên chiều' });
    const replay = resumeFor(engine, 'checkin-desk', from);
    expect(names(replay)).toEqual(['attendance:changed']);
    expect(resumeFor(engine, 'checkin-desk', null)).toEqual([]);
  });
});
