import { useEffect } from 'react';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { useNetwork } from './network-store';

/**
 * In the top bar: a button to the hall network, and while it is on a badge that says so all the
 * time (address and devices online), so nobody forgets the laptop is listening to the hall.
 */
export function NetworkBadge() {
  const t = useT();
  const { state, devices, show, load } = useNetwork();
  useEffect(() => {
    void load();
    return client().on('network:changed', () => void load());
  }, [load]);
  const online = devices.filter((d) => d.connected && d.revokedAt === null).length;
  return state?.on ? (
    <button className="network-badge on" data-testid="network-badge" onClick={show}>
      {t('network.badgeOn', { address: state.address ?? '', online })}
    </button>
  ) : (
    <button className="ghost" data-testid="network-badge" onClick={show}>
      {t('network.badgeOff')}
    </button>
  );
}
