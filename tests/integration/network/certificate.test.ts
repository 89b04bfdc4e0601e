/**
 * The laptop's certificate (main/network/certificate.ts): made on first use, kept 0600 beside the
 * congress data, the same one after a restart, accepted by OpenSSL as well as by Node.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { certificateDir, CERTIFICATE_DNS_NAME, laptopCertificate } from '../../../main/network/certificate';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'congress-cert-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the laptop certificate', () => {
  it('is made once, key 0600 in a 0700 folder, and read back unchanged (the pin does not move)', () => {
    const first = laptopCertificate(dir);
    const keyPath = join(certificateDir(dir), 'laptop-key.pem');
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    expect(statSync(certificateDir(dir)).mode & 0o777).toBe(0o700);
    chmodSync(keyPath, 0o644); // copied by hand with wider permissions
    const again = laptopCertificate(dir);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
  });

  it('is a self-signed server certificate that OpenSSL reads and verifies', () => {
    const { cert } = laptopCertificate(dir);
    const x509 = new X509Certificate(cert);
    expect(x509.subjectAltName).toBe(`DNS:${CERTIFICATE_DNS_NAME}`);
    expect(x509.ca).toBe(false);
    expect(x509.verify(x509.publicKey)).toBe(true);
    const path = join(dir, 'cert.pem');
    writeFileSync(path, cert);
    const text = execFileSync('openssl', ['x509', '-in', path, '-noout', '-text'], { encoding: 'utf8' });
    expect(text).toContain('TLS Web Server Authentication');
    expect(text).toContain('CA:FALSE');
    expect(execFileSync('openssl', ['verify', '-CAfile', path, '-partial_chain', path], { encoding: 'utf8' })).toContain('OK');
  });

  it('is replaced when the key no longer matches it', () => {
    const first = laptopCertificate(dir);
    writeFileSync(join(certificateDir(dir), 'laptop-key.pem'), '-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n');
    expect(laptopCertificate(dir).fingerprint).not.toBe(first.fingerprint);
  });
});
