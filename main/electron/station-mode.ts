import { join } from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import { stationArgs, stationProblem } from '../host/station-args';
import { type RunningRelay, STATION_PORT, startStationRelay } from '../host/station-relay';
import { hardenEveryContents } from './security';
import { createStationWindow } from './windows';
import { appWorkspaceDir, setStationUserData } from './workspace-dir';

export interface StationStartOptions {
  /** Folder holding dist/ (the app's root, or the asar once packaged): the page is dist/renderer's. */
  root?: string;
  /** The user's data folder: the laptop and the credential are kept under it (hall-station/). */
  workspaceDir?: string;
  /** The command line (process.argv: the executable first, and unpackaged the app's folder). */
  argv?: readonly string[];
}

export interface RunningStation {
  relay: RunningRelay;
  window(): BrowserWindow | null;
}

/** No console in the installed app: a fingerprint learned on first contact is shown in a box, to compare. */
function showLearned(win: BrowserWindow | null, fingerprint: string): void {
  const options = {
    type: 'info' as const,
    title: 'Dấu vân tay của máy điều hành / The laptop’s fingerprint',
    message: `Dấu vân tay của máy điều hành:\n${fingerprint}\n\nSo với màn hình laptop (Mạng hội trường) trước khi ghép nối.`,
    detail: `The laptop’s fingerprint: ${fingerprint}. Compare it with the laptop’s screen (Hall network) before pairing.`,
  };
  void (win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
}

/**
 * `Congress Desk --station …` (docs/hall-network.md «Chế độ trạm»): this device works for the main
 * laptop. The pinning relay (main/host/station-relay.ts, the same as `npm start` runs under tsx)
 * runs here in main, serving the app's own pages on loopback, and one hardened window opens on it.
 * No engine, no congress file, no projector. Its Electron data folder (and so its single-instance
 * lock) is its own, not the operator app's. Null when it did not start: another station has the
 * lock (and was handed our command line), or the arguments were refused in a box and the app exits 1.
 */
export async function startStation(options: StationStartOptions = {}): Promise<RunningStation | null> {
  let relay: RunningRelay;
  let win: BrowserWindow | null = null;
  try {
    const args = stationArgs(options.argv ?? process.argv) ?? { target: null, port: STATION_PORT };
    setStationUserData(); // a lock of its own: the operator app's may be held on this very laptop
    if (!app.requestSingleInstanceLock()) {
      app.quit();
      return null;
    }
    app.enableSandbox();
    app.on('second-instance', () => {
      if (!win || win.isDestroyed()) return;
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('web-contents-created', (_event, contents) => hardenEveryContents(contents));
    await app.whenReady();
    relay = await startStationRelay({
      dataDir: appWorkspaceDir(options.workspaceDir),
      target: args.target,
      staticDir: join(options.root ?? app.getAppPath(), 'dist', 'renderer'),
      port: args.port,
      onLearned: (fingerprint) => showLearned(win, fingerprint),
    });
  } catch (error) {
    const problem = stationProblem(error);
    if (problem === null) throw error; // not the user's to fix: main.ts shows it whole
    dialog.showErrorBox('Chế độ trạm không khởi động được / Station mode did not start', problem);
    app.exit(1);
    return null;
  }

  // The window decides when the station ends: the relay closes (its port freed) before the app quits.
  let closing: Promise<void> | null = null;
  let closed = false;
  const shutdown = (): Promise<void> =>
    (closing ??= relay.close().catch((error: unknown) => console.error('[station] the relay did not close cleanly', error)));
  const quit = () =>
    void shutdown().finally(() => {
      closed = true;
      app.quit();
    });
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    quit();
  });
  const stationWindow = createStationWindow(relay.url, relay.link.laptop);
  win = stationWindow;
  stationWindow.on('closed', () => {
    win = null;
    quit();
  });
  return { relay, window: () => win };
}
