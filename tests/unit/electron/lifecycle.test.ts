import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, fakeEvent, FakeBrowserWindow, FakeSession, FakeWebContents, ipcMain, Menu } from './fake-electron';
import { launchedWith, useFakeDocuments } from './fake-documents';
import { congressPathFromArgv, startApp } from '../../../main/electron/lifecycle';
import { COMMAND_NAMES } from '../../../shared/contract/channels';

vi.mock('electron', () => import('./fake-electron'));

describe('congressPathFromArgv', () => {
  it('finds the .congress file Windows passes, resolved against the working directory', () => {
    expect(congressPathFromArgv(['/opt/app/congress-desk', 'Dai hoi.congress'], '/home/u')).toBe('/home/u/Dai hoi.congress');
    expect(congressPathFromArgv(['/opt/app/congress-desk', '/data/X.CONGRESS'], '/home/u')).toBe('/data/X.CONGRESS');
  });

  it('ignores the executable, switches and other arguments', () => {
    expect(congressPathFromArgv(['/x/a.congress'], '/')).toBeNull();
    expect(congressPathFromArgv(['app', '--open=a.congress', '.', 'notes.txt'], '/')).toBeNull();
    expect(congressPathFromArgv([], '/')).toBeNull();
  });
});

describe('startApp', () => {
  const docs = useFakeDocuments('congress-docs-');
  const { earlierCongress } = docs;

  it('quits at once when another instance holds the lock, touching nothing', async () => {
    app.gotLock = false;
    expect(await startApp({ root: '/app' })).toBeNull();
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(existsSync(docs.workspace)).toBe(false);
  });

  it('starts: sandbox for all, last congress reopened, both windows, every handler, the menu', async () => {
    const last = earlierCongress('Trước');
    const running = await startApp({ root: '/app' });
    expect(running).not.toBeNull();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(running!.engine.state()).toMatchObject({ appVersion: '9.8.7', workspaceDir: docs.workspace, congress: { path: last } });
    expect(FakeBrowserWindow.all.map((w) => w.loadedUrl)).toEqual(['file:///app/dist/renderer/index.html', 'file:///app/dist/renderer/projector.html']);
    expect(ipcMain.handlers.size).toBe(COMMAND_NAMES.length + 2);
    expect(Menu.current?.template[0]?.label).toBe('&Tệp');
  });

  it('opens the demo when there is no last congress', { timeout: 30_000 }, async () => {
    const running = await startApp({ root: '/app' });
    expect(running!.engine.state().congress?.path).toBe(join(docs.workspace, 'demo.congress'));
  });

  it('opens a .congress file named on its own command line', async () => {
    const path = earlierCongress('Dòng lệnh');
    earlierCongress('Gần nhất');
    const running = await launchedWith(path, () => startApp({ root: '/app' }));
    expect(running!.engine.state().congress?.path).toBe(path);
  });

  it('a second instance brings the operator window forward and opens the file it was given', async () => {
    const other = earlierCongress('Nhấp đúp');
    const last = earlierCongress('Đang mở');
    const running = await startApp({ root: '/app' });
    expect(running!.engine.state().congress?.path).toBe(last);
    const operator = FakeBrowserWindow.all[0]!;
    operator.minimized = true;
    const changed = new Promise<void>((resolve) => running!.engine.on((name) => name === 'congress:changed' && resolve()));
    app.emit('second-instance', {}, ['/opt/app/congress-desk', 'Nhấp đúp.congress'], docs.documents);
    expect(operator.minimized).toBe(false);
    expect(operator.focused).toBe(true);
    await changed;
    expect(running!.engine.state().congress?.path).toBe(other);
    // the menu follows: the file just opened heads "Mở gần đây"
    const file = Menu.current!.template[0]!.submenu!;
    expect(file.find((i) => i.id === 'recent')?.submenu?.[0]?.label).toContain('Nhấp đúp');
  });

  it('denies popups and <webview> in any web contents, even one it did not create', async () => {
    earlierCongress('Khác');
    await startApp({ root: '/app' });
    const contents = new FakeWebContents(new FakeSession());
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
  });

  it('opens a file macOS hands over with open-file', async () => {
    const handed = earlierCongress('Finder');
    earlierCongress('Gần nhất');
    const running = await startApp({ root: '/app' });
    const changed = new Promise<void>((resolve) => running!.engine.on((name) => name === 'congress:changed' && resolve()));
    const event = fakeEvent();
    app.emit('open-file', event, handed);
    expect(event.defaultPrevented).toBe(true);
    await changed;
    expect(running!.engine.state().congress?.path).toBe(handed);
  });

  it('quits when the operator window closes or all windows are closed; closes the engine on the way out', async () => {
    earlierCongress('Kết thúc');
    const running = await startApp({ root: '/app' });
    FakeBrowserWindow.all[0]!.close();
    expect(app.quit).toHaveBeenCalledTimes(1);
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(2);
    app.emit('before-quit');
    app.emit('will-quit');
    expect(running!.engine.isOpen).toBe(false);
    expect(ipcMain.handlers.size).toBe(0);
    FakeBrowserWindow.all[1]!.close(); // the projector really closes once quitting
    expect(FakeBrowserWindow.all[1]!.destroyed).toBe(true);
  });
});
