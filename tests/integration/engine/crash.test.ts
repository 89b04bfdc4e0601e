import Database from 'better-sqlite3';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { runWorkerUntilKilled, useEngineWorker } from '../../helpers/worker-process';

let t: TempEngine;
const worker = useEngineWorker();
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

/** Runs check-ins in a child process and SIGKILLs it after `killAfter` acknowledgements. */
async function checkInThenKill(file: string, codes: string[], killAfter: number): Promise<string[]> {
  const commands = codes.map((code) => ({ channel: 'checkin:scan', input: { code } }));
  const run = await runWorkerUntilKilled(worker(), file, t.file('ws-child'), commands, killAfter);
  expect(run.failures).toEqual([]);
  return run.acked.map((i) => codes[i]!);
}

describe('a killed process loses no acknowledged check-in', () => {
  it('keeps every check-in acknowledged before SIGKILL, across several kills', async () => {
    const file = t.file('crash.congress');
    t.engine.openDemo(file);
    const codes = (await t.engine.call('delegates:list', {})).map((d) => d.code);
    await t.engine.call('congress:close', {});

    const acknowledged: string[] = [];
    let remaining = codes;
    for (const killAfter of [7, 23, 41]) {
      const acked = await checkInThenKill(file, remaining, killAfter);
      expect(acked.length).toBeGreaterThanOrEqual(killAfter);
      acknowledged.push(...acked);
      // codes in flight at the kill may or may not have committed; never re-send them
      remaining = remaining.slice(acked.length + 1);
    }

    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    t.engine.open(file);
    const present = new Set((await t.engine.call('attendance:list', {})).filter((r) => r.state === 'present').map((r) => r.delegateId));
    const byCode = new Map((await t.engine.call('delegates:list', {})).map((d) => [d.code, d.id]));
    const lost = acknowledged.filter((code) => !present.has(byCode.get(code)!));
    console.log(`crash test: ${acknowledged.length} acknowledged, ${present.size} found, ${lost.length} lost`);
    expect(lost).toEqual([]);
    expect(present.size).toBeGreaterThanOrEqual(acknowledged.length);
    expect(present.size).toBeLessThanOrEqual(acknowledged.length + 3); // at most one in flight per kill
  });
});
