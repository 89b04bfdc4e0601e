import { useState } from 'react';
import { useT } from '../../i18n/i18n';

/** A short inline form for a change that must say why (kept in the audit log). */
export function ReasonForm({
  label,
  confirm,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  confirm: string;
  onSubmit(reason: string): void;
  onCancel(): void;
  children?: React.ReactNode;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <form
      className="row reason-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onSubmit(reason.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {children}
      <input
        autoFocus={!children}
        aria-label={label}
        placeholder={label}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
        data-testid="reason-input"
      />
      <button type="submit" className="danger" disabled={!reason.trim()} data-testid="reason-confirm">
        {confirm}
      </button>
      <button type="button" className="ghost" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
