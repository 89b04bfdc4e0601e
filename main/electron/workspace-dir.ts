import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

/**
 * The desktop app's working folder: new congress files, the demo and the recent list (lifecycle.ts),
 * and a station's kept laptop (station-mode.ts). CONGRESS_DESK_HOME, as for the browser host and
 * the CLI, points them all at one folder.
 */
export function appWorkspaceDir(given?: string): string {
  return given ?? process.env.CONGRESS_DESK_HOME ?? join(app.getPath('documents'), 'CongressDesk');
}

/**
 * Station mode's own Electron data folder, beside the operator app's (`…/Congress Desk Station` next
 * to `…/Congress Desk`). Electron scopes the single-instance lock to the userData folder (and
 * Chromium its profile: cookies, caches), so with this one the operator app and a station run side
 * by side on one laptop, while a second station still finds the first's lock. Before the lock and
 * before ready; Electron refuses a folder that is not there.
 */
export function setStationUserData(): string {
  const dir = `${app.getPath('userData')} Station`;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  app.setPath('userData', dir);
  return dir;
}
