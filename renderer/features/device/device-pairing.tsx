import { useState } from 'react';
import { useErrorText, useT } from '../../i18n/i18n';
import { codeFromLink } from './device-link';
import { type DevicePhase, useDevice } from './device-store';

type Problem = Extract<DevicePhase, { kind: 'pairing' }>['problem'];

function useProblemText(): (problem: Problem) => string | null {
  const t = useT();
  const errorText = useErrorText();
  return (problem) =>
    problem === null
      ? null
      : problem === 'declined'
        ? t('device.declined')
        : problem === 'expired'
          ? t('device.expired')
          : problem === 'unreachable'
            ? t('device.unreachable')
            : errorText(problem);
}

/**
 * Pairing (docs/hall-network.md §2): the code from the QR link's fragment, or typed; the device's
 * name; then waiting while the operator approves it with a role.
 */
export function DevicePairing({ problem }: { problem: Problem }) {
  const t = useT();
  const problemText = useProblemText();
  const [code, setCode] = useState(() => codeFromLink(window.location.hash));
  const [name, setName] = useState('');
  const said = problemText(problem);
  return (
    <main className="device-pairing">
      <form
        className="panel device-pairing-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim() && name.trim()) void useDevice.getState().pair(code, name);
        }}
      >
        <h1>{t('device.pairTitle')}</h1>
        <p className="hint">{t('device.pairHint')}</p>
        <label>
          <span>{t('device.code')}</span>
          <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} data-testid="pair-code" />
        </label>
        <label>
          <span>{t('device.name')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('device.namePlaceholder')}
            maxLength={80}
            autoFocus
            data-testid="pair-name"
          />
        </label>
        {said && (
          <p className="notice notice-error" role="alert" data-testid="pair-problem">
            {said}
          </p>
        )}
        <button type="submit" className="primary" disabled={!code.trim() || !name.trim()} data-testid="pair-send">
          {t('device.send')}
        </button>
      </form>
    </main>
  );
}

export function DeviceWaiting({ name }: { name: string }) {
  const t = useT();
  return (
    <main className="device-pairing">
      <section className="panel device-pairing-form" data-testid="pair-waiting" role="status">
        <h1>{t('device.waiting', { name })}</h1>
        <p className="hint">{t('device.waitingHint')}</p>
      </section>
    </main>
  );
}
