import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { AggregateForm } from './aggregate-form';
import { BallotProgress } from './ballot-progress';
import type { Ballot, BallotProgress as Progress } from './ballots-store';
import { PaperEntry } from './paper-entry';

/**
 * What "entering" means for this ballot: papers one by one, totals from a hand count, or the
 * result of a show of hands. A closed ballot shows its progress and how to reopen it.
 */
export function EntryPane({ ballot, progress }: { ballot: Ballot; progress: Progress | null }) {
  const t = useT();
  const [totals, setTotals] = useState(false);
  if (ballot.state !== 'open') {
    return (
      <div className="panel entry-closed">
        <p>{t(ballot.state === 'preparing' ? 'entry.notOpen' : 'entry.closed')}</p>
        <BallotProgress ballot={ballot} progress={progress} />
      </div>
    );
  }
  if (ballot.method !== 'paper') return <AggregateForm ballot={ballot} />;
  return (
    <>
      {totals ? <AggregateForm ballot={ballot} /> : <PaperEntry ballot={ballot} />}
      <p className="entry-switch">
        <button type="button" className="link" onClick={() => setTotals(!totals)} data-testid="entry-switch">
          {t(totals ? 'agg.switchToPapers' : 'agg.switchToTotals')}
        </button>
      </p>
    </>
  );
}
