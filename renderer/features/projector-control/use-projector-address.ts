import { useEffect, useState } from 'react';
import type { CommandName } from '../../../shared/contract/channels';
import { PROJECTOR_ADDRESS_CHANNEL, projectorAddressSchema } from '../../../shared/contract/host-schemas';
import { client } from '../../app/client-instance';
import { useApp } from '../../app/app-store';

/**
 * In the browser, the projector page's address as the host gives it: with the projector's own token,
 * which reads only what is projected (SECURITY.md, the browser host). This page holds the operator's
 * token and must not hand it to the projector window. Asked once when the screen opens, so the
 * button opens the window at once (a window opened later than the click may be blocked).
 */
export function useProjectorAddress(inBrowser: boolean): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!inBrowser) return;
    let live = true;
    // Outside the contract map (host only, see host-schemas.ts), hence the cast; same transport and token.
    void client()
      .bridge.invoke(PROJECTOR_ADDRESS_CHANNEL as CommandName, {})
      .then((r) => {
        if (!live) return;
        const parsed = r.ok ? projectorAddressSchema.safeParse(r.value) : null;
        if (parsed?.success) setUrl(parsed.data.url);
        else if (!r.ok) useApp.getState().fail(r.error);
      });
    return () => {
      live = false;
    };
  }, [inBrowser]);
  return url;
}

/** A window of its own with no opener: it shares nothing with this page, not even sessionStorage. */
export function openProjectorWindow(url: string): void {
  window.open(url, 'congress-desk-projector', 'popup,noopener');
}
