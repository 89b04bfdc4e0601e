import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LocalRole } from '../../shared/contract/roles';

/** The browser host serves this machine only: a token per local role (shared/contract/roles.ts). */
export type TokenRole = LocalRole;

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type Tokens = Record<TokenRole, string>;

/** Which role a token grants: the projector token can only read what is projected. */
export function roleOf(tokens: Tokens, token: string | null | undefined): TokenRole | null {
  if (!token) return null;
  if (same(token, tokens.operator)) return 'operator';
  if (same(token, tokens.projector)) return 'projector';
  return null;
}

/**
 * Against DNS rebinding: the Host header must name one of the addresses this host serves (for the
 * loopback host, this machine's loopback on our port), and a browser's Origin (when sent) must be
 * one of them too, with the host's scheme.
 */
export function addressAllowed(req: IncomingMessage, hosts: readonly string[], scheme: 'http' | 'https'): boolean {
  const host = req.headers.host ?? '';
  if (!hosts.includes(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true; // same-origin GETs and non-browser clients send none
  return hosts.some((h) => origin === `${scheme}://${h}`);
}

export function hostAllowed(req: IncomingMessage, port: number, extraHosts: readonly string[] = []): boolean {
  return addressAllowed(req, [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, ...extraHosts], 'http');
}

export function tokenFrom(req: IncomingMessage): string | null {
  const header = req.headers['x-congress-token'];
  if (typeof header === 'string') return header;
  const url = new URL(req.url ?? '/', 'http://x');
  return url.searchParams.get('token');
}

/**
 * The page's own files are fetched by the browser without our header (a <script src> cannot send
 * one), so the token in the address is turned into a cookie on the first page load: HttpOnly (no
 * script reads it), SameSite=Strict (no other site's page sends it), named after the port (cookies
 * ignore ports, and two hosts may run side by side). Commands still need the header.
 */
export function tokenCookieName(port: number): string {
  return `congress-desk-${port}`;
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export function cookieToken(req: IncomingMessage, port: number): string | null {
  const name = `${tokenCookieName(port)}=`;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(name)) return trimmed.slice(name.length);
  }
  return null;
}
