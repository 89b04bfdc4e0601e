import { useState } from 'react';
import { useErrorText, useT } from '../../i18n/i18n';
import { useEscape } from '../common/use-escape';
import { DeviceList } from './device-list';
import { PairingCode } from './pairing-code';
import { PairingRequests } from './pairing-requests';
import { useNetwork } from './network-store';

/**
 * Mạng hội trường: turn the hall network on for one interface, show the pairing code, approve who
 * asks with a role, see and revoke every device. Off by default: nothing listens beyond this laptop.
 */
export function NetworkDialog() {
  const t = useT();
  const errorText = useErrorText();
  const { open, state, interfaces, hide, start, stop, newPairing } = useNetwork();
  const [address, setAddress] = useState('');
  useEscape(hide, open);
  if (!open) return null;
  const usable = interfaces.filter((i) => !i.internal);
  const chosen = address || usable[0]?.address || interfaces[0]?.address || '';
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('network.title')}>
      <div className="dialog wide network-dialog">
        <h2>{t('network.title')}</h2>
        {!state?.on ? (
          <>
            {state?.notResumed ? (
              <p className="notice notice-error" role="alert" data-testid="network-not-resumed">
                {t('network.notResumed', {
                  address: state.notResumed.address,
                  port: String(state.notResumed.port),
                  reason: errorText(state.notResumed.error),
                })}
              </p>
            ) : null}
            <p className="hint">{t('network.offIntro')}</p>
            <label className="field">
              {t('network.interface')}
              <select data-testid="network-interface" value={chosen} onChange={(e) => setAddress(e.target.value)}>
                {interfaces.map((i) => (
                  <option key={`${i.name} ${i.address}`} value={i.address}>
                    {i.internal ? t('network.interfaceLocal', { name: i.name, address: i.address }) : `${i.name} — ${i.address}`}
                  </option>
                ))}
              </select>
            </label>
            <div className="dialog-actions">
              <span className="spacer" />
              <button className="primary" data-testid="network-start" disabled={!chosen} onClick={() => void start(chosen)}>
                {t('network.start')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p data-testid="network-on">{t('network.onAt', { url: state.url ?? '' })}</p>
            <p className="hint">{t('network.fingerprint', { fingerprint: state.fingerprint ?? '' })}</p>
            {state.pairing ? <PairingCode pairing={state.pairing} /> : <p className="hint">{t('network.noPairing')}</p>}
            <div className="row-actions">
              <button data-testid="network-pair" onClick={() => void newPairing()}>
                {t(state.pairing ? 'network.newPairing' : 'network.pair')}
              </button>
              <span className="spacer" />
              <button className="danger" data-testid="network-stop" onClick={() => void stop()}>
                {t('network.stop')}
              </button>
            </div>
            <PairingRequests requests={state.requests} />
          </>
        )}
        <DeviceList />
        <div className="dialog-actions">
          <span className="spacer" />
          <button onClick={hide}>{t('common.close')}</button>
        </div>
      </div>
    </div>
  );
}
