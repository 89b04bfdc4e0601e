/**
 * The operator window's stores as the ballot screen's «Nhập phiếu» pane opens on `ballotId`, talking
 * to the real engine: what each scan and review component test starts from.
 */
import { setClient } from '../../renderer/app/client-instance';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { getInitialBallotsState, useBallots } from '../../renderer/features/ballots/ballots-store';
import { getInitialPaperEntryState, usePaperEntry } from '../../renderer/features/ballots/paper-entry-store';
import { getInitialScanState, useScan } from '../../renderer/features/scan/scan-store';
import { engineBridge } from '../helpers/engine-bridge';
import type { TempEngine } from '../helpers/temp-engine';

export function openEntryPane(t: TempEngine, ballotId: number): void {
  useApp.setState({ ...getInitialAppState(), view: 'ballots' });
  useBallots.setState({ ...getInitialBallotsState(), selectedId: ballotId, pane: 'entry' });
  usePaperEntry.setState(getInitialPaperEntryState());
  useScan.setState(getInitialScanState());
  setClient(createClient(engineBridge(t.engine)));
}
