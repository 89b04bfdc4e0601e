import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The secrets of the hall network (docs/hall-network.md "Credentials"): a device's credential is 32
 * random bytes, of which the congress file keeps only the SHA-256; a pairing code is 8 letters a
 * person can read out and type (40 bits, valid ten minutes, rate-limited: pairing.ts).
 */

export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

export function credentialHash(credential: string): string {
  return createHash('sha256').update(credential, 'utf8').digest('hex');
}

/** Crockford's base 32: no I, L, O or U, so nothing is misread; typed I/L count as 1 and O as 0. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newPairingCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** A typed code as compared: upper case, no spaces or dashes, the look-alikes folded. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

/** An id for a device or a request: short, random, safe in a URL and a log. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('base64url')}`;
}
