import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';
import { CSP } from '../host/static-files';
import { openIfPrintable } from './print-pdf';

/**
 * The browser host's policy without its WebSocket source: under Electron events come over IPC,
 * so the page may connect nowhere at all.
 */
export const ELECTRON_CSP = CSP.replace(/connect-src [^;]*/, "connect-src 'self'");

/** file:// URL → a comparable path; null for anything that is not a local file. */
function localPath(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return null;
    const path = fileURLToPath(parsed); // drops ?query and #hash, decodes %xx
    return process.platform === 'win32' ? path.toLowerCase() : path;
  } catch {
    return null;
  }
}

/** Same local page, whatever the hash or query (the renderer may use either for its own state). */
export function isSamePage(url: string, pageUrl: string): boolean {
  const a = localPath(url);
  return a !== null && a === localPath(pageUrl);
}

const hardened = new WeakSet<Session>();

/**
 * Deny every permission (camera, notifications, geolocation…: the app needs none) and send the
 * CSP with every response. Once per session, however many windows share it. The pages should also
 * carry the policy in a <meta> tag: Electron's security guide says the header cannot be relied on
 * for file:// loads (electron/electron#14768, #23485), though recent versions do pass them here.
 */
export function hardenSession(session: Session): void {
  if (hardened.has(session)) return;
  hardened.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [ELECTRON_CSP] },
    });
  });
}

/**
 * No popups, no <webview>, no navigating away from the app's own page (Electron security checklist).
 * The one window.open answered: «In» on the PDF just exported, printed in a window of its own (print-pdf.ts).
 */
export function hardenContents(contents: WebContents, pageUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfPrintable(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isSamePage(event.url, pageUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isSamePage(event.url, pageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
