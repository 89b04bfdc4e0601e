import { request } from 'node:https';
import { connect, type TLSSocket } from 'node:tls';

/**
 * A TLS connection to the gateway that trusts only the certificate whose SHA-256 the pairing code
 * carried (docs/hall-network.md "What is encrypted"): no certificate authority is asked, and
 * nothing is written to the socket before the pin has been checked, so a machine posing as the
 * laptop (a forged certificate, another laptop on the Wi-Fi) never sees a credential. For the
 * stations' own clients and the tests; a plain browser cannot pin and asks its user instead.
 */
export class PinMismatch extends Error {
  readonly code = 'CERT_PIN_MISMATCH';
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(`The server's certificate ${found} is not the pinned ${expected}`);
    this.name = 'PinMismatch';
  }
}

export function pinnedConnect(
  host: string,
  port: number,
  fingerprint: string,
  options: { timeoutMs?: number; localAddress?: string } = {},
): Promise<TLSSocket> {
  const timeoutMs = options.timeoutMs ?? 5000;
  return new Promise((resolveSocket, reject) => {
    // The chain is not checked against any authority (the laptop's certificate is self-signed): the pin is the check.
    const socket = connect({
      host,
      port,
      rejectUnauthorized: false,
      timeout: timeoutMs,
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    });
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    socket.once('error', fail);
    socket.once('timeout', () => fail(new Error(`TLS to ${host}:${port} timed out`)));
    socket.once('secureConnect', () => {
      const found = socket.getPeerCertificate().fingerprint256 ?? '';
      if (found.toUpperCase() !== fingerprint.toUpperCase()) return fail(new PinMismatch(fingerprint, found));
      socket.off('error', fail);
      socket.setTimeout(0);
      resolveSocket(socket);
    });
  });
}

/**
 * The fingerprint a gateway shows, learned without sending anything: for a station set up with an
 * address and a typed code (no QR, so no pin). Its user compares it with the laptop's screen
 * (docs/hall-network.md §2) and it is pinned from then on (station-store.ts).
 */
export function peerFingerprint(host: string, port: number, options: { timeoutMs?: number; localAddress?: string } = {}): Promise<string> {
  return new Promise((resolveFingerprint, reject) => {
    const socket = connect({
      host,
      port,
      rejectUnauthorized: false,
      timeout: options.timeoutMs ?? 5000,
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    });
    socket.once('error', reject);
    socket.once('timeout', () => (socket.destroy(), reject(new Error(`TLS to ${host}:${port} timed out`))));
    socket.once('secureConnect', () => {
      const found = socket.getPeerCertificate().fingerprint256 ?? '';
      socket.destroy();
      resolveFingerprint(found.toUpperCase());
    });
  });
}

/**
 * A POST over a pinned connection (pinnedConnect): the answer's status and body as text. Rejects on a
 * network error; the socket is closed either way.
 */
export function pinnedPost(
  socket: TLSSocket,
  target: { host: string; port: number; path: string },
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolveAnswer, reject) => {
    const req = request(
      {
        ...target,
        method: 'POST',
        createConnection: () => socket,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          socket.destroy();
          resolveAnswer({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error) => {
      socket.destroy();
      reject(error);
    });
    req.end(body);
  });
}
