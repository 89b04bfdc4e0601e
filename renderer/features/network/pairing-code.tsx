import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { NetworkState } from '../../../shared/contract/network-schemas';
import { useT } from '../../i18n/i18n';

type Pairing = NonNullable<NetworkState['pairing']>;

/** Minutes and seconds left, ticking, so the operator sees when the code stops working. */
function useLeft(expiresAt: string): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const s = Math.max(0, Math.round((Date.parse(expiresAt) - now) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The code a device pairs with: a QR code for a tablet's camera (the address, the secret and the
 * laptop's certificate fingerprint) and the same secret as a short code to type.
 */
export function PairingCode({ pairing }: { pairing: Pairing }) {
  const t = useT();
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // High error correction: a phone reads it off a laptop screen at an angle, with glare.
    void QRCode.toString(pairing.qrText, { type: 'svg', errorCorrectionLevel: 'H', margin: 2 }).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [pairing.qrText]);
  const left = useLeft(pairing.expiresAt);
  return (
    <div className="pairing-code" data-testid="pairing-code">
      {svg && <img className="pairing-qr" alt={t('network.qrAlt')} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} />}
      <div>
        <div className="pairing-short" data-testid="pairing-short">
          {pairing.code}
        </div>
        <p className="hint">{t('network.pairingLeft', { left })}</p>
      </div>
    </div>
  );
}
