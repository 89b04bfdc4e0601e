import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, type ErrorCode } from '../../shared/contract/result';
import { type MessageParams, type SharedKey, t } from '../../shared/i18n/translator';

/** The answers both hosts give (the loopback host, the hall gateway): JSON, never sniffed. */
export function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

/** A refusal as every command answers one: `{ ok: false, error }` with a code and a catalog key (shared/i18n/vi-network.ts). */
export function refuse(res: ServerResponse, status: number, code: ErrorCode, key: SharedKey, params?: MessageParams): void {
  send(res, status, { ok: false, error: AppError.of(code, key, params).toData() });
}

/** Raw refusal of a WebSocket upgrade (there is no response object yet). */
export function refuseUpgrade(socket: { write(text: string): unknown; destroy(): unknown }, status: 403 | 503): void {
  socket.write(status === 403 ? 'HTTP/1.1 403 Forbidden\r\n\r\n' : 'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n\r\n');
  socket.destroy();
}

/** The refusal of a command without a valid token; `isCongressDeskOn` (running-hosts.ts) knows our host by it. */
export const WRONG_TOKEN_KEY = 'host.wrongToken' satisfies SharedKey;

/**
 * A page the browser asked for (F5, a bookmark) that cannot be served: a short page in both
 * languages, not a raw JSON refusal. Nothing of ours runs in it (no script, no style from outside).
 */
export function refusePage(res: ServerResponse, status: number, key: SharedKey): void {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Congress Desk</title>
<p>${escape(t('vi', key))}</p><p lang="en">${escape(t('en', key))}</p></html>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Whether a request is a browser's page load (it accepts HTML), as opposed to a script's or a test's fetch. */
export const wantsPage = (req: IncomingMessage) => /\btext\/html\b/.test(String(req.headers.accept ?? ''));
