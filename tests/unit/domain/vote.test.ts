import fc from 'fast-check';
import { voteCountProblem, voteOutcome, votePasses, votesRequired } from '../../../shared/domain/vote';
import { errorText } from '../../helpers/error-text';

const hall = (present: number, summoned = present) => ({ present, summoned });

describe('vote rules at their boundaries (integer arithmetic)', () => {
  it('more than half of those present: exactly 50 % fails, one more passes', () => {
    expect(votePasses('half_present', 50, 100)).toBe(false);
    expect(votePasses('half_present', 51, 100)).toBe(true);
    expect(votePasses('half_present', 35, 70)).toBe(false);
    expect(votePasses('half_present', 36, 71)).toBe(true); // 71 present: 36 is more than half
    expect(votePasses('half_present', 35, 71)).toBe(false);
    expect(votesRequired('half_present', 100)).toBe(51);
    expect(votesRequired('half_present', 71)).toBe(36);
  });

  it('at least two thirds: exactly 2/3 passes, one fewer fails', () => {
    expect(votePasses('two_thirds_present', 66, 99)).toBe(true);
    expect(votePasses('two_thirds_present', 65, 99)).toBe(false);
    // 100 present: 2/3 is 66,67, so 67 passes and 66 does not
    expect(votePasses('two_thirds_present', 67, 100)).toBe(true);
    expect(votePasses('two_thirds_present', 66, 100)).toBe(false);
    expect(votesRequired('two_thirds_present', 99)).toBe(66);
    expect(votesRequired('two_thirds_present', 100)).toBe(67);
  });

  it('more than half of those summoned measures against the summoned, not the hall', () => {
    const counts = { for: 60, against: 0, abstain: 0 };
    expect(voteOutcome('half_summoned', counts, hall(60, 120))).toMatchObject({
      base: 120,
      baseKind: 'summoned',
      passed: false,
      required: 61,
    });
    expect(voteOutcome('half_summoned', { ...counts, for: 61 }, hall(61, 120)).passed).toBe(true);
    expect(voteOutcome('half_present', counts, hall(60, 120)).passed).toBe(true);
  });

  it('nobody present never passes', () => {
    expect(votePasses('half_present', 0, 0)).toBe(false);
    expect(votePasses('two_thirds_present', 0, 0)).toBe(false);
  });

  it('the required count is exactly the smallest that passes (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('half_present', 'two_thirds_present', 'half_summoned' as const),
        fc.integer({ min: 1, max: 5000 }),
        (rule, base) => {
          const need = votesRequired(rule, base);
          expect(votePasses(rule, need, base)).toBe(true);
          expect(votePasses(rule, need - 1, base)).toBe(false);
        },
      ),
    );
  });
});

describe('vote outcome', () => {
  it('percentages of the base with a decimal comma', () => {
    const o = voteOutcome('half_present', { for: 138, against: 1, abstain: 1 }, hall(140));
    expect(o.percent).toEqual({ for: '98,57 %', against: '0,71 %', abstain: '0,71 %' });
    expect(o).toMatchObject({ passed: true, unanimous: false, base: 140 });
  });

  it('unanimous only when every delegate present is for', () => {
    expect(voteOutcome('two_thirds_present', { for: 140, against: 0, abstain: 0 }, hall(140)).unanimous).toBe(true);
    expect(voteOutcome('two_thirds_present', { for: 139, against: 0, abstain: 1 }, hall(140)).unanimous).toBe(false);
    expect(voteOutcome('half_present', { for: 140, against: 0, abstain: 0 }, hall(140)).percent.for).toBe('100,00 %');
  });
});

/** A vote's problem as a window words it (it crosses as a key, shared/i18n/vi-refusals.ts `vote.problem.*`). */
const said = (problem: ReturnType<typeof voteCountProblem>, locale: 'vi' | 'en' = 'vi') => (problem ? errorText(problem, locale) : '');

describe('counts that do not add up', () => {
  it('says how many are missing or too many, in Vietnamese', () => {
    expect(said(voteCountProblem({ for: 100, against: 2, abstain: 0 }, 100))).toContain('thừa 2');
    expect(said(voteCountProblem({ for: 90, against: 2, abstain: 0 }, 100))).toContain('thiếu 8');
    expect(voteCountProblem({ for: 98, against: 2, abstain: 0 }, 100)).toBeNull();
    expect(said(voteCountProblem({ for: 90, against: 2, abstain: 0 }, 100), 'en')).toContain('(8 missing)');
  });

  it('refuses negative or fractional hands and an empty hall', () => {
    expect(said(voteCountProblem({ for: -1, against: 101, abstain: 0 }, 100))).toContain('tán thành');
    expect(voteCountProblem({ for: 1.5, against: 0, abstain: 0 }, 100)).not.toBeNull();
    expect(said(voteCountProblem({ for: 0, against: 0, abstain: 0 }, 0))).toContain('có mặt');
  });
});
