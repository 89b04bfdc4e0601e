import { useEffect, useState } from 'react';
import { useNumbers } from '../../i18n/numbers';
import { useT } from '../../i18n/i18n';
import { BallotActions } from './ballot-actions';
import { type Ballot, type BallotProgress as Progress, useBallots } from './ballots-store';
import { CountsForm } from './counts-form';
import { Discrepancies } from './discrepancies';
import { EntryLogSheet } from './entry-log-sheet';
import { TallyTable } from './tally-table';

/**
 * The counting board's screen: papers entered per pass, what the passes disagree on, the counts,
 * and the provisional tally. Provisional means the board's eyes only: nothing here is projected.
 * Saved papers update the pass counts at once; the tally is recomputed when this is shown, or when
 * the board asks, never per paper (a tally reads every paper of the ballot).
 */
export function BallotProgress({ ballot, progress }: { ballot: Ballot; progress: Progress | null }) {
  const num = useNumbers();
  const t = useT();
  const tally = progress?.tally ?? null;
  const provisional = ballot.state === 'open' || ballot.state === 'preparing';
  const [logOpen, setLogOpen] = useState(false);
  const stale = useBallots((s) => s.tallyStale);
  useEffect(() => {
    if (useBallots.getState().tallyStale) void useBallots.getState().refreshProgress();
  }, []);
  return (
    <section className="ballot-progress" data-testid="ballot-progress">
      <BallotActions ballot={ballot} progress={progress} />
      {logOpen && <EntryLogSheet ballot={ballot} onClose={() => setLogOpen(false)} />}
      {progress && (
        <div className="pass-progress" data-testid="pass-progress">
          {Array.from({ length: ballot.passes }, (_, i) => i + 1).map((pass) => {
            const e = progress.entered.find((x) => x.pass === pass);
            return (
              <div key={pass} className="pass-cell">
                <span className="count-label">{t('entry.passN', { pass })}</span>
                <span className="count-value">{num.count(e?.papers ?? 0)}</span>
                <span className="hint">{t('progress.papersEntered')}</span>
              </div>
            );
          })}
          {ballot.method === 'paper' && (
            <button className="log-button" onClick={() => setLogOpen(true)} data-testid="open-entry-log">
              {t('log.open')}
            </button>
          )}
        </div>
      )}
      <CountsForm key={JSON.stringify(ballot.counts)} ballot={ballot} tally={tally} />
      {progress && ballot.passes > 1 && <Discrepancies ballot={ballot} papers={progress.discrepancies} />}
      {tally && (
        <div className={provisional ? 'tally-box provisional' : 'tally-box'}>
          <h3>
            {t(provisional ? 'progress.provisional' : 'progress.result')}
            {tally.tie && <span className="badge tied">{t('progress.tieNote', { count: tally.tie.seatsContested })}</span>}
            {tally.seatsOpen > 0 && !provisional && (
              <span className="badge failed">{t('progress.seatsOpen', { count: tally.seatsOpen })}</span>
            )}
          </h3>
          {stale && (
            <p className="hint warn" data-testid="tally-stale">
              {t('progress.tallyStale')}{' '}
              <button type="button" onClick={() => void useBallots.getState().refreshProgress()} data-testid="tally-recompute">
                {t('progress.recompute')}
              </button>
            </p>
          )}
          <TallyTable tally={tally} />
        </div>
      )}
    </section>
  );
}
