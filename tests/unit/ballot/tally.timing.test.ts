import type { Candidate, PaperMarks } from '../../../shared/domain/ballot';
import { RULE_PRESETS } from '../../../shared/domain/ballot';
import { tally } from '../../../shared/domain/tally';

/** A deterministic pseudo-random generator (no Math.random: the figure should be reproducible). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

it('national size: 1,500 papers × 400 candidates (timing printed, not asserted)', () => {
  const random = lcg(2026);
  const seats = 300;
  const candidates: Candidate[] = Array.from({ length: 400 }, (_, i) => ({ number: i + 1, name: `Ứng viên ${i + 1}`, birthDate: null }));
  const papers: PaperMarks[] = Array.from({ length: 1500 }, (_, p) => ({
    paper: p + 1,
    // strike about 110 of 400 names: most papers keep ≤ 300, some keep too many
    struck: candidates.filter(() => random() < 0.27).map((c) => c.number),
    invalid: random() < 0.01 ? 'written_in' : null,
  }));
  const input = { seats, candidates, counts: { summoned: 1500, present: 1500, issued: 1500 }, rules: RULE_PRESETS.law, papers };
  tally(input); // warm up
  const runs: number[] = [];
  let result = tally(input);
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    result = tally(input);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  console.log(`tally 1,500 papers × 400 candidates: median ${runs[10]!.toFixed(2)} ms, worst ${runs[19]!.toFixed(2)} ms (${result.valid} valid, ${result.elected.length} elected)`);
  expect(result.returned).toBe(1500);
});
