import { useEffect } from 'react';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { useNetwork } from './network-store';

/**
 * In the top bar: a button to the hall network, and while it is on a badge that says so all the
 * time (address and devices online), so nobody forgets the laptop is listening to the hall; in red
 * when it was left on but did not come back on after a restart (the devices are cut off).
 */
export function NetworkBadge() {
  const t = useT();
  const { state, devices, show, load } = useNetwork();
  useEffect(() => {
    void load();
    return client().on('network:changed', () => void load());
  }, [load]);
  const online = devices.filter((d) => d.connected && d.revokedAt === null).length;
  if (!state?.on && state?.notResumed)
    return (
      <button className="network-badge not-resumed" data-testid="network-badge" onClick={show}>
        <NetworkIcon />
        {t('network.badgeNotResumed')}
      </button>
    );
  if (!state?.on)
    return (
      <button className="ghost network-badge" data-testid="network-badge" onClick={show}>
        <NetworkIcon />
        {t('network.badgeOff')}
      </button>
    );
  // On a narrow window the short words are shown (renderer/styles/operator.css); the whole line stays the tooltip and the name.
  const full = t('network.badgeOn', { address: state.address ?? '', online });
  return (
    <button className="network-badge on" data-testid="network-badge" onClick={show} title={full} aria-label={full}>
      <NetworkIcon />
      <span className="badge-full">{full}</span>
      <span className="badge-short" aria-hidden>
        {t('network.badgeShort', { online })}
      </span>
    </button>
  );
}

/** Waves over a dot: the hall network, drawn so it needs no icon font. */
function NetworkIcon() {
  return (
    <svg className="network-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden focusable="false">
      <path
        d="M1.5 6a9.5 9.5 0 0 1 13 0M3.8 8.6a6.2 6.2 0 0 1 8.4 0M6 11.1a3 3 0 0 1 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <circle cx="8" cy="13.3" r="1.3" fill="currentColor" />
    </svg>
  );
}
