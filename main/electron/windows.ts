import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { WindowRole } from './ipc-channels';
import { hardenContents, hardenSession } from './security';

const PAGES: Record<WindowRole, string> = { operator: 'index.html', projector: 'projector.html' };

/** The page a window of this role loads; IPC checks every sender frame against it. */
export function pageUrl(root: string, role: WindowRole): string {
  return pathToFileURL(join(root, 'dist', 'renderer', PAGES[role])).href;
}

export function preloadPath(root: string, role: WindowRole): string {
  return join(root, 'dist', 'electron', `preload-${role}.cjs`);
}

/**
 * Every window is built here so none can miss a hardening step: isolated, sandboxed, no Node in
 * the page, its own preload, its page's URL as the only place it may be.
 */
function createSecureWindow(root: string, role: WindowRole, options: BrowserWindowConstructorOptions): BrowserWindow {
  const url = pageUrl(root, role);
  const win = new BrowserWindow({
    ...options,
    show: false, // shown on ready-to-show: no white flash in a dark hall
    webPreferences: {
      preload: preloadPath(root, role),
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
  hardenSession(win.webContents.session);
  hardenContents(win.webContents, url);
  win.loadURL(url).catch((error: unknown) => console.error(`[electron] ${role} page failed to load`, error));
  return win;
}

export function createOperatorWindow(root: string): BrowserWindow {
  const win = createSecureWindow(root, 'operator', {
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
  const win = createSecureWindow(root, 'projector', {
    title: 'Congress Desk — Màn chiếu',
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
  });
  win.setMenu(null);
  return win;
}
