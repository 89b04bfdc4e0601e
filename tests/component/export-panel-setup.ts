import { setClient } from '../../renderer/app/client-instance';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { createClient } from '../../renderer/client/client';
import { useExports } from '../../renderer/features/exports/exports-store';
import { engineBridge } from '../helpers/engine-bridge';
import { resetStores } from '../helpers/reset-stores';
import type { TempEngine } from '../helpers/temp-engine';
import { congressFor, countedBallot } from '../integration/exports/export-setup';

/** A small counted congress (6 delegates, one ballot of 3 papers): what the export panel's tests export. */
export async function countedCongress(t: TempEngine): Promise<void> {
  await congressFor(t, 6, 6);
  await countedBallot(t, [
    [5, 6, 7],
    [4, 6, 7],
    [1, 2, 3],
  ]);
}

/** The operator's stores on that congress, the export panel closed and empty, on a real engine. */
export async function pointAppAt(t: TempEngine): Promise<void> {
  const info = await t.engine.call('app:state', {});
  useApp.setState({ ...getInitialAppState(), view: 'checkin', loaded: true, app: info, congress: info.congress });
  resetStores(useExports);
  setClient(createClient(engineBridge(t.engine)));
}
