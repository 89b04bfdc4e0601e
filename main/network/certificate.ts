import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { replaceDurably } from '../files/partials';
import { bitString, boolean, explicit, implicit, octetString, oid, sequence, set, time, unsignedInteger, utf8String } from './der';

/**
 * The laptop's TLS certificate for the hall network (docs/hall-network.md "What is encrypted").
 * Self-signed, made on first use with Node's own crypto: a P-256 key, and a certificate of fixed
 * shape written by der.ts (no certificate library is a dependency of the app; Node reads and checks
 * the result, and the tests make real TLS connections with it). Devices do not trust it through a
 * certificate authority: they pin its SHA-256 fingerprint, which the pairing code carries.
 *
 * Kept in the workspace folder beside the congress data (never inside the congress file, which is
 * copied and handed on): the key readable by this user only (0600), its folder 0700. The same
 * certificate serves every congress of this laptop, so a device paired once keeps its pin.
 */
export interface LaptopCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate (DER), colon-separated upper-case hex, as Node and browsers show it. */
  fingerprint: string;
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const COMMON_NAME = '2.5.4.3';
const SUBJECT_ALT_NAME = '2.5.29.17';
const BASIC_CONSTRAINTS = '2.5.29.19';
const KEY_USAGE = '2.5.29.15';
const EXT_KEY_USAGE = '2.5.29.37';
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const VALID_DAYS = 730;
const DAY_MS = 86_400_000;

export const CERTIFICATE_NAME = 'Congress Desk';
/** The one name in the certificate: the laptop's addresses change from hall to hall, its pin does not. */
export const CERTIFICATE_DNS_NAME = 'congress-desk.local';

function extension(id: string, value: Buffer, critical = false): Buffer {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), octetString(value));
}

/** A new key and its self-signed certificate, valid from a day ago (clocks in a hall disagree) for two years. */
export function makeCertificate(now = new Date()): { key: string; cert: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const algorithm = sequence(oid(ECDSA_WITH_SHA256));
  const name = sequence(set(sequence(oid(COMMON_NAME), utf8String(CERTIFICATE_NAME))));
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f; // a positive serial
  const tbs = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))), // version 3
    unsignedInteger(serial),
    algorithm,
    name,
    sequence(time(new Date(now.getTime() - DAY_MS)), time(new Date(now.getTime() + VALID_DAYS * DAY_MS))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(
      3,
      sequence(
        extension(BASIC_CONSTRAINTS, sequence(), true), // not a certificate authority
        extension(KEY_USAGE, Buffer.from([0x03, 0x02, 0x07, 0x80]), true), // digitalSignature
        extension(EXT_KEY_USAGE, sequence(oid(SERVER_AUTH))),
        extension(SUBJECT_ALT_NAME, sequence(implicit(2, Buffer.from(CERTIFICATE_DNS_NAME)))),
      ),
    ),
  );
  const signature = sign('sha256', tbs, privateKey); // ECDSA, DER-encoded (Node's default)
  const der = sequence(tbs, algorithm, bitString(signature));
  const cert = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
  return { key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, cert: cert.replace('\n\n', '\n') };
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** Whole or not at all, 0600 from the first byte, and on the disk before it is used: a power cut must not lose the pin devices hold. */
function writePrivate(path: string, text: string): void {
  replaceDurably(path, Buffer.from(text), 0o600);
}

/** The folder the laptop's key and certificate live in: `<workspace>/hall-network`. */
export const certificateDir = (workspaceDir: string) => join(workspaceDir, 'hall-network');

/**
 * The laptop's certificate, made on first use. A key whose permissions were widened (copied by
 * hand) is narrowed back to 0600; a pair that no longer matches or has expired is replaced, which
 * changes the fingerprint (devices then pair again).
 */
export function laptopCertificate(workspaceDir: string, now = new Date()): LaptopCertificate {
  const dir = certificateDir(workspaceDir);
  const keyPath = join(dir, 'laptop-key.pem');
  const certPath = join(dir, 'laptop-cert.pem');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  if (existsSync(keyPath) && existsSync(certPath)) {
    if ((statSync(keyPath).mode & 0o077) !== 0) chmodSync(keyPath, 0o600);
    const key = readFileSync(keyPath, 'utf8');
    const cert = readFileSync(certPath, 'utf8');
    if (usable(key, cert, now)) return { key, cert, fingerprint: fingerprintOf(cert) };
  }
  const made = makeCertificate(now);
  writePrivate(keyPath, made.key);
  writePrivate(certPath, made.cert);
  return { ...made, fingerprint: fingerprintOf(made.cert) };
}

function usable(key: string, cert: string, now: Date): boolean {
  try {
    const x509 = new X509Certificate(cert);
    const publicKey = createPublicKey(createPrivateKey(key));
    return (
      x509.checkPrivateKey(createPrivateKey(key)) && x509.verify(publicKey) && new Date(x509.validTo).getTime() > now.getTime() + DAY_MS
    );
  } catch {
    return false;
  }
}
