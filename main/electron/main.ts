import { app, dialog } from 'electron';
import { startApp } from './lifecycle';

// Entry point of the desktop app (bundled to dist/electron/main.cjs by scripts/build-electron.mjs).
startApp().catch((error: unknown) => {
  console.error('[electron] start-up failed', error);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  dialog.showErrorBox('Congress Desk không khởi động được', detail);
  app.exit(1);
});
