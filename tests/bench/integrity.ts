/**
 * What the full integrity check costs at national size: 1,500 delegates checked in, a 400-name
 * ballot with 1,500 papers (left by the ballot bench) and one with 1,500 papers × 2 entry passes.
 * It runs when a file is opened and before every count, publication and export
 * (main/engine/handlers.ts, INTEGRITY_CHECKED); quick_check, which open used before, for comparison.
 */
import { performance } from 'node:perf_hooks';
import type { Engine } from '../../main/engine/engine';
import { createRandom, generateDemoRoster } from '../../main/demo/demo-roster';
import { RULE_PRESETS } from '../../shared/domain/ballot';
import { ms, report, summarize } from './stats';
import { errorText } from '../helpers/error-text';

const CANDIDATES = 400;
const SEATS = 350;
const PAPERS = 1_500;
const PASSES = 2;

async function twoPassBallot(engine: Engine): Promise<number> {
  const random = createRandom(7);
  const candidates = generateDemoRoster(CANDIDATES, 23).map((d) => ({ name: d.fullName, birthDate: d.birthDate }));
  const ballot = await engine.call('ballots:create', {
    title: 'Bầu Ban Chấp hành (bench, 2 lượt nhập)',
    kind: 'committee',
    seatsApproved: SEATS + 10,
    seats: SEATS,
    method: 'paper',
    preset: 'mttq',
    rules: RULE_PRESETS.mttq,
    entryMode: 'struck',
    passes: PASSES,
  });
  await engine.call('ballots:setCandidates', { id: ballot.id, candidates });
  await engine.call('ballots:open', { id: ballot.id });
  await engine.call('ballots:setCounts', { id: ballot.id, issued: PAPERS });
  for (let paper = 1; paper <= PAPERS; paper++) {
    const struck = new Set<number>();
    while (struck.size < CANDIDATES - SEATS) struck.add(1 + Math.floor(random.next() * CANDIDATES));
    for (let pass = 1; pass <= PASSES; pass++) {
      const r = await engine.invoke('papers:record', { ballotId: ballot.id, pass, paper, numbers: [...struck], invalid: null });
      if (!r.ok) throw new Error(errorText(r.error));
    }
  }
  return ballot.id;
}

function timed(times: number, run: () => unknown): ReturnType<typeof summarize> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

async function timedAsync(times: number, run: () => Promise<unknown>): Promise<ReturnType<typeof summarize>> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export async function integrityBench(engine: Engine): Promise<void> {
  const ballotId = await twoPassBallot(engine);
  const { db, path } = engine.context();
  const pages = db.pragma('page_count', { simple: true }) as number;
  const bytes = pages * (db.pragma('page_size', { simple: true }) as number); // the log's pages included
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MB, ${pages.toLocaleString('vi-VN')} pages`;

  const full = timed(5, () => db.pragma('integrity_check(5)'));
  report(`integrity_check (${size})`, `median ${ms(full.median)} max ${ms(full.max)}`);
  const quick = timed(5, () => db.pragma('quick_check(5)'));
  report('quick_check, what open used before', `median ${ms(quick.median)}`);

  const tally = await timedAsync(3, () => engine.call('ballots:tally', { id: ballotId }));
  report(`ballots:tally, ${PAPERS.toLocaleString('vi-VN')} papers × ${PASSES} passes (check included)`, `median ${ms(tally.median)}`);
  const count = await timedAsync(1, () => engine.call('ballots:count', { id: ballotId }));
  report('ballots:count (check included, milestone copy too)', ms(count.median));
  const csv = await timedAsync(1, () => engine.call('exports:run', { what: 'tally', format: 'csv', ballotId }));
  report('export tally.csv (check included)', ms(csv.median));

  engine.close();
  const open = await timedAsync(1, () => engine.call('congress:open', { path }));
  report('congress:open of the national file (check included)', ms(open.median));
}
