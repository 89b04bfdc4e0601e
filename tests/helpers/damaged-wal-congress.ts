// Makes a congress file whose write-ahead log was damaged after a crash, for tests that cannot
// bundle the engine worker themselves (esbuild refuses to run under jsdom):
//   damaged-wal-congress <congress file> <workspace dir> <check-ins> <kill after>
// prints {"acked": [...codes]} once the worker was killed and one bit of a middle frame flipped.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TempEngine } from './temp-engine';
import { checkInThenKill, damageMiddleFrame } from './wal-crash';
import { bundleEngineWorker } from './worker-process';

const [file, workspace, count, killAfter] = process.argv.slice(2);
const codes = Array.from({ length: Number(count) }, (_, i) => `DB${String(i + 1).padStart(3, '0')}`);
const worker = await bundleEngineWorker();
try {
  const scratch = { file: (name: string) => join(workspace!, name) } as TempEngine;
  const { acked } = await checkInThenKill(worker, scratch, file!, codes, Number(killAfter));
  damageMiddleFrame(file!);
  process.stdout.write(JSON.stringify({ acked }));
} finally {
  rmSync(worker, { force: true });
}
