import fc from 'fast-check';
import type { BallotCounts, BallotRules, Candidate, InvalidReason, PaperMarks } from '../../../shared/domain/ballot';
import { ALL_STRUCK_RULES, INVALID_REASONS, THRESHOLD_BASES, TIE_RULES } from '../../../shared/domain/ballot';

/** Few distinct dates, so equal, year-only-vs-full and unknown dates meet often. */
export const BIRTH_DATES = [
  null,
  '1958',
  '1958-03-04',
  '1958-12-31',
  '1959-01-01',
  '1960-07-15',
  '1960-07-15',
  '1975',
  '1975-05-05',
] as const;

export const rulesArb: fc.Arbitrary<BallotRules> = fc.record({
  base: fc.constantFrom(...THRESHOLD_BASES),
  allStruck: fc.constantFrom(...ALL_STRUCK_RULES),
  tie: fc.constantFrom(...TIE_RULES),
});

export const countsArb: fc.Arbitrary<BallotCounts> = fc.record({
  summoned: fc.integer({ min: 0, max: 400 }),
  present: fc.integer({ min: 0, max: 400 }),
  issued: fc.integer({ min: 0, max: 400 }),
});

/** 1..max candidates with distinct numbers (not always 1..n) in printed order. */
export function candidatesArb(max: number): fc.Arbitrary<Candidate[]> {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: max + 20 }), { minLength: 1, maxLength: max, size: 'max' })
    .chain((numbers) =>
      fc
        .tuple(...numbers.map(() => fc.constantFrom(...BIRTH_DATES)))
        .map((dates) => numbers.map((number, i): Candidate => ({ number, name: `Ứng viên ${number}`, birthDate: dates[i] ?? null }))),
    );
}

const boardReason: fc.Arbitrary<InvalidReason | null> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID_REASONS) },
);

/**
 * Papers of every shape: nothing struck, all struck, random strikes (with repeats and numbers off the
 * list), few kept, and a "slate" that most papers keep nearly whole, so that candidates pass, the seats
 * fill and equal votes meet at the cut.
 */
export function papersArb(candidates: readonly Candidate[], seats: number, maxPapers: number): fc.Arbitrary<PaperMarks[]> {
  const numbers = candidates.map((c) => c.number);
  const any = fc.integer({ min: 0, max: Math.max(...numbers) + 2 });
  const strike = (kept: readonly number[]): number[] => numbers.filter((n) => !kept.includes(n));
  const fewKept = fc.subarray(numbers, { maxLength: Math.min(seats, numbers.length) }).map(strike);
  return fc.subarray(numbers, { minLength: 1, maxLength: Math.min(seats + 2, numbers.length) }).chain((slate) => {
    const slateKept = fc.oneof(
      { weight: 3, arbitrary: fc.constant(strike(slate)) },
      fc.subarray(slate, { minLength: Math.max(0, slate.length - 1) }).map(strike),
    );
    const struck = fc.oneof(
      fc.constant<number[]>([]),
      fc.constant([...numbers]),
      fc.array(any, { maxLength: numbers.length + 5 }),
      fewKept,
      // typed in another order, with repeats
      fewKept.map((s) => [...s].reverse().concat(s.slice(0, 3))),
      { weight: 20, arbitrary: slateKept },
    );
    return fc
      .array(fc.record({ struck, invalid: boardReason }), { maxLength: maxPapers, size: 'max' })
      .map((list) => list.map((p, i): PaperMarks => ({ paper: i + 1, struck: p.struck, invalid: p.invalid })));
  });
}
