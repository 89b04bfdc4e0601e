import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../shared/contract/channels';
import type { InvalidReason } from '../../../shared/domain/ballot';
import { INVALID_REASON_LABELS } from '../../../shared/domain/ballot-messages';
import { formatDateTime } from '../../../shared/domain/format';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { useEscape } from '../common/use-escape';
import { useLabel } from './ballot-labels';
import type { Ballot } from './ballots-store';

type Log = CommandOutput<'papers:log'>;
type Marks = { struck: number[]; invalid: InvalidReason | null } | null;

/**
 * The entry log (nhật ký nhập phiếu) as a printable sheet: every paper and pass, how the board
 * settled disagreements, what the count used, and every correction with its reason. Printed from
 * the browser (Ctrl+P), so it needs nothing but the page itself; print CSS hides the rest of the app.
 */
export function EntryLogSheet({ ballot, onClose }: { ballot: Ballot; onClose(): void }) {
  const t = useT();
  const label = useLabel();
  const congress = useApp((s) => s.congress?.settings.name ?? '');
  const [log, setLog] = useState<Log | null>(null);
  useEffect(() => {
    void client()
      .call('papers:log', { ballotId: ballot.id })
      .then((r) => (r.ok ? setLog(r.value) : useApp.getState().fail(r.error)));
  }, [ballot.id]);
  useEscape(onClose);

  const marks = (m: Marks) =>
    !m
      ? '—'
      : m.invalid && m.invalid !== 'too_many_kept' && m.invalid !== 'all_struck'
        ? `${t('log.invalid')}: ${label(INVALID_REASON_LABELS[m.invalid])}`
        : m.struck.length
          ? m.struck.join(' ')
          : '0';
  const passes = Array.from({ length: ballot.passes }, (_, i) => i + 1);

  return (
    <div className="entry-log-sheet" role="dialog" aria-label={t('log.title')} data-testid="entry-log">
      <div className="sheet-actions no-print">
        <button className="primary" autoFocus onClick={() => window.print()}>
          {t('log.print')}
        </button>
        <button onClick={onClose}>{t('common.close')}</button>
      </div>
      <header>
        <p className="sheet-congress">{congress}</p>
        <h1>{t('log.title').toUpperCase()}</h1>
        <p className="sheet-ballot">{ballot.title}</p>
        <p className="hint">{t('log.legend', { passes: ballot.passes, printed: formatDateTime(new Date().toISOString()) })}</p>
      </header>
      <ol className="sheet-candidates">
        {ballot.candidates.map((c) => (
          <li key={c.number}>
            <b>{c.number}</b> {c.name}
          </li>
        ))}
      </ol>
      {!log ? (
        <p>{t('import.reading')}</p>
      ) : (
        <>
          <table className="sheet-table" data-testid="log-rows">
            <thead>
              <tr>
                <th>{t('log.paper')}</th>
                {passes.map((p) => (
                  <th key={p}>{t('entry.passN', { pass: p })}</th>
                ))}
                {ballot.passes > 1 && <th>{t('log.settled')}</th>}
                <th>{t('log.counted')}</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((r) => (
                <tr key={r.paper} className={r.agreed ? undefined : 'disagree'}>
                  <td className="num">{r.paper}</td>
                  {r.passes.map((e, i) => (
                    <td key={i}>{marks(e)}</td>
                  ))}
                  {ballot.passes > 1 && <td>{r.agreed ? t('log.agreed') : marks(r.resolution)}</td>}
                  <td>
                    {!r.counted
                      ? t('log.unsettled')
                      : r.counted.valid
                        ? t('entry.valid')
                        : `${t('entry.invalid')}${r.counted.invalid ? ` (${label(INVALID_REASON_LABELS[r.counted.invalid])})` : ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="sheet-summary">
            {t('log.summary', {
              count: log.rows.length,
              counted: t('log.countedPapers', { count: log.rows.filter((r) => r.counted).length }),
            })}
          </p>
          <h2>{t('log.corrections')}</h2>
          {log.corrections.length === 0 ? (
            <p>{t('log.noCorrections')}</p>
          ) : (
            <table className="sheet-table" data-testid="log-corrections">
              <thead>
                <tr>
                  <th>{t('log.at')}</th>
                  <th>{t('log.what')}</th>
                  <th>{t('log.paper')}</th>
                  <th>{t('log.before')}</th>
                  <th>{t('log.after')}</th>
                  <th>{t('log.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {log.corrections.map((c, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(c.at)}</td>
                    <td>
                      {t(`log.action.${c.action}`)}
                      {c.pass !== null ? ` (${t('entry.passN', { pass: c.pass })})` : ''}
                    </td>
                    <td className="num">{c.paper}</td>
                    <td>{marks(c.before)}</td>
                    <td>{marks(c.after)}</td>
                    <td>{c.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="sheet-signatures">
            <div>
              <b>{t('log.signEntry')}</b>
              <span>{t('log.signHint')}</span>
            </div>
            <div>
              <b>{t('log.signHead')}</b>
              <span>{t('log.signHint')}</span>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
