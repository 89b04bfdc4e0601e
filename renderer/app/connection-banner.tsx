import { useSyncExternalStore } from 'react';
import type { LinkState } from '../client/link';
import { useT } from '../i18n/i18n';
import { client } from './client-instance';

/** The window's link to the engine, re-rendered on every change (renderer/client/link.ts). */
export function useLinkState(): LinkState {
  const { link } = client();
  return useSyncExternalStore(link.subscribe, link.state);
}

/**
 * Under the top bar, the moment the link is lost: a reconnect in progress is said as such (amber),
 * not as a stopped program; only a failed call or reconnect says the link is lost (red).
 */
export function ConnectionBanner() {
  const t = useT();
  const state = useLinkState();
  if (state === 'online') return null;
  const offline = state === 'offline';
  return (
    <div
      className={`notice ${offline ? 'notice-error' : 'notice-warn'} connection-banner`}
      role={offline ? 'alert' : 'status'}
      data-testid="connection-banner"
      data-state={state}
    >
      {t(offline ? 'connection.offline' : 'connection.reconnecting')}
    </div>
  );
}
