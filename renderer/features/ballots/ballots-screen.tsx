import { useEffect } from 'react';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { BallotActions } from './ballot-actions';
import { BallotForm } from './ballot-form';
import { STATE_LABEL } from './ballot-labels';
import { BallotList } from './ballot-list';
import { BallotProgress } from './ballot-progress';
import { type BallotPane, useBallots } from './ballots-store';
import { CandidatesEditor } from './candidates-editor';
import { EntryPane } from './entry-pane';
import { dropQueuedChanges, takeBallotChange } from './ballot-events';
import { applyPaperToEntry, reloadEntryPass, usePaperEntry } from './paper-entry-store';
import { InvalidChooser } from './invalid-chooser';
import { ScanEntry } from '../scan/scan-entry';
import { followScans } from './follow-scans';

const PANES: [BallotPane, MessageKey][] = [
  ['setup', 'ballots.paneSetup'],
  ['entry', 'ballots.paneEntry'],
  ['count', 'ballots.paneCount'],
];

/** Consultation and election ballots: the list on the left, the chosen ballot on the right. */
export function BallotsScreen() {
  const path = useApp((s) => s.congress?.path);
  const { ballot, progress, pane, creating, setPane } = useBallots();
  const t = useT();

  useEffect(() => {
    const store = useBallots.getState();
    void store.loadList();
    if (store.selectedId !== null) void store.refreshSelected();
    const c = client();
    const offs = [
      c.on('ballots:changed', (event) =>
        takeBallotChange(event, (change) => {
          useBallots.getState().onChanged(change);
          const { ballot } = useBallots.getState();
          if (change.paper && ballot?.id === change.ballotId) applyPaperToEntry(ballot, change.paper);
        }),
      ),
      // Events were missed (reconnect past the engine's memory, engine restarted): one re-read.
      c.onReread(() => {
        dropQueuedChanges();
        const s = useBallots.getState();
        void s.loadList();
        if (s.selectedId === null) return;
        void s.refreshSelected().then(() => {
          const { ballot } = useBallots.getState();
          if (ballot) void reloadEntryPass(ballot);
        });
      }),
    ];
    return () => {
      offs.forEach((off) => off());
      dropQueuedChanges();
    };
  }, [path]);

  return (
    <div className="ballots-screen">
      <BallotList />
      <section className="ballot-detail">
        {creating ? (
          <BallotForm ballot={null} />
        ) : !ballot ? (
          <p className="empty">{t('ballots.pick')}</p>
        ) : (
          <>
            <header className="ballot-head">
              <h1>{ballot.title}</h1>
              <span className={`badge state-${ballot.state}`} data-testid="ballot-state">
                {t(STATE_LABEL[ballot.state])}
              </span>
              <span className="hint">
                {t('ballots.seatsLine', { count: ballot.seats, approved: ballot.seatsApproved })} ·{' '}
                {t('ballots.namesOnList', { count: ballot.candidates.length })}
              </span>
              <span className="spacer" />
              <div className="chips" role="tablist">
                {PANES.map(([p, label]) => (
                  <button
                    key={p}
                    role="tab"
                    aria-selected={pane === p}
                    className={pane === p ? 'chip active' : 'chip'}
                    onClick={() => setPane(p)}
                  >
                    {t(label)}
                  </button>
                ))}
              </div>
            </header>
            {pane === 'setup' ? (
              <div className="ballot-setup">
                {ballot.state === 'preparing' && (
                  <div className="span-all">
                    <BallotActions ballot={ballot} progress={progress} />
                  </div>
                )}
                <BallotForm key={`${ballot.id}-${ballot.state}`} ballot={ballot} />
                <CandidatesEditor key={ballot.id} ballot={ballot} />
              </div>
            ) : pane === 'entry' ? (
              <>
                <EntryPane key={ballot.id} ballot={ballot} progress={progress} />
                {/* Scanned papers beside the typed ones (docs/scanning.md): the button, the watch, the board's review. */}
                {ballot.state === 'open' && ballot.method === 'paper' && (
                  <ScanEntry
                    key={`scan-${ballot.id}`}
                    ballot={ballot}
                    currentPass={() => usePaperEntry.getState().pass}
                    ReasonChooser={InvalidChooser}
                    onRecorded={followScans}
                  />
                )}
              </>
            ) : (
              <BallotProgress ballot={ballot} progress={progress} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
