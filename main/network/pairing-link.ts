/**
 * What the pairing QR code holds (docs/hall-network.md "Pairing"): the gateway's address, the
 * pairing code and the laptop certificate's SHA-256, in the fragment of an https address. A phone's
 * camera opens it as a link; the fragment is never sent to a server, so neither the code nor the
 * pin appears in any log; a station's app reads the three from it and pins the fingerprint.
 */
export const PAIR_PATH = '/pair';

export function pairingQrText(address: string, port: number, code: string, fingerprint: string): string {
  const pin = fingerprint.replace(/:/g, '').toLowerCase();
  return `https://${address}:${port}${PAIR_PATH}#code=${encodeURIComponent(code)}&fp=sha256:${pin}`;
}

export interface PairingLink {
  address: string;
  port: number;
  code: string;
  /** Colon-separated upper-case hex, as Node's X509Certificate.fingerprint256. */
  fingerprint: string;
}

/** The three parts of a QR text, or null when it is not one. */
export function readPairingLink(text: string): PairingLink | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const fragment = new URLSearchParams(url.hash.slice(1));
  const code = fragment.get('code');
  const pin = /^sha256:([0-9a-f]{64})$/.exec(fragment.get('fp') ?? '')?.[1];
  if (url.protocol !== 'https:' || url.pathname !== PAIR_PATH || !code || !pin) return null;
  const fingerprint = pin.toUpperCase().match(/../g)!.join(':');
  return { address: url.hostname, port: Number(url.port || 443), code, fingerprint };
}
