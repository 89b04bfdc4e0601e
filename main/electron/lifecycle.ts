import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, screen } from 'electron';
import { Engine } from '../engine/engine';
import { CONGRESS_EXTENSION } from '../engine/workspace';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMenuActions } from './menu-actions';
import { ProjectorWindow } from './projector-window';
import { createOperatorWindow, pageUrl } from './windows';

export interface StartOptions {
  /** Folder holding dist/ (the app's root, or the asar once packaged). */
  root?: string;
  /** Where new congress files, the demo and the recent list live. */
  workspaceDir?: string;
}

export interface RunningApp {
  engine: Engine;
  operator(): BrowserWindow | null;
  projector: ProjectorWindow;
}

/**
 * A .congress file named on the command line: how Windows and Linux pass a double-clicked file, to
 * the first instance or (through 'second-instance') to the one already running. argv[0] is the app.
 * The Linux .desktop entry says `%U`, so a file manager may hand over a file:// URL instead of a path.
 */
export function congressPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue; // Chromium's and our own switches
    if (/^file:\/\//i.test(arg)) {
      const path = fileUrlPath(arg);
      if (path?.toLowerCase().endsWith(CONGRESS_EXTENSION)) return path;
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue; // http(s) and the like: the app opens local files only
    } else if (arg.toLowerCase().endsWith(CONGRESS_EXTENSION)) {
      return resolve(cwd, arg);
    }
  }
  return null;
}

function fileUrlPath(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null; // file://host/… from another machine, or a malformed URL: not a file we can open
  }
}

/**
 * Start-up never fails on a file: the last congress, the demo on a first run only, else the home
 * screen saying why the last one did not reopen (Engine.startUp) — never the demo in its place.
 */
function openSomething(engine: Engine): void {
  try {
    engine.startUp();
  } catch (error) {
    console.warn('[electron] no congress opened at start-up:', (error as Error).message);
  }
}

/**
 * The desktop app: one instance per machine (two writers on one congress file must not happen),
 * one engine, the operator's window, the hall's window and the menu. Null when another instance
 * already runs; it has been handed our command line and this one quits.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.enableSandbox(); // every renderer, including any we did not create ourselves

  let operator: BrowserWindow | null = null;
  let openPath: ((path: string) => Promise<void>) | null = null; // set once the engine exists
  const handedOver: string[] = []; // files named before that
  const openOrKeep = (path: string): void => {
    if (openPath) void openPath(path);
    else handedOver.push(path);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (operator && !operator.isDestroyed()) {
      if (operator.isMinimized()) operator.restore();
      operator.focus();
    }
    const path = congressPathFromArgv(argv, workingDirectory);
    if (path) openOrKeep(path);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault(); // macOS hands files over this way
    openOrKeep(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  await app.whenReady();
  const root = options.root ?? app.getAppPath();
  const engine = new Engine({
    // CONGRESS_DESK_HOME, as for the browser host and the CLI, points all three at one folder.
    workspaceDir: options.workspaceDir ?? process.env.CONGRESS_DESK_HOME ?? join(app.getPath('documents'), 'CongressDesk'),
    appVersion: app.getVersion(),
  });
  const projector = new ProjectorWindow(root, screen);
  const actions = createMenuActions({ engine, operator: () => operator, toggleProjector: () => projector.toggle() });
  const fileAtStart = handedOver.pop() ?? congressPathFromArgv(process.argv, process.cwd());
  if (fileAtStart) await actions.openPath(fileAtStart);
  if (!engine.isOpen) openSomething(engine);
  openPath = actions.openPath;
  for (const path of handedOver.splice(0)) void openPath(path); // arrived while we were opening

  // Handlers before windows: a page that loads fast must not find a channel without a handler.
  const disposeIpc = registerIpc({
    engine,
    windows: { operator: () => operator, projector: () => projector.window },
    pages: { operator: pageUrl(root, 'operator'), projector: pageUrl(root, 'projector') },
  });
  const refreshMenu = () =>
    installMenu(actions, { recent: engine.state().recent, congressOpen: engine.isOpen, dev: !app.isPackaged, platform: process.platform });
  refreshMenu();
  const stopMenuUpdates = engine.on((name) => {
    if (name === 'congress:changed') refreshMenu(); // the recent list and "Đóng" follow the open file
  });

  const operatorWindow = createOperatorWindow(root);
  operator = operatorWindow;
  // The projector only hides when closed, so the operator's window decides when the app ends.
  operatorWindow.on('closed', () => {
    operator = null;
    app.quit();
  });
  projector.start();

  app.on('before-quit', () => projector.allowClose());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    disposeIpc();
    stopMenuUpdates();
    projector.dispose();
    engine.close();
  });
  return { engine, operator: () => operator, projector };
}
