/**
 * A reviewer device on the hall network (docs/hall-network.md §3): paired in its own browser and
 * approved with the role `reviewer`, it gets the counting board's review of the doubtful scanned
 * papers (renderer/features/scan/scan-review.tsx, fed by the device's link: papers:pending,
 * papers:sheetImage, papers:decide) and nothing else; its decisions are the engine's, as the device.
 */
import { recordScannedPages } from '../../main/services/scan-service';
import { congressFor } from '../integration/exports/export-setup';
import { readableBallot } from '../integration/scan/read-pages';
import { NAMES } from '../integration/scan/scan-setup';
import { type App, startApp } from './harness';
import { HALL, operatorCommands, pairInBrowser } from './hall-pairing';
import { eventually, expectText } from './wait';

let app: App;
let ballotId = 0;
beforeAll(async () => {
  app = await startApp();
  await congressFor(app.t, 6, 6);
  const { id, page } = await readableBallot(app.t, NAMES, 9);
  ballotId = id;
  recordScannedPages(app.t.engine.context(), {
    ballotId: id,
    pass: 1,
    pages: [
      page(1, { 1: 'struck', 2: 'struck', 3: 'struck' }),
      page(1, { 4: 'struck', 5: 'struck', 6: ['short-line'] }), // paper 2: one doubtful row
      page(1, { 1: 'struck' }, ['writing']), // paper 3: writing on the page
    ],
  });
  await operatorCommands(app)('network:start', { address: HALL, port: 0 });
});
afterAll(async () => {
  await app?.close();
});

describe('a reviewer device', () => {
  it('reviews the doubtful scanned papers of the open ballot, and each decision is committed as the device', async () => {
    const reviewer = await pairInBrowser(app, 'Máy rà soát 1', 'reviewer', { shown: 'scan-review' });
    await expectText(reviewer.getByTestId('device-role'), 'Máy rà soát');
    // Only the review: no paper entry, no check-in, no operator's tabs.
    expect(await reviewer.locator('.top-bar, .tabs, [data-testid="paper-field"], [data-testid="scan-field"]').count()).toBe(0);
    await expectText(reviewer.getByTestId('review-paper'), 'Phiếu số 2 · lượt 1');
    const sixth = (await app.t.engine.call('ballots:get', { id: ballotId })).candidates.find((c) => c.number === 6)!.name;
    await expectText(reviewer.getByTestId('review-label'), `Dòng 6: ${sixth}`);
    await app.shot(reviewer, 'hall-device-reviewer');
    await reviewer.getByTestId('review-struck').click();
    await expectText(reviewer.getByTestId('review-paper'), 'Phiếu số 3 · lượt 1');
    await reviewer.getByTestId('review-valid').click();
    await expectText(reviewer.getByTestId('review-none'), 'Không còn phiếu nào chờ xem');

    expect(await app.t.engine.call('papers:pending', { ballotId })).toEqual([]);
    const entered = await app.t.engine.call('papers:list', { ballotId, pass: 1 });
    expect(entered.find((p) => p.paper === 2)?.struck).toEqual([4, 5, 6]);
    const rows = app.t.engine
      .context()
      .db.prepare("SELECT role, device_name AS name FROM command_requests WHERE channel = 'papers:decide'")
      .all();
    expect(rows).toEqual([
      { role: 'reviewer', name: 'Máy rà soát 1' },
      { role: 'reviewer', name: 'Máy rà soát 1' },
    ]);
    await eventually(reviewer.getByTestId('review-item')).toHaveCount(0);
  });
});
