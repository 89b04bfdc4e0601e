import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, fakeEvent, FakeBrowserWindow, FakeSession, FakeWebContents, ipcMain, Menu, utilityProcess } from './fake-electron';
import { launchedWith, useFakeDocuments } from './fake-documents';
import { congressPathFromArgv, startApp } from '../../../main/electron/lifecycle';
import { EVENT_CHANNEL, type EventMessage } from '../../../main/electron/ipc-channels';
import { Engine } from '../../../main/engine/engine';
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

// Each startApp starts a real engine process: seconds on a loaded machine, beyond the unit default.
describe('startApp', { timeout: 30_000 }, () => {
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

  it('starts: sandbox for all, the engine in a utility process, last congress reopened, both windows, every handler, the menu', async () => {
    const last = earlierCongress('Trước');
    const running = await startApp({ root: '/app' });
    expect(running).not.toBeNull();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(utilityProcess.forked.map((p) => p.modulePath)).toEqual(['/app/dist/electron/engine.cjs']);
    expect(utilityProcess.forked[0]!.pid).not.toBe(process.pid);
    expect(await running!.engine.state()).toMatchObject({ appVersion: '9.8.7', workspaceDir: docs.workspace, congress: { path: last } });
    expect(FakeBrowserWindow.all.map((w) => w.loadedUrl)).toEqual([
      'file:///app/dist/renderer/index.html',
      'file:///app/dist/renderer/projector.html',
    ]);
    expect(ipcMain.handlers.size).toBe(COMMAND_NAMES.length + 2);
    expect(Menu.current?.template[0]?.label).toBe('&Tệp');
  });

  it('opens the demo when there is no last congress', async () => {
    const running = await startApp({ root: '/app' });
    expect((await running!.engine.state()).congress?.path).toBe(join(docs.workspace, 'demo.congress'));
  });

  it('opens a .congress file named on its own command line', async () => {
    const path = earlierCongress('Dòng lệnh');
    earlierCongress('Gần nhất');
    const running = await launchedWith(path, () => startApp({ root: '/app' }));
    expect((await running!.engine.state()).congress?.path).toBe(path);
  });

  it('a second instance brings the operator window forward and opens the file it was given', async () => {
    const other = earlierCongress('Nhấp đúp');
    const last = earlierCongress('Đang mở');
    const running = await startApp({ root: '/app' });
    expect((await running!.engine.state()).congress?.path).toBe(last);
    const operator = FakeBrowserWindow.all[0]!;
    operator.minimized = true;
    const changed = new Promise<void>((resolve) => running!.engine.on((name) => name === 'congress:changed' && resolve()));
    app.emit('second-instance', {}, ['/opt/app/congress-desk', 'Nhấp đúp.congress'], docs.documents);
    expect(operator.minimized).toBe(false);
    expect(operator.focused).toBe(true);
    await changed;
    expect((await running!.engine.state()).congress?.path).toBe(other);
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
    expect((await running!.engine.state()).congress?.path).toBe(handed);
  });

  it('quits when the operator window closes or all windows are closed; the engine closes the file before the app ends', async () => {
    const path = earlierCongress('Kết thúc');
    const running = await startApp({ root: '/app' });
    FakeBrowserWindow.all[0]!.close();
    expect(app.quit).toHaveBeenCalledTimes(1);
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(2);
    app.emit('before-quit');
    const quitting = fakeEvent();
    app.emit('will-quit', quitting);
    expect(quitting.defaultPrevented).toBe(true); // held until the engine has closed the congress
    await running!.shutdown();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(3)); // asked again, now with nothing left to wait for
    const again = fakeEvent();
    app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
    expect(utilityProcess.forked[0]!.ended).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
    // The engine process let the file go: another engine may open it now.
    const other = new Engine({ workspaceDir: docs.workspace, rememberRecent: false });
    expect(other.open(path).path).toBe(path);
    other.close();
    FakeBrowserWindow.all[1]!.close(); // the projector really closes once quitting
    expect(FakeBrowserWindow.all[1]!.destroyed).toBe(true);
  });

  it('restarts a utility process that crashed, reopens the file, and the windows hear a new run', async () => {
    const last = earlierCongress('Sau sự cố');
    const running = await startApp({ root: '/app' });
    const operator = FakeBrowserWindow.all[0]!;
    const events = () => operator.webContents.sent.filter((s) => s.channel === EVENT_CHANNEL).map((s) => s.args[0] as EventMessage);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const firstRun = (await running!.engine.invoke('projector:set', { slide: 'attendance' })).ok && events().at(-1)!.runId;
    await utilityProcess.crash(utilityProcess.forked[0]!);
    await vi.waitFor(() => expect(events().some((e) => e.runId !== firstRun && e.name === 'congress:changed')).toBe(true), {
      timeout: 20_000,
    });
    expect(utilityProcess.forked).toHaveLength(2);
    expect((await running!.engine.state()).congress?.path).toBe(last);
    expect(Menu.current?.template[0]?.label).toBe('&Tệp');
  });
});
