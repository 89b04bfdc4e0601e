import { isIPv4, isIPv6 } from 'node:net';
import { DEFAULT_HALL_PORT } from './hall-network';
import { readPairingLink } from './pairing-link';

/**
 * Which main laptop a device in station mode works for (docs/hall-network.md «Chế độ trạm»), from
 * what its user typed after `--station`: the pairing QR's link (address, code and the pin), or the
 * laptop's address with the short code (`--code`), the pin given (`--fingerprint`) or, without
 * one, learned at the first connection and shown for the user to compare.
 */
export interface StationTarget {
  address: string;
  port: number;
  /** Colon-separated upper-case hex (Node's fingerprint256), or null: learn it on first contact. */
  fingerprint: string | null;
  code: string | null;
}

/** A fingerprint as people copy it (with or without colons or «sha256:», any case), in Node's form; null if not one. */
export function normalizeFingerprint(typed: string): string | null {
  const hex = typed
    .trim()
    .replace(/^sha256:/i, '')
    .replace(/[:\s]/g, '')
    .toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex.match(/../g)!.join(':') : null;
}

/** One DNS label: letters, digits and inner hyphens, 1–63 characters (RFC 1123). */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * The host as typed, if it is one the device can dial: an IPv4 literal, an IPv6 literal in
 * brackets, or a DNS name (whose last label is not all digits: `10.0.0.256` is a mistyped address,
 * not a name). Null for anything else, so `nope!` or `a b` is refused here, not found unreachable later.
 */
function readHost(typed: string): string | null {
  const bracketed = /^\[(.*)\]$/.exec(typed);
  if (bracketed) return isIPv6(bracketed[1]!) ? bracketed[1]!.toLowerCase() : null;
  if (isIPv4(typed)) return typed;
  const labels = typed.split('.');
  const named = typed.length <= 253 && labels.every((l) => DNS_LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!);
  return named ? typed.toLowerCase() : null;
}

/** A host and port the device can dial (port 1–65535), or null. */
function dialable(host: string, port: number): { address: string; port: number } | null {
  const address = readHost(host);
  return address !== null && Number.isInteger(port) && port >= 1 && port <= 65535 ? { address, port } : null;
}

/**
 * `192.168.1.10`, `192.168.1.10:4871`, `https://192.168.1.10:4871/`, `[fe80::1]:4871` or
 * `laptop.local`: the address and port (the hall network's when none is typed), or null.
 */
function readAddress(typed: string): { address: string; port: number } | null {
  const parts = /^(?:https?:\/\/)?(\[[^\]]*\]|[^:/[\]]*)(?::(\d{1,5}))?\/?$/i.exec(typed.trim());
  if (!parts) return null;
  return dialable(parts[1]!, parts[2] === undefined ? DEFAULT_HALL_PORT : Number(parts[2]));
}

/** The target the arguments name, or null when `--station` names none (the device then uses what it kept). */
export function stationTarget(given: string | undefined, options: { code?: string; fingerprint?: string } = {}): StationTarget | null {
  if (!given) return null;
  const link = readPairingLink(given);
  if (link) {
    const at = dialable(link.address, link.port); // the URL parser lets `nope!` and port 0 through
    return at && { ...at, fingerprint: link.fingerprint, code: link.code };
  }
  const at = readAddress(given);
  if (!at) return null;
  const fingerprint = options.fingerprint ? normalizeFingerprint(options.fingerprint) : null;
  return { ...at, fingerprint, code: options.code?.trim() || null };
}
