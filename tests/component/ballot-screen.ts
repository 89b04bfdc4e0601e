import { setClient } from '../../renderer/app/client-instance';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { getInitialBallotsState, useBallots } from '../../renderer/features/ballots/ballots-store';
import { getInitialPaperEntryState, usePaperEntry } from '../../renderer/features/ballots/paper-entry-store';
import { type Settings, names, settings } from '../helpers/ballot-settings';
import { engineBridge } from '../helpers/engine-bridge';
import type { TempEngine } from '../helpers/temp-engine';

/**
 * A congress with one ballot, open for entry, and the operator's stores pointed at its entry pane
 * on a real engine: what a component test of the ballot screens starts from. Returns the ballot id.
 */
export async function openBallotScreen(t: TempEngine, overrides: Partial<Settings>, candidates: string[]): Promise<number> {
  await t.engine.call('congress:create', { name: 'Đại hội thử nghiệm', path: t.file('c.congress') });
  const { id } = await t.engine.call('ballots:create', settings(overrides));
  await t.engine.call('ballots:setCandidates', { id, candidates: names(...candidates) });
  await t.engine.call('ballots:open', { id });
  useApp.setState({ ...getInitialAppState(), view: 'ballots' });
  useBallots.setState({ ...getInitialBallotsState(), selectedId: id, pane: 'entry' });
  usePaperEntry.setState(getInitialPaperEntryState());
  setClient(createClient(engineBridge(t.engine)));
  return id;
}
