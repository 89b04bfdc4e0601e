/** The paper entry beside the scanning (renderer/features/scan/scan-entry.tsx), kept in step with what scans recorded. */
import { client } from '../../app/client-instance';
import { useBallots } from './ballots-store';
import { reloadEntryPass, usePaperEntry } from './paper-entry-store';

/**
 * The paper entry and the ballot's figures after scanned papers were recorded (no ballot event tells
 * them): the entry goes on after the last scanned paper of its pass, one waiting for the board too.
 */
async function follow(ballotId: number): Promise<void> {
  const { ballot } = useBallots.getState(); // the ballot as now: its list and figures are read again meanwhile
  if (ballot?.id !== ballotId) return;
  void useBallots.getState().refreshProgress();
  await reloadEntryPass(ballot);
  const { pass } = usePaperEntry.getState();
  const r = await client().call('papers:pending', { ballotId });
  if (!r.ok || usePaperEntry.getState().ballotId !== ballotId) return;
  const last = Math.max(0, ...r.value.filter((p) => p.pass === pass).map((p) => p.paper));
  usePaperEntry.setState((s) => ({ nextPaper: Math.max(s.nextPaper, last + 1) }));
}

/** `follow`, not waited for: given to the scanning as its `onRecorded` (one function, the same every render). */
export function followScans(ballotId: number): void {
  void follow(ballotId);
}
