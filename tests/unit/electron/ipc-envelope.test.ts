/**
 * The envelope over Electron IPC (main/electron/ipc.ts, bridge-factory.ts): the role is the
 * sending window's, the bridge adds only the request id, a retried request runs once, and the
 * events each window receives carry their number in the engine's run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeBrowserWindow, ipcMain, resetFakes } from './fake-electron';
import { createBridge, type IpcRendererLike } from '../../../main/electron/bridge-factory';
import { type IpcDeps, registerIpc } from '../../../main/electron/ipc';
import { EVENT_CHANNEL, type EventMessage } from '../../../main/electron/ipc-channels';
import { pageUrl } from '../../../main/electron/windows';
import { countAudit } from '../../../main/db/audit';
import { Engine } from '../../../main/engine/engine';
import { newRequestId } from '../../../shared/contract/envelope';
import type { Result } from '../../../shared/contract/result';
import { commandsFor, eventsFor } from '../../../shared/contract/roles';
import { officialDelegate } from '../../integration/ballots/ballot-setup';

vi.mock('electron', () => import('./fake-electron'));

type Window = NonNullable<ReturnType<IpcDeps['windows']['operator']>>;
const root = '/opt/congress-desk';
let dir: string;
let engine: Engine;
let operator: FakeBrowserWindow;
let projector: FakeBrowserWindow;
let dispose: () => void;

beforeEach(async () => {
  resetFakes();
  dir = mkdtempSync(join(tmpdir(), 'congress-ipc-envelope-'));
  engine = new Engine({ workspaceDir: dir, rememberRecent: false });
  engine.create('Test', join(dir, 't.congress'));
  for (let i = 1; i <= 2; i++) await engine.call('delegates:create', officialDelegate(i));
  operator = new FakeBrowserWindow();
  projector = new FakeBrowserWindow();
  void operator.loadURL(pageUrl(root, 'operator'));
  void projector.loadURL(pageUrl(root, 'projector'));
  dispose = registerIpc({
    engine,
    windows: { operator: () => operator as unknown as Window, projector: () => projector as unknown as Window },
    pages: { operator: pageUrl(root, 'operator'), projector: pageUrl(root, 'projector') },
  });
});

afterEach(() => {
  dispose();
  engine.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A renderer's invoke as it reaches main: the input, then what the bridge put beside it. */
function send(from: FakeBrowserWindow, channel: string, ...args: unknown[]): Promise<Result<unknown>> {
  return ipcMain.handlers.get(channel)!({ sender: from.webContents, senderFrame: from.webContents.mainFrame }, ...args) as Promise<Result<unknown>>;
}

const sent = (win: FakeBrowserWindow) => win.webContents.sent.filter((s) => s.channel === EVENT_CHANNEL).map((s) => s.args[0] as EventMessage);

describe('IPC with a request id', () => {
  it('runs a check-in sent twice under one id once, as the local operator, answering the same', async () => {
    const meta = { requestId: newRequestId() };
    const first = await send(operator, 'checkin:scan', { code: 'DB001' }, meta);
    const again = await send(operator, 'checkin:scan', { code: 'DB001' }, meta);
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    const db = engine.context().db;
    expect(countAudit(db, 'checkin.scan')).toBe(1);
    expect(db.prepare('SELECT role, device_id AS deviceId FROM command_requests').all()).toEqual([{ role: 'operator', deviceId: 'local' }]);
  });

  it('takes the role from the window, never from what the page sends', async () => {
    const claimed = { requestId: newRequestId(), caller: { role: 'operator', deviceId: 'x', deviceName: 'x' } };
    const r = await send(projector, 'checkin:scan', { code: 'DB001' }, claimed);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { role: 'projector' } } });
    expect(countAudit(engine.context().db, 'checkin.scan')).toBe(0);
  });

  it('refuses a malformed request id', async () => {
    const r = await send(operator, 'checkin:scan', { code: 'DB001' }, { requestId: 42 });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(countAudit(engine.context().db, 'checkin.scan')).toBe(0);
  });

  it('sends each window numbered events, the projector only its role’s', async () => {
    await send(operator, 'projector:set', { slide: 'attendance' });
    await send(operator, 'checkin:scan', { code: 'DB002' });
    const all = sent(operator);
    expect(all.map((m) => m.seq)).toEqual(all.map((_, i) => all[0]!.seq + i));
    expect(new Set(all.map((m) => m.runId))).toEqual(new Set([engine.eventLog.runId]));
    const its = sent(projector);
    expect(its.length).toBeGreaterThan(0);
    expect(its).toEqual(all.filter((m) => eventsFor('projector').includes(m.name as never)));
  });
});

describe('the bridge', () => {
  const fakeIpc = () => ({ invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })), on: vi.fn() }) satisfies IpcRendererLike;

  it('passes the request id beside the input, and nothing else of what the page adds', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, { commands: commandsFor('operator'), events: eventsFor('operator'), dialogs: true });
    const requestId = newRequestId();
    await bridge.invoke('checkin:scan', { code: 'DB001' }, { requestId, caller: { role: 'reviewer' } } as never);
    expect(ipc.invoke).toHaveBeenCalledWith('checkin:scan', { code: 'DB001' }, { requestId });
  });

  it('in the projector preload’s shape, refuses every command but the projector’s before IPC', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, { commands: commandsFor('projector'), events: eventsFor('projector'), dialogs: false });
    expect((await bridge.invoke('checkin:scan', { code: 'DB001' }, { requestId: newRequestId() })).ok).toBe(false);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('marks a call main never answered as a lost connection, which the client retries', async () => {
    const ipc = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error('reply was never sent'));
    const r = await createBridge(ipc, { commands: commandsFor('operator'), events: [], dialogs: false }).invoke('app:state', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { connection: 'lost' } } });
  });
});
