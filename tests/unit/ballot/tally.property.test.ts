import fc from 'fast-check';
import type { BallotCounts, Candidate } from '../../../shared/domain/ballot';
import { elect } from '../../../shared/domain/election';
import { classifyPaper, tally } from '../../../shared/domain/tally';
import type { TallyInput, TallyResult } from '../../../shared/domain/tally';
import { BIRTH_DATES, candidatesArb, countsArb, papersArb, rulesArb } from './arbitraries';
import { referenceTally, refSurelyOlder } from './reference-tally';

/** Counts near the number of papers, so that every base can be passed or missed. */
const countsNear = (papers: number): fc.Arbitrary<BallotCounts> =>
  fc.oneof(
    { weight: 1, arbitrary: countsArb },
    {
      weight: 3,
      arbitrary: fc.record({
        summoned: fc.integer({ min: papers, max: papers + 20 }),
        present: fc.integer({ min: Math.max(0, papers - 5), max: papers + 10 }),
        issued: fc.integer({ min: papers, max: papers + 5 }),
      }),
    },
  );

export const paperInputArb: fc.Arbitrary<TallyInput> = candidatesArb(40).chain((candidates) =>
  fc.integer({ min: 1, max: candidates.length + 2 }).chain((seats) =>
    papersArb(candidates, seats, 300).chain((papers) =>
      fc.record({
        seats: fc.constant(seats),
        candidates: fc.constant(candidates),
        counts: countsNear(papers.length),
        rules: rulesArb,
        papers: fc.constant(papers),
      }),
    ),
  ),
);

/** Small vote counts over few candidates, so ties at the cut are common. */
export const aggregateInputArb: fc.Arbitrary<TallyInput> = candidatesArb(10).chain((candidates) =>
  fc.record({
    seats: fc.integer({ min: 1, max: candidates.length + 1 }),
    candidates: fc.constant(candidates),
    counts: countsArb.map((c) => ({ ...c, present: c.present % 9, summoned: c.summoned % 11 })),
    rules: rulesArb,
    aggregate: fc.record({
      valid: fc.integer({ min: 0, max: 6 }),
      invalid: fc.integer({ min: 0, max: 3 }),
      votes: fc
        .tuple(...candidates.map(() => fc.integer({ min: 0, max: 5 })))
        .map((v) => Object.fromEntries(candidates.map((c, i) => [c.number, v[i]!]))),
    }),
  }),
);

function checkInvariants(input: TallyInput, result: TallyResult): void {
  const byNumber = new Map(result.candidates.map((c) => [c.number, c]));
  expect(result.elected.length).toBeLessThanOrEqual(input.seats);
  expect(result.seatsFilled + result.seatsOpen).toBe(input.seats);
  for (const n of result.elected) expect(byNumber.get(n)!.passed).toBe(true);
  const electedVotes = result.elected.map((n) => byNumber.get(n)!.votes);
  // in order of votes
  electedVotes.forEach((v, i) => i > 0 && expect(v).toBeLessThanOrEqual(electedVotes[i - 1]!));
  const lowestElected = Math.min(...electedVotes);
  for (const c of result.candidates) {
    expect(c.elected && c.tiedAtCutoff).toBe(false);
    if (c.passed && !c.elected) expect(c.votes).toBeLessThanOrEqual(lowestElected);
    if (c.tiedAtCutoff) expect(c.passed).toBe(true);
  }
  if (result.tie) {
    expect(result.tie.seatsContested).toBeGreaterThan(0);
    expect(result.tie.seatsContested).toBeLessThan(result.tie.numbers.length);
    expect(result.tie.seatsContested).toBe(result.seatsOpen);
    for (const n of result.tie.numbers) expect(byNumber.get(n)!.votes).toBe(result.tie.votes);
  }
  expect(result.valid + result.invalid).toBe(result.returned);
  if (input.papers) {
    expect(result.returned).toBe(input.papers.length);
    expect(result.candidates.reduce((s, c) => s + c.votes, 0)).toBeLessThanOrEqual(result.valid * input.seats);
    expect(Object.values(result.invalidByReason).reduce((a, b) => a + b, 0)).toBe(result.invalid);
  }
}

describe('tally against the reference implementation', () => {
  it.each([
    { path: 'paper path', inputs: paperInputArb, numRuns: 300 },
    { path: 'aggregate path with frequent ties', inputs: aggregateInputArb, numRuns: 1000 },
  ])('$path: the whole result matches, and the invariants hold', ({ inputs, numRuns }) => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = tally(input);
        expect(result).toEqual(referenceTally(input));
        checkInvariants(input, result);
      }),
      { numRuns },
    );
  });

  it('the aggregate path gives the paper path’s result for the same totals', () => {
    fc.assert(
      fc.property(paperInputArb, (input) => {
        const byPaper = tally(input);
        const votes = Object.fromEntries(byPaper.candidates.map((c) => [c.number, c.votes]));
        const { papers: _papers, ...rest } = input;
        const byTotals = tally({ ...rest, aggregate: { valid: byPaper.valid, invalid: byPaper.invalid, votes } });
        expect({ ...byTotals, invalidByReason: null }).toEqual({ ...byPaper, invalidByReason: null });
      }),
      { numRuns: 200 },
    );
  });

  it('classifyPaper agrees with the tally on every paper', () => {
    fc.assert(
      fc.property(paperInputArb, (input) => {
        const numbers = input.candidates.map((c) => c.number);
        const verdicts = input.papers!.map((p) => classifyPaper(p, numbers, input.seats, input.rules));
        const result = tally(input);
        expect(verdicts.filter((v) => v.valid).length).toBe(result.valid);
        for (const c of result.candidates) {
          expect(verdicts.filter((v) => v.valid && v.kept.includes(c.number)).length).toBe(c.votes);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** The `older` rule by brute force: the top-`seats` sets consistent with the known dates. */
function bruteForceOlder(group: readonly Candidate[], seats: number): { sure: number[]; open: number[] } {
  const feasible: number[][] = [];
  for (let mask = 0; mask < 1 << group.length; mask++) {
    const inside = group.filter((_, i) => mask & (1 << i));
    if (inside.length !== seats) continue;
    const outside = group.filter((_, i) => !(mask & (1 << i)));
    if (outside.some((o) => inside.some((m) => refSurelyOlder(o.birthDate, m.birthDate)))) continue;
    feasible.push(inside.map((c) => c.number));
  }
  const sure = group.filter((c) => feasible.every((set) => set.includes(c.number))).map((c) => c.number);
  const open = group.filter((c) => !sure.includes(c.number) && feasible.some((set) => set.includes(c.number))).map((c) => c.number);
  return { sure, open };
}

describe('the older rule decides exactly what the birth dates decide', () => {
  it('matches a brute-force enumeration of the orders the dates allow', () => {
    const groupArb = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 9 }).chain((numbers) =>
      fc.record({
        candidates: fc
          .tuple(...numbers.map(() => fc.constantFrom(...BIRTH_DATES)))
          .map((d) => numbers.map((number, i): Candidate => ({ number, name: `C${number}`, birthDate: d[i] ?? null }))),
        seats: fc.integer({ min: 1, max: numbers.length - 1 }),
      }),
    );
    fc.assert(
      fc.property(groupArb, ({ candidates, seats }) => {
        const outcome = elect({ seats, candidates, votes: candidates.map(() => 5), base: 9, tie: 'older' });
        const expected = bruteForceOlder(candidates, seats);
        expect([...outcome.electedNumbers].sort((a, b) => a - b)).toEqual([...expected.sure].sort((a, b) => a - b));
        expect(outcome.tie?.numbers ?? []).toEqual(expected.open);
        if (outcome.tie) expect(outcome.tie.seatsContested).toBe(seats - expected.sure.length);
      }),
      { numRuns: 1000 },
    );
  });
});
