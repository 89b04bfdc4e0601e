import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dialog, FakeBrowserWindow, FakeFrame, ipcMain } from './fake-electron';
import { ROOT as root, useIpcFixture } from './ipc-setup';
import { pageUrl } from '../../../main/electron/windows';
import type { Result } from '../../../shared/contract/result';
import { COMMAND_NAMES } from '../../../shared/contract/channels';
import { commandsFor } from '../../../shared/contract/roles';
import { errorText } from '../../helpers/error-text';

const PROJECTOR_COMMANDS = commandsFor('projector');

vi.mock('electron', () => import('./fake-electron'));

interface DialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: { extensions: string[] }[];
}

const ipc = useIpcFixture('congress-ipc-');
const isOpen = async () => (await ipc.engine.state()).congress !== null;

/** Plays a renderer: an invoke arriving from a window, from its top frame unless told otherwise. */
function call(channel: string, from: FakeBrowserWindow, input?: unknown, frame: FakeFrame | null = from.webContents.mainFrame) {
  return ipc.send(from, channel, [input], frame);
}

function expectRefused(result: Result<unknown>): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(errorText(result.error)).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i); // Vietnamese first
    expect(errorText(result.error, 'en')).toBeTruthy();
  }
}

const sentEvents = (win: FakeBrowserWindow) => ipc.sent(win).map((m) => m.name);

describe('handlers', () => {
  it('are registered for every contract channel and the two dialogs, nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...COMMAND_NAMES, 'dialog:createCongress', 'dialog:openCongress'].sort());
  });

  it('run the operator window’s call through the engine', async () => {
    const result = await call('app:state', ipc.operator, {});
    expect(result).toMatchObject({ ok: true, value: { appVersion: expect.any(String), congress: { path: ipc.path } } });
  });

  it('pass the engine’s validation errors through', async () => {
    const result = await call('delegates:search', ipc.operator, { query: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('are removed, and events stop, when disposed', async () => {
    ipc.dispose();
    expect(ipcMain.handlers.size).toBe(0);
    await ipc.engine.invoke('congress:close', {});
    expect(ipc.operator.webContents.sent).toHaveLength(0);
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
    ipc.operator.webContents.mainFrame.url = 'https://evil.example/index.html';
    expectRefused(await call('congress:close', ipc.operator, {}));
    ipc.operator.webContents.mainFrame.url = 'file:///tmp/index.html';
    expectRefused(await call('congress:close', ipc.operator, {}));
    ipc.operator.webContents.mainFrame.url = pageUrl(root, 'projector'); // right app, wrong page for the role
    expectRefused(await call('congress:close', ipc.operator, {}));
    expect(await isOpen()).toBe(true);
  });

  it('refuses a sub-frame, an unknown frame and a frame that has gone', async () => {
    const top = ipc.operator.webContents.mainFrame;
    const iframe = new FakeFrame(top.url, top.processId, 7);
    iframe.parent = top;
    expectRefused(await call('app:state', ipc.operator, {}, iframe));
    expectRefused(await call('app:state', ipc.operator, {}, new FakeFrame(top.url, 999, 1)));
    expectRefused(await call('app:state', ipc.operator, {}, null));
  });

  it('accepts our own page whatever its hash', async () => {
    ipc.operator.webContents.mainFrame.url = `${pageUrl(root, 'operator')}#/roster`;
    expect((await call('app:state', ipc.operator, {})).ok).toBe(true);
  });
});

describe('the projector window', () => {
  it('may read the projected view', async () => {
    for (const channel of PROJECTOR_COMMANDS) expect((await call(channel, ipc.projector, {})).ok).toBe(true);
  });

  it('may not call any operator command: nothing happens', async () => {
    const target = join(ipc.dir, 'from-projector.congress');
    expectRefused(await call('congress:create', ipc.projector, { name: 'X', path: target }));
    expect(existsSync(target)).toBe(false);
    expectRefused(await call('congress:close', ipc.projector, {}));
    expect(await isOpen()).toBe(true);
    for (const channel of COMMAND_NAMES.filter((c) => !(PROJECTOR_COMMANDS as readonly string[]).includes(c))) {
      expectRefused(await call(channel, ipc.projector, {}));
    }
  });

  it('may not open file dialogs', async () => {
    expectRefused(await call('dialog:openCongress', ipc.projector));
    expectRefused(await call('dialog:createCongress', ipc.projector, 'X'));
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('events', () => {
  it('reach the operator in full and the projector only for what it shows', async () => {
    await call('congress:create', ipc.operator, { name: 'Đại hội mới', path: join(ipc.dir, 'new.congress') });
    expect(sentEvents(ipc.operator)).toEqual(['congress:changed', 'projector:changed']);
    expect(sentEvents(ipc.projector)).toEqual(['projector:changed']);
    const message = ipc.operator.webContents.sent[0]!.args[0] as { payload: { congress: { settings: { name: string } } } };
    expect(message.payload.congress.settings.name).toBe('Đại hội mới');
  });

  it('skip a destroyed window', async () => {
    ipc.projector.close();
    await call('congress:close', ipc.operator, {});
    expect(sentEvents(ipc.operator)).toEqual(['congress:changed']);
    expect(ipc.projector.webContents.sent).toHaveLength(0);
  });
});

describe('the dialogs', () => {
  it('open: a .congress picker over the operator window, answering the chosen path', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/data/a.congress'] });
    expect(await call('dialog:openCongress', ipc.operator)).toEqual({ ok: true, value: '/data/a.congress' });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, DialogOptions];
    expect(parent).toBe(ipc.operator);
    expect(options.title).toBe('Mở đại hội');
    expect(options.defaultPath).toBe(ipc.dir);
    expect(options.filters?.[0]?.extensions).toEqual(['congress']);
    expect(await call('dialog:openCongress', ipc.operator)).toEqual({ ok: true, value: null }); // cancelled
  });

  it('create: a save picker suggesting a file named after the congress, always ending in .congress', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/data/dai-hoi' });
    expect(await call('dialog:createCongress', ipc.operator, 'Đại hội Đoàn phường')).toEqual({ ok: true, value: '/data/dai-hoi.congress' });
    const [, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, DialogOptions];
    expect(options.defaultPath).toBe(join(ipc.dir, 'dai-hoi-doan-phuong.congress'));
    expect(options.filters?.[0]?.extensions).toEqual(['congress']);
  });

  it('create: refuses a name that is not a reasonable string', async () => {
    expectRefused(await call('dialog:createCongress', ipc.operator, 42));
    expectRefused(await call('dialog:createCongress', ipc.operator, 'x'.repeat(501)));
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
