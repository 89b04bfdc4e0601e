import Database from 'better-sqlite3';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { runWorkerUntilKilled, useEngineWorker } from '../../helpers/worker-process';
import { congressWith, names, settings } from './ballot-setup';

let t: TempEngine;
const worker = useEngineWorker();
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

/** Paper n strikes a pattern of its own, so a paper found with another paper's marks is caught too. */
const marksOf = (paper: number) => [1 + (paper % 7), 8 + (paper % 5)];

describe('a process killed during paper entry loses no saved paper', () => {
  it('keeps every paper acknowledged before SIGKILL, with its own marks, across three kills', async () => {
    await congressWith(t, 20, 20);
    const { id } = await t.engine.call('ballots:create', settings({ seats: 9, seatsApproved: 9 }));
    await t.engine.call('ballots:setCandidates', {
      id,
      candidates: names(...Array.from({ length: 15 }, (_, i) => `Ứng Cử Viên ${String.fromCharCode(65 + i)}`)),
    });
    await t.engine.call('ballots:open', { id });
    const path = t.engine.context().path;
    await t.engine.call('congress:close', {});

    const acknowledged: number[] = [];
    let next = 1;
    for (const killAfter of [5, 40, 120]) {
      const papers = Array.from({ length: 400 }, (_, i) => next + i);
      const commands = papers.map((paper) => ({
        channel: 'papers:record',
        input: { ballotId: id, pass: 1, paper, numbers: marksOf(paper), invalid: null },
      }));
      const run = await runWorkerUntilKilled(worker(), path, t.file('ws-child'), commands, killAfter);
      expect(run.failures).toEqual([]);
      expect(run.killed).toBe(true);
      const acked = run.acked.map((i) => papers[i]!);
      acknowledged.push(...acked);
      // A paper in flight at the kill may or may not have committed: the operator re-reads the screen.
      next = Math.max(...acked) + 2;
    }

    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    t.engine.open(path);
    const found = new Map((await t.engine.call('papers:list', { ballotId: id, pass: 1 })).map((p) => [p.paper, p.struck]));
    const lost = acknowledged.filter(
      (paper) => JSON.stringify(found.get(paper)) !== JSON.stringify([...marksOf(paper)].sort((a, b) => a - b)),
    );
    console.log(`paper entry crash test: ${acknowledged.length} acknowledged, ${found.size} found, ${lost.length} lost`);
    expect(lost).toEqual([]);
    expect(found.size).toBeLessThanOrEqual(acknowledged.length + 3); // at most the one in flight per kill
  });
});
