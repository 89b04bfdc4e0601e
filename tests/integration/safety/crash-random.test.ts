import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashCampaign } from '../../helpers/crash-campaign';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'congress-crash-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGKILL at random points (CI size; `npm run soak` runs a longer campaign)', () => {
  it('loses no acknowledged command and shows nothing half-done, over 50 kills', { timeout: 240_000 }, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const report = await crashCampaign({ dir, kills: 50, seed, maxRun: 60 });
    console.log(
      `crash campaign (seed ${seed}): ${report.kills} kills, ${report.acknowledged} acknowledged, ${report.found} found, ` +
        `${report.lost} lost, ${report.inFlightCommitted} committed in flight; ${JSON.stringify(report.byKind)}`,
    );
    expect(report.kills).toBeGreaterThanOrEqual(50);
    expect(report.lost).toBe(0);
    expect(report.found).toBe(report.acknowledged);
    expect(report.acknowledged).toBeGreaterThan(1000);
    for (const kind of ['check-in', 'paper', 'paper edit', 'paper void', 'delegate edit']) expect(report.byKind[kind]).toBeGreaterThan(0);
  });
});
