import { memo } from 'react';
import { INVALID_REASON_LABELS } from '../../../shared/domain/ballot-messages';
import type { InvalidReason } from '../../../shared/domain/ballot';
import { useT } from '../../i18n/i18n';
import { useLabel } from './ballot-labels';
import { type RecentPaper, usePaperEntry } from './paper-entry-store';

function isReason(r: unknown): r is InvalidReason {
  return typeof r === 'string' && r in INVALID_REASON_LABELS;
}

/**
 * The last papers saved in this pass with their verdict, newest first: what to check by eye.
 * Memoised (no props): the entry screen re-renders on every keystroke, this list only on a save.
 */
export const RecentPapers = memo(function RecentPapers() {
  const t = useT();
  const label = useLabel();
  const recent = usePaperEntry((s) => s.recent);
  const verdict = (p: RecentPaper) => {
    if (p.status === 'saving') return t('entry.saving');
    if (p.status === 'waiting') return t('entry.pending');
    if (p.status === 'failed') return t('entry.failed');
    if (p.status === 'voided') return t('entry.voided');
    if (p.valid) return t('entry.valid');
    return `${t('entry.invalid')}${isReason(p.reason) ? `: ${label(INVALID_REASON_LABELS[p.reason])}` : ''}`;
  };
  return (
    <section className="recent-papers" aria-label={t('entry.recent')}>
      <h3>{t('entry.recent')}</h3>
      {recent.length === 0 ? (
        <p className="hint">{t('entry.noneYet')}</p>
      ) : (
        <ol data-testid="recent-papers">
          {recent.map((p) => (
            <li key={p.paper} className={`recent status-${p.status} ${p.valid === false ? 'invalid' : ''}`} data-paper={p.paper}>
              <span className="recent-no">{t('entry.paperNo', { paper: p.paper })}</span>
              <span className="recent-typed">{p.typed || '—'}</span>
              <span className="recent-verdict">
                {verdict(p)}
                {p.edited && p.status === 'saved' ? ` · ${t('entry.edited')}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
