/**
 * What the row-level audit costs (SECURITY.md "What verify proves and what it cannot"): `verify` of
 * the national congress the other benches leave (1,500 delegates checked in, 1,500 papers), and the
 * change capture on one write: the same check-in update with the capture's triggers and without.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { appendAudit } from '../../main/db/audit';
import { openCongressDb } from '../../main/db/connection';
import { verifyCongressFile } from '../../main/db/verify';
import { ms, report, summarize } from './stats';

const WRITES = 1_500;

/** One check-in-like write and its audit entry per transaction, as a command does. */
function writeLoop(db: ReturnType<typeof openCongressDb>, delegates: number[]): number[] {
  const update = db.prepare('UPDATE attendance SET recorded_at = ? WHERE session_id = 1 AND delegate_id = ?');
  const samples: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const id = delegates[i % delegates.length]!;
    const at = new Date(Date.UTC(2026, 11, 15, 8, 0, i)).toISOString();
    const start = performance.now();
    db.transaction(() => {
      update.run(at, id);
      appendAudit(db, at, { action: 'bench.write', entity: 'attendance', entityId: `1:${id}` });
    })();
    samples.push(performance.now() - start);
  }
  return samples;
}

export function auditBench(file: string): void {
  const runs = Array.from({ length: 3 }, () => {
    const start = performance.now();
    const r = verifyCongressFile(file);
    if (!r.ok) throw new Error(`verify of the bench congress failed: ${JSON.stringify(r.data.differences.slice(0, 3))}`);
    return { ms: performance.now() - start, entries: r.auditEntries };
  });
  report(
    `verify, national congress (${runs[0]!.entries.toLocaleString('vi-VN')} audit entries)`,
    `median ${ms(summarize(runs.map((r) => r.ms)).median)}`,
  );

  const copy = `${file}.audit-bench.congress`;
  copyFileSync(file, copy);
  const db = openCongressDb(copy, { create: false });
  try {
    const delegates = db.prepare("SELECT delegate_id FROM attendance WHERE session_id = 1 AND state = 'present'").pluck().all() as number[];
    writeLoop(db, delegates); // warm-up: the WAL grows once, not in the first measured loop
    const captured = summarize(writeLoop(db, delegates));
    // the same writes with this table's capture triggers gone: what the capture itself costs
    for (const op of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER temp.audit_capture_attendance_${op}`);
    const bare = summarize(writeLoop(db, delegates));
    report(`one write + audit entry, with change capture (${WRITES})`, `median ${ms(captured.median)} p99 ${ms(captured.p99)}`);
    report(`one write + audit entry, capture triggers removed`, `median ${ms(bare.median)} p99 ${ms(bare.p99)}`);
  } finally {
    db.close();
    rmSync(copy, { force: true });
    rmSync(`${copy}-wal`, { force: true });
    rmSync(`${copy}-shm`, { force: true });
  }
}
