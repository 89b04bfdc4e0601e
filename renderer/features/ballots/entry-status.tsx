import { INVALID_REASON_LABELS } from '../../../shared/domain/ballot-messages';
import { useErrorText, useT } from '../../i18n/i18n';
import { useLabel } from './ballot-labels';
import type { Ballot } from './ballots-store';
import { classifyTyped, usePaperEntry } from './paper-entry-store';
import type { TypedNumbers } from './typed-numbers';

/**
 * The line under the field: typos at once (never blocking the typing, only the save), then how
 * the paper will count if saved as typed, then the answer to the last action.
 */
export function EntryStatus({ ballot, typed }: { ballot: Ballot; typed: TypedNumbers }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const message = usePaperEntry((s) => s.message);
  const mode = usePaperEntry((s) => s.mode);
  const text = usePaperEntry((s) => s.text);

  if (mode.kind !== 'reason' && mode.kind !== 'goto' && typed.unknown.length > 0) {
    return (
      <p className="entry-status warn" role="alert" data-testid="entry-warning">
        {t('entry.unknown', { numbers: typed.unknown.join(', '), max: ballot.candidates.length })}
      </p>
    );
  }
  if (message?.kind === 'error') {
    return (
      <p className="entry-status error" role="alert">
        {errorText(message.error)}
      </p>
    );
  }
  if ((mode.kind === 'entry' || mode.kind === 'edit') && text.trim()) {
    const v = classifyTyped(ballot, 0, typed.numbers, null);
    const kept = t('entry.keptCount', { kept: v.kept.length, count: ballot.seats });
    return (
      <p className={v.valid ? 'entry-status ok' : 'entry-status warn'} data-testid="entry-preview">
        {kept} · {v.valid ? t('entry.valid') : `${t('entry.invalid')}: ${label(INVALID_REASON_LABELS[v.reason!])}`}
        {typed.repeated.length > 0 && ` · ${t('entry.repeated', { numbers: typed.repeated.join(', ') })}`}
      </p>
    );
  }
  if (message?.kind === 'info') {
    return <p className="entry-status info">{t(`entry.msg.${message.key}`, { paper: message.paper ?? '' })}</p>;
  }
  return <p className="entry-status idle">{t('entry.keysHint')}</p>;
}
