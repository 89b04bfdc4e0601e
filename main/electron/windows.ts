import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { WindowRole } from './ipc-channels';
import { hardenContents, hardenSession, isSameOrigin } from './security';

const PAGES: Record<WindowRole, string> = { operator: 'index.html', projector: 'projector.html' };

/** The page a window of this role loads; IPC checks every sender frame against it. */
export function pageUrl(root: string, role: WindowRole): string {
  return pathToFileURL(join(root, 'dist', 'renderer', PAGES[role])).href;
}

export function preloadPath(root: string, role: WindowRole): string {
  return join(root, 'dist', 'electron', `preload-${role}.cjs`);
}

/** What a window may load and do: its page, its preload (none: a page that needs no bridge), where it may go. */
interface HardenedPage {
  name: string;
  url: string;
  preload: string | null;
  /** The page's URL (that local page only), or the rule for where it may navigate. */
  stays: string | ((url: string) => boolean);
  /** The CSP every response gets, or null: the server's own stands (security.ts hardenSession). */
  policy?: string | null;
}

/**
 * Every window is built here so none can miss a hardening step: isolated, sandboxed, no Node in
 * the page, its own preload, its page's URL as the only place it may be.
 */
function createSecureWindow(page: HardenedPage, options: BrowserWindowConstructorOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...options,
    show: false, // shown on ready-to-show: no white flash in a dark hall
    webPreferences: {
      ...(page.preload ? { preload: page.preload } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  hardenSession(win.webContents.session, page.policy);
  hardenContents(win.webContents, page.stays);
  win.loadURL(page.url).catch((error: unknown) => console.error(`[electron] ${page.name} page failed to load`, error));
  return win;
}

/** A window of the app's own pages (dist/renderer), with its role's preload. */
function createAppWindow(root: string, role: WindowRole, options: BrowserWindowConstructorOptions): BrowserWindow {
  const url = pageUrl(root, role);
  return createSecureWindow({ name: role, url, preload: preloadPath(root, role), stays: url }, options);
}

/**
 * Station mode's one window (station-mode.ts): the device's page on this machine's relay, plain
 * http on loopback. No preload (the page talks to the relay over HTTP, as in a browser), nowhere to
 * go but that origin, and the relay's own CSP (its event stream is a WebSocket to the same origin).
 */
export function createStationWindow(url: string, laptop: string): BrowserWindow {
  const win = createSecureWindow(
    { name: 'station', url, preload: null, stays: (to) => isSameOrigin(to, url), policy: null },
    {
      title: `Congress Desk — Trạm / Station → ${laptop}`,
      width: 1024,
      height: 768,
      minWidth: 360,
      minHeight: 480,
      backgroundColor: '#ffffff',
    },
  );
  win.once('ready-to-show', () => win.show());
  return win;
}

export function createOperatorWindow(root: string): BrowserWindow {
  const win = createAppWindow(root, 'operator', {
    title: 'Congress Desk',
    width: 1366,
    height: 840,
    minWidth: 1024,
    minHeight: 640,
    backgroundColor: '#ffffff',
  });
  win.once('ready-to-show', () => win.show());
  return win;
}

export interface ProjectorPlacement {
  bounds: { x: number; y: number; width: number; height: number };
  /** True on the hall's own display. */
  fullscreen: boolean;
}

/** Built hidden: ProjectorWindow decides when the hall sees it. */
export function createProjectorWindow(root: string, placement: ProjectorPlacement): BrowserWindow {
  const win = createAppWindow(root, 'projector', {
    title: 'Congress Desk — Màn chiếu',
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
  });
  win.setMenu(null);
  return win;
}
