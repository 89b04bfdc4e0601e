import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HAZARDS, hazardCampaign } from '../../helpers/hazard-campaign';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'congress-hazard-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('kills around open, close and restore, a damaged log after a kill, the file taken away during a run (CI size; `npm run soak` runs more)', () => {
  it('loses no acknowledged check-in in any of them', { timeout: 240_000 }, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const report = await hazardCampaign({ dir, rounds: 3 * HAZARDS.length, seed });
    console.log(
      `hazard campaign (seed ${seed}): ${report.rounds} rounds, ${report.kills} kills, ${report.acknowledged} acknowledged, ` +
        `${report.found} found, ${report.lost} lost, ${report.reportedLost} named as lost by a damaged log, ${report.refusedAfterLoss} refused after the file was taken; ${JSON.stringify(report.byHazard)}`,
    );
    expect(report.lost).toBe(0);
    expect(report.found).toBe(report.acknowledged);
    expect(report.kills).toBeGreaterThanOrEqual(8);
    expect(report.acknowledged).toBeGreaterThan(100);
    for (const h of HAZARDS) expect(report.byHazard[h]).toBe(3);
  });
});
