import { useEffect, useMemo, useState } from 'react';
import { INVALID_REASON_LABELS } from '../../../shared/domain/ballot-messages';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { useLabel } from './ballot-labels';
import { type Ballot, type PaperEntry, useBallots } from './ballots-store';
import { BOARD_REASONS, type BoardReason, typedOf } from './paper-entry-store';
import { formatTyped, parseTypedNumbers } from './typed-numbers';

/**
 * Papers on which the passes disagree: the board takes the paper out again, looks, and settles it.
 * The count is refused until every one is settled.
 */
export function Discrepancies({ ballot, papers }: { ballot: Ballot; papers: number[] }) {
  const t = useT();
  const readings = useBallots((s) => s.readings);
  const key = papers.join(',');
  useEffect(() => {
    if (key && readings === null) void useBallots.getState().loadReadings();
  }, [key, readings]);
  useEffect(() => () => useBallots.getState().dropReadings(), []);
  const entries = readings ?? [];
  if (papers.length === 0)
    return (
      <p className="hint ok-text" data-testid="no-discrepancies">
        {t('progress.noDiscrepancies')}
      </p>
    );
  return (
    <div className="discrepancies" data-testid="discrepancies">
      <h3>{t('progress.discrepancies', { count: papers.length })}</h3>
      {papers.map((paper) => (
        <ResolveRow key={paper} ballot={ballot} paper={paper} entries={entries.filter((e) => e.paper === paper)} />
      ))}
    </div>
  );
}

function asBoardReason(r: string | null): BoardReason | '' {
  return (BOARD_REASONS as readonly string[]).includes(r ?? '') ? (r as BoardReason) : '';
}

function ResolveRow({ ballot, paper, entries }: { ballot: Ballot; paper: number; entries: PaperEntry[] }) {
  const t = useT();
  const label = useLabel();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<BoardReason | ''>('');
  const known = useMemo(() => new Set(ballot.candidates.map((c) => c.number)), [ballot.candidates]);
  const typed = parseTypedNumbers(text, known);
  const passes = Array.from({ length: ballot.passes }, (_, i) => i + 1);

  const resolve = async () => {
    const r = await client().call('papers:resolve', { ballotId: ballot.id, paper, numbers: typed.numbers, invalid: invalid || null });
    if (!r.ok) useApp.getState().fail(r.error);
    else useApp.getState().info(t('progress.resolved', { paper }));
  };

  return (
    <form
      className="resolve-row"
      data-testid={`resolve-${paper}`}
      onSubmit={(e) => {
        e.preventDefault();
        void resolve();
      }}
    >
      <strong className="resolve-paper">{t('entry.paperNo', { paper })}</strong>
      <ul className="resolve-passes">
        {passes.map((p) => {
          const e = entries.find((x) => x.pass === p);
          const shown = e ? formatTyped(typedOf(ballot, e)) || '0' : null;
          return (
            <li key={p}>
              {t('entry.passN', { pass: p })}: <b className="mono">{shown ?? t('progress.missing')}</b>
              {e?.invalid && <span className="badge failed">{label(INVALID_REASON_LABELS[e.invalid])}</span>}
              {e && (
                <button
                  type="button"
                  className="link"
                  onClick={() => (setText(shown === '0' ? '' : shown!), setInvalid(asBoardReason(e.invalid)))}
                >
                  {t('progress.takePass', { pass: p })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <input
        className="mono"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t(ballot.entryMode === 'kept' ? 'progress.settleKept' : 'progress.settleStruck')}
        aria-label={t('progress.settleLabel', { paper })}
      />
      <select value={invalid} onChange={(e) => setInvalid(e.target.value as BoardReason | '')} aria-label={t('entry.invalid')}>
        <option value="">{t('entry.valid')}</option>
        {BOARD_REASONS.map((r) => (
          <option key={r} value={r}>
            {label(INVALID_REASON_LABELS[r])}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={typed.unknown.length > 0}>
        {t('progress.resolve')}
      </button>
      {typed.unknown.length > 0 && (
        <span className="hint warn">{t('entry.unknown', { numbers: typed.unknown.join(', '), max: ballot.candidates.length })}</span>
      )}
    </form>
  );
}
