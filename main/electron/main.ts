import { app, dialog } from 'electron';
import { wantsStation } from '../host/station-args';
import { startApp } from './lifecycle';
import { startStation } from './station-mode';

// Entry point of the desktop app (bundled to dist/electron/main.cjs by scripts/build-electron.mjs).
// `--station …` makes this device a station working for the main laptop (station-mode.ts) instead.
(wantsStation(process.argv) ? startStation() : startApp()).catch((error: unknown) => {
  console.error('[electron] start-up failed', error);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  dialog.showErrorBox('Congress Desk không khởi động được', detail);
  app.exit(1);
});
