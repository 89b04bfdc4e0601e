import { createBridge, type IpcRendererLike } from '../../../main/electron/bridge-factory';
import { EVENT_CHANNEL } from '../../../main/electron/ipc-channels';
import type { CongressBridge } from '../../../shared/contract/bridge';
import { COMMAND_NAMES, EVENT_NAMES } from '../../../shared/contract/channels';
import { commandsFor, eventsFor } from '../../../shared/contract/roles';
import { errorText } from '../../helpers/error-text';

vi.mock('electron', () => import('./fake-electron'));

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** An ipcRenderer stand-in that remembers its event listener so a test can push events. */
function fakeIpc(answer: unknown = { ok: true, value: 'from main' }) {
  let listener: IpcListener | null = null;
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => answer),
    on: vi.fn((channel: string, l: IpcListener) => {
      expect(channel).toBe(EVENT_CHANNEL);
      listener = l;
    }),
  } satisfies IpcRendererLike;
  let seq = 0;
  // as main sends it: the event with its number in the engine's run
  const push = (name: string, payload: unknown) =>
    listener?.({ sender: 'the ipcRenderer itself' }, { name, payload, runId: 'run-1', seq: ++seq });
  return { ipc, push };
}

const operatorOptions = { commands: COMMAND_NAMES, events: EVENT_NAMES, dialogs: true };
const projectorOptions = { commands: commandsFor('projector'), events: eventsFor('projector'), dialogs: false };

describe('createBridge', () => {
  it('forwards an allowed command with its input and answers what main answers', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc, operatorOptions);
    await expect(bridge.invoke('delegates:search', { query: 'Hà' })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(ipc.invoke).toHaveBeenCalledWith('delegates:search', { query: 'Hà' });
  });

  it('refuses in the projector every command but its own, without touching IPC', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc, projectorOptions);
    for (const channel of COMMAND_NAMES.filter((c) => !commandsFor('projector').includes(c))) {
      const result = await bridge.invoke(channel, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(errorText(result.error)).toMatch(/không được dùng lệnh/);
      }
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
    await bridge.invoke('projector:view', {});
    expect(ipc.invoke).toHaveBeenCalledWith('projector:view', {});
  });

  it('turns a failed IPC call into an error Result, never a rejection', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error("No handler registered for 'app:state'"));
    const result = await createBridge(ipc, operatorOptions).invoke('app:state', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('hands subscribers the event name, payload and number only, never the IPC event', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc, operatorOptions);
    const seen: unknown[][] = [];
    const unsubscribe = bridge.subscribe((...args) => seen.push(args));
    push('delegates:changed', {});
    expect(seen).toEqual([['delegates:changed', {}, { runId: 'run-1', seq: 1 }]]);
    unsubscribe();
    push('delegates:changed', {});
    expect(seen).toHaveLength(1);
    expect(ipc.on).toHaveBeenCalledTimes(1); // one IPC listener however many subscribers
  });

  it('passes the projector only the events it may see, and ignores malformed messages', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc, projectorOptions);
    const names: string[] = [];
    bridge.subscribe((name) => names.push(name));
    push('attendance:changed', {});
    push('projector:changed', { view: {} });
    push('', null);
    expect(names).toEqual(['projector:changed']);
  });

  it('keeps one broken listener from starving the others', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc, operatorOptions);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ok = vi.fn();
    bridge.subscribe(() => {
      throw new Error('boom');
    });
    bridge.subscribe(ok);
    push('delegates:changed', {});
    expect(ok).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('gives the operator native dialogs that answer a path or null', async () => {
    const { ipc } = fakeIpc({ ok: true, value: '/x/y.congress' });
    const bridge = createBridge(ipc, operatorOptions);
    await expect(bridge.dialogs?.chooseCongressToOpen()).resolves.toBe('/x/y.congress');
    await expect(bridge.dialogs?.chooseCongressToCreate('Đại hội')).resolves.toBe('/x/y.congress');
    expect(ipc.invoke).toHaveBeenCalledWith('dialog:openCongress');
    expect(ipc.invoke).toHaveBeenCalledWith('dialog:createCongress', 'Đại hội');
    ipc.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'INVALID_INPUT', key: 'window.badCongressName' } });
    await expect(bridge.dialogs?.chooseCongressToOpen()).rejects.toThrow('INVALID_INPUT window.badCongressName');
  });

  it('is frozen', () => {
    const bridge = createBridge(fakeIpc().ipc, operatorOptions);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.dialogs)).toBe(true);
  });
});

describe('the preloads', () => {
  /** Each preload acts at its top level: a fresh module registry makes it run again. */
  async function load(preload: () => Promise<unknown>) {
    // The mocked 'electron' outlives resetModules; take the very instance the preload sees.
    const fake = (await import('electron')) as unknown as typeof import('./fake-electron');
    fake.resetFakes();
    vi.resetModules();
    await preload();
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['congressDesk']);
    return { bridge: fake.contextBridge.exposed.get('congressDesk') as CongressBridge, ipcRenderer: fake.ipcRenderer };
  }
  const operatorPreload = () => load(() => import('../../../main/electron/preload-operator'));
  const projectorPreload = () => load(() => import('../../../main/electron/preload-projector'));

  /** Everything reachable from the exposed object, to prove ipcRenderer is not among it. */
  function reachable(value: unknown, seen = new Set<unknown>()): Set<unknown> {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return seen;
    seen.add(value);
    for (const key of Object.keys(value)) reachable((value as Record<string, unknown>)[key], seen);
    return seen;
  }

  it('operator: exposes invoke, subscribe and dialogs as named functions, never ipcRenderer', async () => {
    const { bridge, ipcRenderer } = await operatorPreload();
    expect(Object.keys(bridge).sort()).toEqual(['dialogs', 'invoke', 'subscribe']);
    expect(Object.keys(bridge.dialogs!).sort()).toEqual(['chooseCongressToCreate', 'chooseCongressToOpen']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.subscribe).toBe('function');
    const all = reachable(bridge);
    for (const leak of [ipcRenderer, ipcRenderer.invoke, ipcRenderer.on, ipcRenderer.send]) expect(all.has(leak)).toBe(false);
    for (const key of ['send', 'on', 'ipcRenderer', 'sendSync', 'removeListener']) expect(bridge).not.toHaveProperty(key);
  });

  it('operator: forwards any contract command through ipcRenderer.invoke', async () => {
    const { bridge, ipcRenderer } = await operatorPreload();
    await bridge.invoke('congress:create', { name: 'X' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('congress:create', { name: 'X' });
  });

  it('projector: exposes invoke and subscribe only, and refuses operator commands locally', async () => {
    const { bridge, ipcRenderer } = await projectorPreload();
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'subscribe']);
    expect(bridge.dialogs).toBeUndefined();
    expect(reachable(bridge).has(ipcRenderer)).toBe(false);
    const result = await bridge.invoke('congress:create', { name: 'X' });
    expect(result.ok).toBe(false);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    await bridge.invoke('projector:view', {});
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('projector:view', {});
  });
});
