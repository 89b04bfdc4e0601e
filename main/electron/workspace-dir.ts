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
