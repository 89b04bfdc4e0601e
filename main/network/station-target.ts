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

/** `192.168.1.10`, `192.168.1.10:4871` or `https://192.168.1.10:4871`: the address and port, or null. */
function readAddress(typed: string): { address: string; port: number } | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    return null;
  }
  if (!url.hostname) return null;
  return { address: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : DEFAULT_HALL_PORT };
}

/** The target the arguments name, or null when `--station` names none (the device then uses what it kept). */
export function stationTarget(given: string | undefined, options: { code?: string; fingerprint?: string } = {}): StationTarget | null {
  if (!given) return null;
  const link = readPairingLink(given);
  if (link) return { address: link.address, port: link.port, fingerprint: link.fingerprint, code: link.code };
  const at = readAddress(given);
  if (!at) return null;
  const fingerprint = options.fingerprint ? normalizeFingerprint(options.fingerprint) : null;
  return { ...at, fingerprint, code: options.code?.trim() || null };
}
