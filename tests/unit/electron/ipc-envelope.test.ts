/**
 * The envelope over Electron IPC (main/electron/ipc.ts, bridge-factory.ts): the role is the
 * sending window's, the bridge adds only the request id, a retried request runs once, and the
 * events each window receives carry their number in the engine's run.
 */
import { FakeBrowserWindow } from './fake-electron';
import { useIpcFixture } from './ipc-setup';
import { createBridge, type IpcRendererLike } from '../../../main/electron/bridge-factory';
import { countAudit } from '../../../main/db/audit';
import { newRequestId } from '../../../shared/contract/envelope';
import { commandsFor, eventsFor } from '../../../shared/contract/roles';

vi.mock('electron', () => import('./fake-electron'));

const ipc = useIpcFixture('congress-ipc-envelope-', { delegates: 2 });
const send = (from: FakeBrowserWindow, channel: string, ...args: unknown[]) => ipc.send(from, channel, args);
const { sent } = ipc;

describe('IPC with a request id', () => {
  it('runs a check-in sent twice under one id once, as the operator of the desktop app (device "electron"), answering the same', async () => {
    const meta = { requestId: newRequestId() };
    const first = await send(ipc.operator, 'checkin:scan', { code: 'DB001' }, meta);
    const again = await send(ipc.operator, 'checkin:scan', { code: 'DB001' }, meta);
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    const [scans, requests] = await ipc.readClosedFile((db) => [
      countAudit(db, 'checkin.scan'),
      db.prepare('SELECT role, device_id AS deviceId FROM command_requests').all(),
    ]);
    expect(scans).toBe(1);
    expect(requests).toEqual([{ role: 'operator', deviceId: 'electron' }]);
  });

  it('takes the role from the window, never from what the page sends', async () => {
    const claimed = { requestId: newRequestId(), caller: { role: 'operator', deviceId: 'x', deviceName: 'x' } };
    const r = await send(ipc.projector, 'checkin:scan', { code: 'DB001' }, claimed);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { role: 'projector' } } });
    expect(await ipc.readClosedFile((db) => countAudit(db, 'checkin.scan'))).toBe(0);
  });

  it('refuses a malformed request id', async () => {
    const r = await send(ipc.operator, 'checkin:scan', { code: 'DB001' }, { requestId: 42 });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await ipc.readClosedFile((db) => countAudit(db, 'checkin.scan'))).toBe(0);
  });

  it('sends each window numbered events, the projector only its role’s', async () => {
    await send(ipc.operator, 'projector:set', { slide: 'attendance' });
    await send(ipc.operator, 'checkin:scan', { code: 'DB002' });
    const all = sent(ipc.operator);
    expect(all.map((m) => m.seq)).toEqual(all.map((_, i) => all[0]!.seq + i));
    expect(new Set(all.map((m) => m.runId)).size).toBe(1); // one run of the engine process
    const its = sent(ipc.projector);
    expect(its.length).toBeGreaterThan(0);
    expect(its).toEqual(all.filter((m) => eventsFor('projector').includes(m.name as never)));
  });
});

describe('the bridge', () => {
  const fakeIpc = () =>
    ({ invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })), on: vi.fn() }) satisfies IpcRendererLike;

  it('passes the request id beside the input, and nothing else of what the page adds', async () => {
    const renderer = fakeIpc();
    const bridge = createBridge(renderer, { commands: commandsFor('operator'), events: eventsFor('operator'), dialogs: true });
    const requestId = newRequestId();
    await bridge.invoke('checkin:scan', { code: 'DB001' }, { requestId, caller: { role: 'reviewer' } } as never);
    expect(renderer.invoke).toHaveBeenCalledWith('checkin:scan', { code: 'DB001' }, { requestId });
  });

  it('in the projector preload’s shape, refuses every command but the projector’s before IPC', async () => {
    const renderer = fakeIpc();
    const bridge = createBridge(renderer, { commands: commandsFor('projector'), events: eventsFor('projector'), dialogs: false });
    expect((await bridge.invoke('checkin:scan', { code: 'DB001' }, { requestId: newRequestId() })).ok).toBe(false);
    expect(renderer.invoke).not.toHaveBeenCalled();
  });

  it('marks a call main never answered as a lost connection, which the client retries', async () => {
    const renderer = fakeIpc();
    renderer.invoke.mockRejectedValueOnce(new Error('reply was never sent'));
    const r = await createBridge(renderer, { commands: commandsFor('operator'), events: [], dialogs: false }).invoke('app:state', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { connection: 'lost' } } });
  });
});
