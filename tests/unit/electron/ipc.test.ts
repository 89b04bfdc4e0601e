import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog, FakeBrowserWindow, FakeFrame, ipcMain, resetFakes } from './fake-electron';
import { type IpcDeps, registerIpc } from '../../../main/electron/ipc';
import { EVENT_CHANNEL } from '../../../main/electron/ipc-channels';
import { pageUrl } from '../../../main/electron/windows';
import { Engine } from '../../../main/engine/engine';
import type { Result } from '../../../shared/contract/result';
import { COMMAND_NAMES } from '../../../shared/contract/channels';
import { commandsFor } from '../../../shared/contract/roles';

const PROJECTOR_COMMANDS = commandsFor('projector');

vi.mock('electron', () => import('./fake-electron'));

type Window = NonNullable<ReturnType<IpcDeps['windows']['operator']>>;
interface DialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: { extensions: string[] }[];
}

const root = '/opt/congress-desk';
let dir: string;
let engine: Engine;
let operator: FakeBrowserWindow;
let projector: FakeBrowserWindow;
let dispose: () => void;

beforeEach(() => {
  resetFakes();
  dir = mkdtempSync(join(tmpdir(), 'congress-ipc-'));
  engine = new Engine({ workspaceDir: dir, rememberRecent: false });
  engine.create('Test', join(dir, 't.congress'));
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

/** Plays a renderer: an invoke arriving from a window, from its top frame unless told otherwise. */
function call(channel: string, from: FakeBrowserWindow, input?: unknown, frame: FakeFrame | null = from.webContents.mainFrame) {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ sender: from.webContents, senderFrame: frame }, input) as Promise<Result<unknown>>;
}

function expectRefused(result: Result<unknown>): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i); // Vietnamese first
    expect(result.error.messageEn).toBeTruthy();
  }
}

const sentEvents = (win: FakeBrowserWindow) =>
  win.webContents.sent.filter((s) => s.channel === EVENT_CHANNEL).map((s) => (s.args[0] as { name: string }).name);

describe('handlers', () => {
  it('are registered for every contract channel and the two dialogs, nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...COMMAND_NAMES, 'dialog:createCongress', 'dialog:openCongress'].sort());
  });

  it('run the operator window’s call through the engine', async () => {
    const result = await call('app:state', operator, {});
    expect(result).toMatchObject({ ok: true, value: { appVersion: expect.any(String), congress: { path: join(dir, 't.congress') } } });
  });

  it('pass the engine’s validation errors through', async () => {
    const result = await call('delegates:search', operator, { query: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('are removed, and events stop, when disposed', () => {
    dispose();
    dispose = () => {};
    expect(ipcMain.handlers.size).toBe(0);
    engine.close();
    expect(operator.webContents.sent).toHaveLength(0);
  });
});

describe('the sender frame check', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('refuses a webContents that is none of our windows, even showing our page', async () => {
    const stranger = new FakeBrowserWindow();
    void stranger.loadURL(pageUrl(root, 'operator'));
    expectRefused(await call('app:state', stranger, {}));
  });

  it('refuses a frame whose URL is not our page', async () => {
    operator.webContents.mainFrame.url = 'https://evil.example/index.html';
    expectRefused(await call('congress:close', operator, {}));
    operator.webContents.mainFrame.url = 'file:///tmp/index.html';
    expectRefused(await call('congress:close', operator, {}));
    operator.webContents.mainFrame.url = pageUrl(root, 'projector'); // right app, wrong page for the role
    expectRefused(await call('congress:close', operator, {}));
    expect(engine.isOpen).toBe(true);
  });

  it('refuses a sub-frame, an unknown frame and a frame that has gone', async () => {
    const top = operator.webContents.mainFrame;
    const iframe = new FakeFrame(top.url, top.processId, 7);
    iframe.parent = top;
    expectRefused(await call('app:state', operator, {}, iframe));
    expectRefused(await call('app:state', operator, {}, new FakeFrame(top.url, 999, 1)));
    expectRefused(await call('app:state', operator, {}, null));
  });

  it('accepts our own page whatever its hash', async () => {
    operator.webContents.mainFrame.url = `${pageUrl(root, 'operator')}#/roster`;
    expect((await call('app:state', operator, {})).ok).toBe(true);
  });
});

describe('the projector window', () => {
  it('may read the projected view', async () => {
    for (const channel of PROJECTOR_COMMANDS) expect((await call(channel, projector, {})).ok).toBe(true);
  });

  it('may not call any operator command: nothing happens', async () => {
    const target = join(dir, 'from-projector.congress');
    expectRefused(await call('congress:create', projector, { name: 'X', path: target }));
    expect(existsSync(target)).toBe(false);
    expectRefused(await call('congress:close', projector, {}));
    expect(engine.isOpen).toBe(true);
    for (const channel of COMMAND_NAMES.filter((c) => !(PROJECTOR_COMMANDS as readonly string[]).includes(c))) {
      expectRefused(await call(channel, projector, {}));
    }
  });

  it('may not open file dialogs', async () => {
    expectRefused(await call('dialog:openCongress', projector));
    expectRefused(await call('dialog:createCongress', projector, 'X'));
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('events', () => {
  it('reach the operator in full and the projector only for what it shows', async () => {
    await call('congress:create', operator, { name: 'Đại hội mới', path: join(dir, 'new.congress') });
    expect(sentEvents(operator)).toEqual(['congress:changed', 'projector:changed']);
    expect(sentEvents(projector)).toEqual(['projector:changed']);
    const message = operator.webContents.sent[0]!.args[0] as { payload: { congress: { settings: { name: string } } } };
    expect(message.payload.congress.settings.name).toBe('Đại hội mới');
  });

  it('skip a destroyed window', async () => {
    projector.close();
    await call('congress:close', operator, {});
    expect(sentEvents(operator)).toEqual(['congress:changed']);
    expect(projector.webContents.sent).toHaveLength(0);
  });
});

describe('the dialogs', () => {
  it('open: a .congress picker over the operator window, answering the chosen path', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/data/a.congress'] });
    expect(await call('dialog:openCongress', operator)).toEqual({ ok: true, value: '/data/a.congress' });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, DialogOptions];
    expect(parent).toBe(operator);
    expect(options.title).toBe('Mở đại hội');
    expect(options.defaultPath).toBe(dir);
    expect(options.filters?.[0]?.extensions).toEqual(['congress']);
    expect(await call('dialog:openCongress', operator)).toEqual({ ok: true, value: null }); // cancelled
  });

  it('create: a save picker suggesting a file named after the congress, always ending in .congress', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/data/dai-hoi' });
    expect(await call('dialog:createCongress', operator, 'Đại hội Đoàn phường')).toEqual({ ok: true, value: '/data/dai-hoi.congress' });
    const [, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, DialogOptions];
    expect(options.defaultPath).toBe(join(dir, 'dai-hoi-doan-phuong.congress'));
    expect(options.filters?.[0]?.extensions).toEqual(['congress']);
  });

  it('create: refuses a name that is not a reasonable string', async () => {
    expectRefused(await call('dialog:createCongress', operator, 42));
    expectRefused(await call('dialog:createCongress', operator, 'x'.repeat(501)));
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
