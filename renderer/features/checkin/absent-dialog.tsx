import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { markAbsent } from './checkin-actions';
import { useCheckin } from './checkin-store';

/**
 * Absent with a reason (vắng có lý do) when one is typed, without otherwise. Opened by the row's
 * «Vắng» or Alt+V on the picked delegate (scan-field.tsx); closing it hands the keyboard back to
 * the scan field (its effect refocuses once `absentFor` is cleared).
 */
export function AbsentDialog() {
  const t = useT();
  const delegate = useCheckin((s) => s.absentFor);
  const askAbsent = useCheckin((s) => s.askAbsent);
  const [reason, setReason] = useState('');
  if (!delegate) return null;
  const close = () => {
    setReason('');
    askAbsent(null);
  };
  const save = async (withReason: boolean) => {
    await markAbsent(delegate, withReason ? reason.trim() || null : null);
    close();
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('checkin.absentTitle', { name: delegate.fullName })}>
      <form
        className="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save(true);
        }}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <h2>{t('checkin.absentTitle', { name: delegate.fullName })}</h2>
        <label className="field">
          {t('checkin.absentReason')}
          {/* Enter saves what is typed: with the reason, or without one when left empty, as the label says. */}
          <input
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void save(true);
            }}
            maxLength={500}
            data-testid="absent-reason"
          />
        </label>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" onClick={() => void save(false)}>
            {t('checkin.absentNoReason')}
          </button>
          <button type="submit" className="primary" disabled={!reason.trim()}>
            {t('checkin.absentWithReason')}
          </button>
        </div>
      </form>
    </div>
  );
}
