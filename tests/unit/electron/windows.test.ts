import { fakeEvent, FakeBrowserWindow, resetFakes, session } from './fake-electron';
import { ELECTRON_CSP, isSamePage } from '../../../main/electron/security';
import { createOperatorWindow, createProjectorWindow, pageUrl, preloadPath } from '../../../main/electron/windows';

vi.mock('electron', () => import('./fake-electron'));

const root = '/opt/congress-desk';
const placement = { bounds: { x: 1920, y: 0, width: 1920, height: 1080 }, fullscreen: true };

beforeEach(resetFakes);

type Role = 'operator' | 'projector';

function both(): [[Role, FakeBrowserWindow], [Role, FakeBrowserWindow]] {
  createOperatorWindow(root);
  createProjectorWindow(root, placement);
  const [operator, projector] = FakeBrowserWindow.all;
  return [
    ['operator', operator!],
    ['projector', projector!],
  ];
}

describe('every window', () => {
  it('is isolated, sandboxed and without Node, with its own preload', () => {
    const preloads = new Set<string>();
    for (const [role, win] of both()) {
      const prefs = win.options.webPreferences!;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
      expect(prefs.preload).toBe(preloadPath(root, role));
      preloads.add(prefs.preload);
      expect(win.options.show).toBe(false);
    }
    expect(preloads.size).toBe(2);
  });

  it('loads its own page from dist/renderer', () => {
    const [[, operator], [, projector]] = both();
    expect(operator.loadedUrl).toBe('file:///opt/congress-desk/dist/renderer/index.html');
    expect(projector.loadedUrl).toBe('file:///opt/congress-desk/dist/renderer/projector.html');
  });

  it('denies window.open', () => {
    for (const [, win] of both()) {
      expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    }
  });

  it('prevents navigation away from its page, allows the same page', () => {
    for (const [role, win] of both()) {
      const navigate = (url: string) => {
        const event = fakeEvent({ url });
        win.webContents.emit('will-navigate', event, url);
        return event.defaultPrevented;
      };
      expect(navigate('https://example.com/')).toBe(true);
      expect(navigate('file:///etc/passwd')).toBe(true);
      expect(navigate('file:///opt/congress-desk/dist/renderer/other.html')).toBe(true);
      expect(navigate('javascript:alert(1)')).toBe(true);
      expect(navigate(`${pageUrl(root, role)}#/checkin`)).toBe(false);

      const redirect = fakeEvent({ url: 'https://example.com/' });
      win.webContents.emit('will-redirect', redirect);
      expect(redirect.defaultPrevented).toBe(true);
      const webview = fakeEvent();
      win.webContents.emit('will-attach-webview', webview);
      expect(webview.defaultPrevented).toBe(true);
    }
  });

  it('has every permission request and check denied', () => {
    both();
    const s = session.defaultSession;
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      s.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted));
      expect(s.permissionCheckHandler?.({}, permission)).toBe(false);
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(s.hardenCalls).toBe(1); // once per session, not once per window
  });

  it('gets the CSP header on every response', () => {
    both();
    const listener = session.defaultSession.headersListener;
    expect(listener).toBeTypeOf('function');
    let answered: { responseHeaders: Record<string, string[]> } | undefined;
    listener!({ url: 'file:///x', responseHeaders: { 'X-Other': ['1'] } }, (r: typeof answered) => (answered = r));
    expect(answered?.responseHeaders['Content-Security-Policy']).toEqual([ELECTRON_CSP]);
    expect(answered?.responseHeaders['X-Other']).toEqual(['1']);
  });
});

describe('the CSP for Electron windows', () => {
  it('keeps the host policy but connects nowhere (no WebSocket under Electron)', () => {
    expect(ELECTRON_CSP).toContain("script-src 'self'");
    expect(ELECTRON_CSP).toContain("object-src 'none'");
    expect(ELECTRON_CSP).toContain("connect-src 'self';");
    expect(ELECTRON_CSP).not.toContain('ws:');
    expect(ELECTRON_CSP).not.toContain('unsafe-eval');
  });
});

describe('the projector window', () => {
  it('has no menu, hides it on demand and opens full screen where it is placed', () => {
    createProjectorWindow(root, placement);
    const win = FakeBrowserWindow.all[0]!;
    expect(win.menu).toBeNull();
    expect(win.options).toMatchObject({ autoHideMenuBar: true, fullscreen: true, x: 1920, y: 0, width: 1920, height: 1080 });
  });

  it('is an ordinary window when placed on a single display', () => {
    createProjectorWindow(root, { bounds: { x: 10, y: 20, width: 1280, height: 720 }, fullscreen: false });
    expect(FakeBrowserWindow.all[0]!.options).toMatchObject({ fullscreen: false, x: 10, width: 1280 });
  });
});

describe('isSamePage', () => {
  it('compares local pages, ignoring hash and query, refusing other schemes', () => {
    const page = 'file:///opt/app/dist/renderer/index.html';
    expect(isSamePage('file:///opt/app/dist/renderer/index.html?x=1#/a', page)).toBe(true);
    expect(isSamePage('file:///opt/app/dist/renderer/../renderer/index.html', page)).toBe(true);
    expect(isSamePage('file:///opt/app/dist/renderer/projector.html', page)).toBe(false);
    expect(isSamePage('http://localhost/opt/app/dist/renderer/index.html', page)).toBe(false);
    expect(isSamePage('not a url', page)).toBe(false);
  });
});
