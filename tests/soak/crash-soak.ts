// `npm run soak`: the crash campaign of tests/integration/safety/crash-random.test.ts, longer.
//   npm run soak -- [kills=500] [seed]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashCampaign } from '../helpers/crash-campaign';
import { HAZARDS, hazardCampaign } from '../helpers/hazard-campaign';

const kills = Number(process.argv[2] ?? 500);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'congress-soak-'));
const started = Date.now();
try {
  const report = await crashCampaign({
    dir,
    kills,
    seed,
    delegates: 5000,
    maxRun: 150,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  console.log(
    `\nsoak (seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s): ${report.kills} kills, ${report.commands} commands sent,`,
  );
  console.log(
    `  ${report.acknowledged} acknowledged, ${report.found} found, ${report.lost} lost, ${report.inFlightCommitted} committed in flight`,
  );
  console.log(`  ${JSON.stringify(report.byKind)}`);
  // Then the moments around the commands: open, close, restore, a damaged log, the file taken away.
  const hazards = await hazardCampaign({ dir, rounds: 10 * HAZARDS.length, seed, log: (line) => process.stdout.write(`${line}\n`) });
  console.log(
    `\nhazards: ${hazards.rounds} rounds, ${hazards.kills} kills, ${hazards.acknowledged} acknowledged, ${hazards.found} found, ${hazards.lost} lost`,
  );
  console.log(
    `  ${hazards.reportedLost} named as lost by a damaged log (to redo), ${hazards.refusedAfterLoss} refused after the file was taken; ${JSON.stringify(hazards.byHazard)}`,
  );
  const whole = report.lost === 0 && report.found === report.acknowledged && hazards.lost === 0 && hazards.found === hazards.acknowledged;
  process.exitCode = whole ? 0 : 1;
} catch (error) {
  console.error(`soak FAILED (seed ${seed}):`, error);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
