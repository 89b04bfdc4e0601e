import { useEffect } from 'react';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { takeBallotChange, dropQueuedChanges } from '../ballots/ballot-events';
import { useBallots } from '../ballots/ballots-store';
import { PaperEntry } from '../ballots/paper-entry';
import { applyPaperToEntry, loadPass, reloadEntryPass, usePaperEntry } from '../ballots/paper-entry-store';
import type { StationAssignment } from '../../../shared/contract/network-schemas';

/** The assigned ballot, at the assigned pass: the entry screen opens there and nowhere else. */
async function openAssigned(assignment: StationAssignment): Promise<void> {
  await useBallots.getState().select(assignment.ballotId, 'entry');
  const ballot = useBallots.getState().ballot;
  if (!ballot) return;
  // paper-entry.tsx keeps the pass of the ballot it already shows: set it before the screen mounts.
  usePaperEntry.setState({ ballotId: ballot.id, pass: Math.min(assignment.pass, ballot.passes) });
  await loadPass(ballot, Math.min(assignment.pass, ballot.passes));
}

/** Alt+1…3 switch the pass on the operator's screen (paper-keys.ts): a station stays on its own. */
function keepAssignedPass(e: KeyboardEvent): void {
  if (e.altKey && /^[1-9]$/.test(e.key)) {
    e.preventDefault();
    e.stopPropagation();
  }
}

/**
 * A counting station's screen: the paper entry of its assigned ballot and pass, nothing else (no
 * ballot list, no count, no settings). The engine refuses papers of any other ballot or pass
 * (main/engine/station-assignment.ts); the page only does not offer them.
 */
export function DeviceStation({ assignment }: { assignment: StationAssignment | null }) {
  const t = useT();
  const ballot = useBallots((s) => s.ballot);
  const ready = usePaperEntry((s) => s.ballotId !== null && s.ballotId === assignment?.ballotId);
  useEffect(() => {
    if (!assignment) return;
    void openAssigned(assignment);
    const c = client();
    const offs = [
      c.on('ballots:changed', (event) =>
        takeBallotChange(event, (change) => {
          useBallots.getState().onChanged(change);
          const shown = useBallots.getState().ballot;
          if (change.paper && shown?.id === change.ballotId) applyPaperToEntry(shown, change.paper);
        }),
      ),
      c.onReread(() => {
        dropQueuedChanges();
        void useBallots
          .getState()
          .refreshSelected()
          .then(() => {
            const shown = useBallots.getState().ballot;
            if (shown) void reloadEntryPass(shown);
          });
      }),
    ];
    window.addEventListener('keydown', keepAssignedPass, true); // before React's own listeners
    return () => {
      offs.forEach((off) => off());
      dropQueuedChanges();
      window.removeEventListener('keydown', keepAssignedPass, true);
    };
  }, [assignment]);

  if (!assignment) return <p className="device-message panel">{t('device.noAssignment')}</p>;
  if (!ballot || !ready) return <p className="device-message">{t('device.loading')}</p>;
  if (ballot.method !== 'paper') return <p className="device-message panel">{t('device.notPaper')}</p>;
  if (ballot.state !== 'open') {
    return <p className="device-message panel">{t(ballot.state === 'preparing' ? 'device.ballotNotOpen' : 'device.ballotClosed')}</p>;
  }
  return (
    <div className="device-station" data-testid="device-station">
      <PaperEntry ballot={ballot} />
    </div>
  );
}
