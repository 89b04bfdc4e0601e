/**
 * Ballot figures for a national-size count: 400 names, 1,500 papers. Targets:
 * tally < 50 ms, per-paper save p99 < 10 ms; keystrokes per paper for a typical paper.
 */
import { performance } from 'node:perf_hooks';
import type { Engine } from '../../main/engine/engine';
import { createRandom, generateDemoRoster } from '../../main/demo/demo-roster';
import { tally } from '../../shared/domain/tally';
import { RULE_PRESETS, type PaperMarks } from '../../shared/domain/ballot';
import { ms, report, summarize } from './stats';
import { errorText } from '../helpers/error-text';

const CANDIDATES = 400;
const SEATS = 350;
const PAPERS = 1_500;

/** A voter strikes a handful of the surplus names: mostly the 50 the list has over the seats. */
function typicalPaper(random: ReturnType<typeof createRandom>, paper: number, candidates = CANDIDATES, seats = SEATS): PaperMarks {
  const strikes = candidates - seats + Math.floor(random.next() * 4) - 1;
  const struck = new Set<number>();
  while (struck.size < Math.max(0, strikes)) struck.add(1 + Math.floor(random.next() * candidates));
  return { paper, struck: [...struck].sort((a, b) => a - b), invalid: null };
}

/** What the operator types: the struck numbers separated by spaces, then Enter. */
const keystrokes = (p: PaperMarks) => p.struck.reduce((n, c) => n + String(c).length + 1, 0) + (p.struck.length ? 0 : 1);

/** Returns the bench ballot (open, 1,500 papers entered) and a typical paper's numbers, for the screen bench. */
export async function ballotBench(engine: Engine): Promise<{ ballotId: number; typical: number[] }> {
  const random = createRandom(99);
  const candidates = generateDemoRoster(CANDIDATES, 17).map((d) => ({ name: d.fullName, birthDate: d.birthDate }));
  const ballot = await engine.call('ballots:create', {
    title: 'Hiệp thương cử Ủy ban Trung ương MTTQ Việt Nam (bench)',
    kind: 'committee',
    seatsApproved: SEATS + 10,
    seats: SEATS,
    method: 'paper',
    preset: 'mttq',
    rules: RULE_PRESETS.mttq,
    entryMode: 'struck',
    passes: 1,
  });
  await engine.call('ballots:setCandidates', { id: ballot.id, candidates });
  await engine.call('ballots:open', { id: ballot.id });

  const papers = Array.from({ length: PAPERS }, (_, i) => typicalPaper(random, i + 1));
  const saves: number[] = [];
  for (const p of papers) {
    const start = performance.now();
    const r = await engine.invoke('papers:record', { ballotId: ballot.id, pass: 1, paper: p.paper, numbers: [...p.struck], invalid: null });
    saves.push(performance.now() - start);
    if (!r.ok) throw new Error(errorText(r.error));
  }
  const s = summarize(saves);
  report(`paper save, ${CANDIDATES} names (${PAPERS} papers)`, `median ${ms(s.median)}`);
  report('paper save p99', ms(s.p99), '< 10 ms');

  const pure: number[] = [];
  const stored = (await engine.call('ballots:get', { id: ballot.id })).candidates;
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    tally({
      seats: SEATS,
      candidates: stored,
      counts: { summoned: 1500, present: 1450, issued: PAPERS },
      rules: RULE_PRESETS.mttq,
      papers,
    });
    pure.push(performance.now() - start);
  }
  report(`tally ${PAPERS.toLocaleString('vi-VN')} papers × ${CANDIDATES} names (pure)`, `median ${ms(summarize(pure).median)}`, '< 50 ms');
  const start = performance.now();
  await engine.call('ballots:tally', { id: ballot.id });
  report('tally from the congress file (load + tally)', ms(performance.now() - start));

  const keys = papers.map(keystrokes);
  const avg = keys.reduce((a, b) => a + b, 0) / keys.length;
  report(`keystrokes per paper (${CANDIDATES} names, ${SEATS} seats)`, avg.toFixed(1));
  const small = Array.from({ length: 348 }, (_, i) => typicalPaper(random, i + 1, 55, 50));
  const smallAvg = small.map(keystrokes).reduce((a, b) => a + b, 0) / small.length;
  report('keystrokes per paper (55 names, 50 seats: 2015 reference)', smallAvg.toFixed(1));
  return { ballotId: ballot.id, typical: [...typicalPaper(random, 0).struck] };
}
