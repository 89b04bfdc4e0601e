import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, screen } from 'electron';
import { EngineProxy, type EngineStatus } from '../engine-process/engine-proxy';
import { CONGRESS_EXTENSION } from '../engine/workspace';
import { engineModulePath, spawnEngineProcess } from './engine-process';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMenuActions } from './menu-actions';
import { ProjectorWindow } from './projector-window';
import { hardenEveryContents } from './security';
import { createOperatorWindow, pageUrl } from './windows';
import { appWorkspaceDir } from './workspace-dir';

export interface StartOptions {
  /** Folder holding dist/ (the app's root, or the asar once packaged). */
  root?: string;
  /** Where new congress files, the demo and the recent list live. */
  workspaceDir?: string;
}

export interface RunningApp {
  /** The engine runs in a utility process of its own; main holds its proxy. */
  engine: EngineProxy;
  operator(): BrowserWindow | null;
  projector: ProjectorWindow;
  /** What a quit does before the app may end (will-quit waits for it): the congress closed, the engine ended. */
  shutdown(): Promise<void>;
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
async function openSomething(engine: EngineProxy): Promise<void> {
  try {
    await engine.startUp();
  } catch (error) {
    console.warn('[electron] no congress opened at start-up:', (error as Error).message);
  }
}

/** The engine process died: it is restarted by the proxy; the operator hears only when it gave up. */
function engineStatusShown(operator: () => BrowserWindow | null): (status: EngineStatus) => void {
  return (status) => {
    if (status.kind === 'lost') console.error(`[electron] the engine process ended (exit code ${status.exitCode}); restarting it`);
    if (status.kind === 'restored') console.warn(`[electron] engine restarted; reopened ${status.reopened ?? 'nothing'}`);
    if (status.kind !== 'stopped') return;
    const options = {
      type: 'error' as const,
      title: 'Bộ máy dữ liệu đã dừng',
      message:
        'Bộ máy dữ liệu của ứng dụng dừng nhiều lần liền và không được khởi động lại. Hãy đóng rồi mở lại Congress Desk: mọi lệnh đã được xác nhận đều nằm trong tệp đại hội.',
      detail:
        'The app’s engine stopped several times in a row and was not restarted. Close and reopen Congress Desk: every command already confirmed is in the congress file.',
    };
    const win = operator();
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
  };
}

/**
 * The desktop app: one instance per machine (two writers on one congress file must not happen),
 * one engine in its own utility process, the operator's window, the hall's window and the menu.
 * Null when another instance already runs; it has been handed our command line and this one quits.
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
  app.on('web-contents-created', (_event, contents) => hardenEveryContents(contents));

  await app.whenReady();
  const root = options.root ?? app.getAppPath();
  // Nothing reads or writes a congress before the engine process says it is ready.
  const engine = await EngineProxy.start({
    spawn: () => spawnEngineProcess(engineModulePath(root)),
    start: {
      workspaceDir: appWorkspaceDir(options.workspaceDir),
      appVersion: app.getVersion(),
    },
  });
  const stopStatus = engine.onStatus(engineStatusShown(() => operator));
  const projector = new ProjectorWindow(root, screen);
  const actions = createMenuActions({ engine, operator: () => operator, toggleProjector: () => projector.toggle() });
  const fileAtStart = handedOver.pop() ?? congressPathFromArgv(process.argv, process.cwd());
  if (fileAtStart) await actions.openPath(fileAtStart);
  if (!engine.openPath) await openSomething(engine);
  openPath = actions.openPath;
  for (const path of handedOver.splice(0)) void openPath(path); // arrived while we were opening

  // Handlers before windows: a page that loads fast must not find a channel without a handler.
  const disposeIpc = registerIpc({
    engine,
    windows: { operator: () => operator, projector: () => projector.window },
    pages: { operator: pageUrl(root, 'operator'), projector: pageUrl(root, 'projector') },
  });
  const refreshMenu = async (): Promise<void> => {
    try {
      const state = await engine.state();
      installMenu(actions, {
        recent: state.recent,
        congressOpen: state.congress !== null,
        dev: !app.isPackaged,
        platform: process.platform,
      });
    } catch (error) {
      console.error('[electron] the menu could not be updated', error);
    }
  };
  await refreshMenu();
  const stopMenuUpdates = engine.on((name) => {
    if (name === 'congress:changed') void refreshMenu(); // the recent list and "Đóng" follow the open file
  });

  const operatorWindow = createOperatorWindow(root);
  operator = operatorWindow;
  // The projector only hides when closed, so the operator's window decides when the app ends.
  operatorWindow.on('closed', () => {
    operator = null;
    app.quit();
  });
  projector.start();

  // The congress is closed (its log folded into the file) and the engine process ended before the
  // app exits: will-quit is held until then, and the quit asked for again.
  let closing: Promise<void> | null = null;
  let closed = false;
  const shutdown = (): Promise<void> =>
    (closing ??= (async () => {
      disposeIpc();
      stopMenuUpdates();
      stopStatus();
      projector.dispose();
      await engine.close();
    })());
  app.on('before-quit', () => projector.allowClose());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void shutdown()
      .catch((error: unknown) => console.error('[electron] the engine did not close cleanly', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  return { engine, operator: () => operator, projector, shutdown };
}
