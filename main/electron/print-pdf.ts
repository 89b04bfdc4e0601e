import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { PrintableExports } from '../host/printable-exports';

/**
 * «In» in the desktop app, kept thin (Electron does not run in the tests): the operator's page asks
 * for /printable/<sha256>.pdf like the browser host's page does; the window-open handler
 * (security.ts) finds the file among the last export's PDFs (noted by ipc.ts) and opens it here.
 */
export const printableExports = new PrintableExports();

/**
 * Its own session, without the app's CSP and permission hooks (security.ts): the PDF viewer needs its
 * plugin, and the window holds no page of ours, no preload, no script of ours. The print dialog
 * opens once it has loaded; the window stays, so the viewer's own print button is there too.
 */
function printPdf(file: string): void {
  const win = new BrowserWindow({
    width: 900,
    height: 1100,
    autoHideMenuBar: true,
    webPreferences: { partition: 'congress-desk-print', sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.once('did-finish-load', () => win.webContents.print({}, () => {}));
  win.loadURL(pathToFileURL(file).toString()).catch((error: unknown) => console.error('[electron] print window failed to load', error));
}

/** A window.open of a printable address prints that PDF; every other popup stays refused. */
export function openIfPrintable(url: string): void {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return;
  }
  const file = printableExports.find(path);
  if (file) printPdf(file);
}
