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

/**
 * Same http origin (scheme, host and port): the station window's rule (station-mode.ts), where the
 * page is the local relay's and moves between its own paths.
 */
export function isSameOrigin(url: string, pageUrl: string): boolean {
  try {
    const target = new URL(url);
    return /^https?:$/.test(target.protocol) && target.origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

const hardened = new WeakSet<Session>();

/**
 * Deny every permission (camera, notifications, geolocation…: the app needs none) and send the
 * CSP with every response. Once per session, however many windows share it. The pages should also
 * carry the policy in a <meta> tag: Electron's security guide says the header cannot be relied on
 * for file:// loads (electron/electron#14768, #23485), though recent versions do pass them here.
 * `policy` null: the server's own header stands (the station relay sends the browser host's CSP,
 * whose connect-src its event stream needs).
 */
export function hardenSession(session: Session, policy: string | null = ELECTRON_CSP): void {
  if (hardened.has(session)) return;
  hardened.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (policy === null) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
}

/** Any web contents, even one not made here: no popups, no <webview> (each window then adds its own rules). */
export function hardenEveryContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * No popups, no <webview>, no navigating away from the app's own page (Electron security checklist).
 * The one window.open answered: «In» on the PDF just exported, printed in a window of its own (print-pdf.ts).
 * `stays`: the page's URL (the same local page only), or the rule for where the window may go.
 */
export function hardenContents(contents: WebContents, stays: string | ((url: string) => boolean)): void {
  const allowed = typeof stays === 'string' ? (url: string) => isSamePage(url, stays) : stays;
  contents.setWindowOpenHandler(({ url }) => {
    openIfPrintable(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
