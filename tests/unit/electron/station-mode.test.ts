import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { app, dialog, fakeEvent, FakeBrowserWindow, ipcMain, Menu, session, utilityProcess } from './fake-electron';
import { useFakeDocuments } from './fake-documents';
import { type RunningStation, startStation } from '../../../main/electron/station-mode';
import { fingerprintOf, makeCertificate } from '../../../main/network/certificate';

vi.mock('electron', () => import('./fake-electron'));

/**
 * `Congress Desk --station …` (main/electron/station-mode.ts, docs/hall-network.md «Chế độ trạm»)
 * with Electron stood in: the real relay on a free loopback port, serving the app's page from the
 * root it was given, the user's data folder from the documents folder.
 */
const EXE = '/opt/Congress Desk/congress-desk'; // argv[0] of the packaged app
const HEX = 'cd'.repeat(32);
const PAGE = join(import.meta.dirname, '../../../renderer/index.html');

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'congress-station-app-'));
  mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
  copyFileSync(PAGE, join(root, 'dist', 'renderer', 'index.html'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Electron scopes the single-instance lock to the userData folder (its API docs, app.requestSingleInstanceLock):
 * the stand-in gets app.setPath as Electron has it (a folder that is not there throws), and its lock
 * notes the userData folder in effect when it is asked for.
 */
const userDataAtLock: string[] = [];
Object.assign(app, {
  setPath(name: string, path: string) {
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`Failed to set path: ${path}`);
    app.paths[name] = path;
  },
});
app.requestSingleInstanceLock.mockImplementation(() => {
  userDataAtLock.push(app.getPath('userData'));
  return app.gotLock;
});

describe('station mode in the desktop app', () => {
  const docs = useFakeDocuments('congress-station-');
  let running: RunningStation | null = null;
  let laptop: Server | null = null;
  /** The operator app's userData, where Electron puts it by default: `<appData>/<productName>`. */
  const operatorUserData = () => join(docs.documents, 'appData', 'Congress Desk');
  beforeEach(() => {
    mkdirSync(operatorUserData(), { recursive: true });
    app.paths.userData = operatorUserData();
    userDataAtLock.length = 0;
  });
  afterEach(async () => {
    await running?.relay.close();
    running = null;
    await new Promise((r) => (laptop ? laptop.close(r) : r(undefined)));
    laptop = null;
  });

  const start = async (...args: string[]) => {
    running = await startStation({ root, argv: [EXE, ...args, '--port', '0'] });
    return running;
  };
  const only = () => {
    expect(FakeBrowserWindow.all).toHaveLength(1);
    return FakeBrowserWindow.all[0]!;
  };

  it('opens one hardened window on its relay, whose address serves the device page; no engine, no projector', async () => {
    const station = await start('--station', '192.168.1.10:4871', '--code', 'ABCD-EFGH', '--fingerprint', HEX);
    const win = only();
    expect(win.loadedUrl).toBe(station!.relay.url);
    expect(win.loadedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/station\?token=[^#]+#code=ABCD-EFGH$/);
    const prefs = win.options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs).toMatchObject({ nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, allowRunningInsecureContent: false });
    expect(prefs).not.toHaveProperty('preload'); // the page talks HTTP to the relay: no bridge into main
    expect(app.enableSandbox).toHaveBeenCalled();

    const answer = await fetch(win.loadedUrl!);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(readFileSync(PAGE, 'utf8'));
    expect(answer.headers.get('set-cookie')).toMatch(/HttpOnly/);
    // the relay's own policy reaches the window (its event stream is a WebSocket to it): no override
    expect(answer.headers.get('content-security-policy')).toContain('ws://127.0.0.1:*');
    expect(session.defaultSession.headersListener).toBeNull();

    const origin = new URL(win.loadedUrl!).origin;
    const navigate = (url: string) => {
      const event = fakeEvent({ url });
      win.webContents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate(`${origin}/station`)).toBe(false); // F5, the relay's own paths
    expect(navigate('https://192.168.1.10:4871/pair')).toBe(true);
    expect(navigate('http://127.0.0.1:1/station')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: `${origin}/x` })).toEqual({ action: 'deny' });
    let granted: boolean | null = null;
    session.defaultSession.permissionRequestHandler?.(win.webContents, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);

    expect(utilityProcess.forked).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
    expect(Menu.current).toBeNull();
    // the laptop and its pin are kept in the user's data folder, as `npm start -- --station` keeps them
    expect(existsSync(join(docs.workspace, 'hall-station', 'station.json'))).toBe(true);
  });

  it('closing the window closes the relay, then the app quits', async () => {
    const station = await start('--station', '192.168.1.10', '--code', 'ABCD-EFGH', '--fingerprint', HEX);
    expect((await fetch(station!.relay.url)).status).toBe(200);
    only().close();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    await expect(fetch(station!.relay.url)).rejects.toThrow();
    const quitting = fakeEvent();
    app.emit('will-quit', quitting);
    expect(quitting.defaultPrevented).toBe(false); // nothing left to wait for
  });

  it('a second instance brings the window forward', async () => {
    await start('--station', '192.168.1.10', '--code', 'ABCD-EFGH', '--fingerprint', HEX);
    const win = only();
    win.minimized = true;
    app.emit('second-instance', {}, [EXE, '--station'], docs.documents);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('a fingerprint learned on first contact is shown in a box over the window, Vietnamese first', async () => {
    const { key, cert } = makeCertificate();
    laptop = createServer({ key, cert }, (_req, res) => res.writeHead(403, { 'Content-Type': 'application/json' }).end('{"ok":false}'));
    await new Promise<void>((r) => laptop!.listen(0, '127.0.0.1', r));
    const at = `127.0.0.1:${(laptop.address() as AddressInfo).port}`;
    const station = await start('--station', at, '--code', 'ABCD-EFGH');
    const page = await fetch(station!.relay.url);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    await fetch(new URL('/pair', station!.relay.url), {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'ABCD-EFGH', name: 'Bàn cửa A' }),
    });
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    const [parent, shown] = dialog.showMessageBox.mock.calls[0]! as [unknown, { message: string; detail: string }];
    expect(parent).toBe(only());
    expect(shown.message).toMatch(/^Dấu vân tay của máy điều hành/);
    expect(shown.message).toContain(fingerprintOf(cert));
    expect(shown.detail).toMatch(/^The laptop’s fingerprint/);
  });

  it('a bad argument: a box in both languages, exit code 1, no window', async () => {
    expect(await start('--station', 'not an address!')).toBeNull();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      expect.stringMatching(/^Chế độ trạm/),
      expect.stringMatching(/^Không đọc được --station not an address!.*\nCannot read/s),
    );
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.all).toEqual([]);
  });

  it('bare --station on a device that never paired: says what to give, exit code 1, no window', async () => {
    expect(await start('--station')).toBeNull();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringMatching(/^Chưa biết máy điều hành nào/));
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.all).toEqual([]);
  });

  it('takes a lock of its own, not the operator app’s (both run on one laptop), the same for every station (a second one finds the first)', async () => {
    await start('--station', '192.168.1.10', '--code', 'ABCD-EFGH', '--fingerprint', HEX);
    await running!.relay.close();
    running = null;
    app.paths.userData = operatorUserData(); // a fresh process: Electron's default again
    await start('--station', '192.168.1.10', '--code', 'ABCD-EFGH', '--fingerprint', HEX);
    expect(userDataAtLock).toHaveLength(2);
    const [first, second] = userDataAtLock;
    expect(first).not.toBe(operatorUserData());
    expect(second).toBe(first);
    expect(statSync(first!).isDirectory()).toBe(true);
    // Chromium's profile (cookies, caches) goes with it, never into the operator app's own folder
    expect(relative(operatorUserData(), first!)).toMatch(/^\.\./);
  });

  it('another instance holds the lock: quits, opening nothing', async () => {
    app.gotLock = false;
    expect(await start('--station', '192.168.1.10', '--code', 'ABCD-EFGH')).toBeNull();
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toEqual([]);
  });
});
