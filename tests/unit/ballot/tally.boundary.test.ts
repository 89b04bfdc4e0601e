import type { BallotCounts, BallotRules, Candidate, InvalidReason, PaperMarks } from '../../../shared/domain/ballot';
import { RULE_PRESETS } from '../../../shared/domain/ballot';
import { INVALID_REASON_LABELS } from '../../../shared/domain/ballot-messages';
import { checkAggregate, classifyPaper, tally } from '../../../shared/domain/tally';
import type { TallyInput, TallyResult } from '../../../shared/domain/tally';
import { errorText } from '../../helpers/error-text';

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'];

function candidates(count: number, birthDates: (string | null)[] = []): Candidate[] {
  return NAMES.slice(0, count).map((name, i) => ({ number: i + 1, name, birthDate: birthDates[i] ?? null }));
}

/** Papers from the names each one keeps (the operator types the struck ones). */
function papersKeeping(
  list: readonly Candidate[],
  kept: readonly (readonly number[])[],
  invalid: (InvalidReason | null)[] = [],
): PaperMarks[] {
  return kept.map((keep, i) => ({
    paper: i + 1,
    struck: list.map((c) => c.number).filter((n) => !keep.includes(n)),
    invalid: invalid[i] ?? null,
  }));
}

/** `times` copies of a kept set. */
const times = (count: number, keep: readonly number[]): number[][] => Array.from({ length: count }, () => [...keep]);

const counts = (present: number, summoned = present, issued = present): BallotCounts => ({ summoned, present, issued });
const rules = (
  base: BallotRules['base'],
  tie: BallotRules['tie'] = 'rerun',
  allStruck: BallotRules['allStruck'] = 'invalid',
): BallotRules => ({ base, tie, allStruck });

function run(input: Omit<TallyInput, 'papers'> & { kept: number[][]; invalid?: (InvalidReason | null)[] }): TallyResult {
  const { kept, invalid, ...rest } = input;
  return tally({ ...rest, papers: papersKeeping(rest.candidates, kept, invalid) });
}

const byNumber = (r: TallyResult, n: number) => r.candidates.find((c) => c.number === n)!;

describe('more than half, in integers', () => {
  const list = candidates(3);
  // 10 valid papers, seats 3: An 6, Bình 5, Cường 4
  const kept = [...times(4, [1, 2, 3]), [1, 2], [1], [2], ...times(3, [])];

  it('exactly half does not pass; one more than half does', () => {
    const r = run({ seats: 3, candidates: list, counts: counts(10), rules: rules('valid', 'rerun', 'valid'), kept });
    expect(r.valid).toBe(10);
    expect(r.candidates.map((c) => c.votes)).toEqual([6, 6, 4]);
    const r2 = run({ seats: 3, candidates: list, counts: counts(12), rules: rules('present', 'rerun', 'valid'), kept });
    expect(r2.base).toEqual({ kind: 'present', value: 12 });
    expect(r2.candidates.map((c) => c.passed)).toEqual([false, false, false]); // 6 × 2 = 12, not > 12
    const r3 = run({ seats: 3, candidates: list, counts: counts(11), rules: rules('present', 'rerun', 'valid'), kept });
    expect(r3.candidates.map((c) => c.passed)).toEqual([true, true, false]); // 6 × 2 = 12 > 11
    expect(r3.elected).toEqual([1, 2]);
    expect(r3.seatsOpen).toBe(1);
  });

  it('percentages: integer hundredths, half up, against the base and against valid papers', () => {
    const r = run({ seats: 3, candidates: list, counts: counts(13), rules: rules('present', 'rerun', 'valid'), kept });
    expect(byNumber(r, 3).percentOfBase).toBe(3077); // 4/13 = 30,769… %
    expect(byNumber(r, 3).percentOfValid).toBe(4000); // 4/10
    expect(byNumber(r, 1).percentOfBase).toBe(4615); // 6/13 = 46,153… %
  });

  it('a base of 0 lets nobody pass and gives 0 % of the base', () => {
    const r = run({ seats: 2, candidates: list, counts: counts(0), rules: rules('present'), kept: [[1], [1, 2]] });
    expect(r.base).toEqual({ kind: 'present', value: 0 });
    expect(r.candidates.map((c) => [c.votes, c.passed, c.percentOfBase, c.percentOfValid])).toEqual([
      [2, false, 0, 10000],
      [1, false, 0, 5000],
      [0, false, 0, 0],
    ]);
    expect(r).toMatchObject({ elected: [], seatsOpen: 2 });
  });

  it('zero valid papers: nobody passes, every percentage is 0', () => {
    const r = run({ seats: 2, candidates: list, counts: counts(5), rules: rules('valid'), kept: [[1, 2, 3], []], invalid: [null, null] });
    expect(r).toMatchObject({
      returned: 2,
      valid: 0,
      invalid: 2,
      base: { kind: 'valid', value: 0 },
      elected: [],
      seatsFilled: 0,
      seatsOpen: 2,
      tie: null,
    });
    expect(r.invalidByReason).toMatchObject({ too_many_kept: 1, all_struck: 1 });
    for (const c of r.candidates)
      expect(c).toMatchObject({ votes: 0, percentOfBase: 0, percentOfValid: 0, passed: false, elected: false, rank: 1 });
    const none = tally({ seats: 2, candidates: list, counts: counts(5), rules: rules('present'), papers: [] });
    expect(none).toMatchObject({ returned: 0, valid: 0, elected: [], seatsOpen: 2 });
  });
});

describe('the base changes the outcome on the same papers', () => {
  // 8 valid papers keeping ≤ 3 of 4: An 7, Bình 6, Cường 5, Dung 4; 2 invalid (too many kept, written in)
  const list = candidates(4);
  const kept = [[1, 2, 4], [1, 2, 4], [1, 2, 4], [1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 3], [3, 4], [1, 2, 3, 4], [1]];
  const invalid: (InvalidReason | null)[] = [null, null, null, null, null, null, null, null, null, 'written_in'];
  const outcome = (base: BallotRules['base']) =>
    run({ seats: 3, candidates: list, counts: { summoned: 14, present: 12, issued: 10 }, rules: rules(base), kept, invalid });

  it('counts the papers once for all bases', () => {
    const r = outcome('valid');
    expect(r.candidates.map((c) => c.votes)).toEqual([7, 6, 5, 4]);
    expect(r).toMatchObject({ issued: 10, returned: 10, valid: 8, invalid: 2 });
    expect(r.invalidByReason).toEqual({
      not_issued_form: 0,
      written_in: 1,
      identifying_mark: 0,
      undeterminable: 0,
      too_many_kept: 1,
      all_struck: 0,
    });
  });

  it.each([
    ['valid', 8, [1, 2, 3]],
    ['returned', 10, [1, 2]],
    ['present', 12, [1]],
    ['summoned', 14, []],
  ] as const)('base %s = %i elects %j', (base, value, elected) => {
    const r = outcome(base);
    expect(r.base).toEqual({ kind: base, value });
    expect(r.elected).toEqual(elected);
    expect(r.seatsOpen).toBe(3 - elected.length);
  });
});

describe('paper validity', () => {
  const list = candidates(4);
  const numbers = list.map((c) => c.number);

  it('more names kept than seats is invalid; fewer kept than seats is valid', () => {
    expect(classifyPaper({ paper: 1, struck: [4], invalid: null }, numbers, 2, RULE_PRESETS.mttq)).toEqual({
      paper: 1,
      valid: false,
      reason: 'too_many_kept',
      kept: [1, 2, 3],
    });
    expect(classifyPaper({ paper: 2, struck: [1, 2], invalid: null }, numbers, 2, RULE_PRESETS.mttq)).toEqual({
      paper: 2,
      valid: true,
      reason: null,
      kept: [3, 4],
    });
    expect(classifyPaper({ paper: 3, struck: [1, 2, 4], invalid: null }, numbers, 2, RULE_PRESETS.mttq)).toEqual({
      paper: 3,
      valid: true,
      reason: null,
      kept: [3],
    });
  });

  it('struck is a set: repeats and numbers not on the list change nothing', () => {
    expect(classifyPaper({ paper: 1, struck: [2, 2, 1, 9, 1], invalid: null }, numbers, 2, RULE_PRESETS.mttq)).toMatchObject({
      valid: true,
      kept: [3, 4],
    });
    const r = tally({
      seats: 2,
      candidates: list,
      counts: counts(3),
      rules: rules('valid'),
      papers: [{ paper: 1, struck: [2, 2, 1, 9, 1], invalid: null }],
    });
    expect(r.candidates.map((c) => c.votes)).toEqual([0, 0, 1, 1]);
  });

  it('all names struck: valid and empty, or invalid, by the rule', () => {
    const papers = papersKeeping(list, [[], [1], [1, 2]]);
    const asValid = tally({ seats: 2, candidates: list, counts: counts(3), rules: rules('valid', 'rerun', 'valid'), papers });
    expect(asValid).toMatchObject({ valid: 3, invalid: 0, base: { value: 3 }, elected: [1] });
    expect(asValid.candidates.map((c) => c.votes)).toEqual([2, 1, 0, 0]);
    const asInvalid = tally({ seats: 2, candidates: list, counts: counts(3), rules: rules('valid', 'rerun', 'invalid'), papers });
    expect(asInvalid).toMatchObject({ valid: 2, invalid: 1, base: { value: 2 }, elected: [1] });
    expect(asInvalid.invalidByReason.all_struck).toBe(1);
    expect(classifyPaper(papers[0]!, numbers, 2, rules('valid', 'rerun', 'invalid')).reason).toBe('all_struck');
    expect(classifyPaper(papers[0]!, numbers, 2, rules('valid', 'rerun', 'valid'))).toEqual({
      paper: 1,
      valid: true,
      reason: null,
      kept: [],
    });
  });

  it('the board’s reason wins over the marks and counts no votes', () => {
    const papers: PaperMarks[] = [
      { paper: 1, struck: [3, 4], invalid: 'identifying_mark' },
      { paper: 2, struck: [3, 4], invalid: null },
    ];
    const r = tally({ seats: 2, candidates: list, counts: counts(2), rules: rules('returned'), papers });
    expect(r).toMatchObject({ valid: 1, invalid: 1, returned: 2 });
    expect(r.invalidByReason.identifying_mark).toBe(1);
    expect(r.candidates.map((c) => c.votes)).toEqual([1, 1, 0, 0]);
    expect(r.elected).toEqual([]); // 1 × 2 = 2, not > 2 papers returned
  });

  it('every invalid reason has a Vietnamese and English label', () => {
    for (const label of Object.values(INVALID_REASON_LABELS)) expect(label.vi.length * label.en.length).toBeGreaterThan(0);
    expect(INVALID_REASON_LABELS.all_struck.vi).toBe('Gạch hết tên');
  });
});

describe('who is elected', () => {
  it('ranks by votes, equal votes sharing a rank; lists candidates in printed order and the elected by votes', () => {
    const list = candidates(4);
    // votes: An 5, Bình 7, Cường 7, Dung 3 (11 valid papers, 10 present, seats 2)
    const kept = [...times(4, [2, 3]), ...times(2, [1, 2]), ...times(2, [1, 3]), [1, 4], [4, 2], [4, 3]];
    const r = run({ seats: 2, candidates: list, counts: counts(10), rules: rules('present'), kept });
    expect(r.candidates.map((c) => c.votes)).toEqual([5, 7, 7, 3]);
    expect(r.candidates.map((c) => c.rank)).toEqual([3, 1, 1, 4]);
    expect(r.candidates.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(r.elected).toEqual([2, 3]);
    expect(byNumber(r, 1)).toMatchObject({ passed: false, elected: false, tiedAtCutoff: false });
  });

  it('a passing candidate below the cut is simply not elected', () => {
    const list = candidates(3);
    // 11 valid papers, 8 present, 2 seats: An 8, Bình 6, Cường 5 all pass (> 4)
    const r = run({
      seats: 2,
      candidates: list,
      counts: counts(8),
      rules: rules('present'),
      kept: [...times(6, [1, 2]), ...times(2, [1, 3]), ...times(3, [3])],
    });
    expect(r.candidates.map((c) => [c.votes, c.passed, c.elected, c.tiedAtCutoff])).toEqual([
      [8, true, true, false],
      [6, true, true, false],
      [5, true, false, false],
    ]);
    expect(r).toMatchObject({ elected: [1, 2], tie: null, seatsOpen: 0 });
  });

  it('more seats than candidates: everyone passing is elected and the rest stay open', () => {
    const list = candidates(3);
    const r = run({ seats: 5, candidates: list, counts: counts(4), rules: rules('present'), kept: [[1, 2, 3], [1, 2, 3], [1, 2], [1]] });
    expect(r).toMatchObject({ valid: 4, elected: [1, 2], seatsFilled: 2, seatsOpen: 3, tie: null });
    expect(byNumber(r, 3)).toMatchObject({ votes: 2, passed: false }); // 2 × 2 = 4, not > 4
  });

  describe('equal votes at the last seat', () => {
    // An 8, Bình 7, Cường 7, Dung 2 of 12 valid papers, 12 present; 2 seats
    const kept = [...times(4, [1, 2]), ...times(4, [1, 3]), ...times(2, [2, 3]), [3, 4], [4, 2]];
    const votes = (r: TallyResult) => r.candidates.map((c) => c.votes);
    const election = (tie: BallotRules['tie'], birthDates: (string | null)[]) =>
      run({ seats: 2, candidates: candidates(4, birthDates), counts: counts(12), rules: rules('present', tie), kept });

    it('re-run: nobody in the tie is declared, the tie is reported', () => {
      const r = election('rerun', ['1970-01-01', '1960-01-01', '1980-01-01', null]);
      expect(votes(r)).toEqual([8, 7, 7, 2]);
      expect(r.elected).toEqual([1]);
      expect(r.tie).toEqual({ numbers: [2, 3], votes: 7, seatsContested: 1 });
      expect(r.candidates.map((c) => c.tiedAtCutoff)).toEqual([false, true, true, false]);
      expect(r.candidates.map((c) => c.elected)).toEqual([true, false, false, false]);
      expect(r).toMatchObject({ seatsFilled: 1, seatsOpen: 1 });
    });

    it('older: the earlier birth date wins', () => {
      const r = election('older', ['1990-01-01', '1965-04-30', '1965-05-01', null]);
      expect(r.elected).toEqual([1, 2]);
      expect(r.tie).toBeNull();
      expect(byNumber(r, 3)).toMatchObject({ passed: true, elected: false, tiedAtCutoff: false });
      const r2 = election('older', ['1990-01-01', '1966', '1965-12-31', null]);
      expect(r2.elected).toEqual([1, 3]); // a year-only date compares as that year
    });

    it('older: a year-only date against a full date of the same year cannot decide → tie', () => {
      const r = election('older', ['1990-01-01', '1965', '1965-05-01', null]);
      expect(r.elected).toEqual([1]);
      expect(r.tie).toEqual({ numbers: [2, 3], votes: 7, seatsContested: 1 });
    });

    it('older: the same or an unknown birth date cannot decide → tie', () => {
      expect(election('older', ['1990-01-01', '1965-05-01', '1965-05-01', null]).tie).toEqual({
        numbers: [2, 3],
        votes: 7,
        seatsContested: 1,
      });
      expect(election('older', ['1990-01-01', null, '1965-05-01', null]).tie).toEqual({ numbers: [2, 3], votes: 7, seatsContested: 1 });
    });

    it('older: sure winners by date are elected, oldest first, and the undecided rest is a tie', () => {
      // a group of four with equal votes competing for two seats:
      // Em 1949-12-31 is older than everyone; Bình 1950 and Cường 1950-06-01 cannot be ordered; Dung 1970 is youngest
      const list = candidates(5, ['1940-01-01', '1950', '1950-06-01', '1970-01-01', '1949-12-31']);
      const r = tally({
        seats: 3,
        candidates: list,
        counts: counts(4),
        rules: rules('present', 'older'),
        aggregate: { valid: 4, invalid: 0, votes: { 1: 4, 2: 3, 3: 3, 4: 3, 5: 3 } },
      });
      expect(r.elected).toEqual([1, 5]);
      expect(r.tie).toEqual({ numbers: [2, 3], votes: 3, seatsContested: 1 });
      expect(r.candidates.map((c) => [c.elected, c.tiedAtCutoff])).toEqual([
        [true, false],
        [false, true],
        [false, true],
        [false, false],
        [true, false],
      ]);
      // with one more seat both 1950 births are in, the older range first; the 1970 one is out
      const wider = tally({
        seats: 4,
        candidates: list,
        counts: counts(4),
        rules: rules('present', 'older'),
        aggregate: { valid: 4, invalid: 0, votes: { 1: 4, 2: 3, 3: 3, 4: 3, 5: 3 } },
      });
      expect(wider.elected).toEqual([1, 5, 2, 3]);
      expect(wider.tie).toBeNull();
    });
  });
});

describe('hand-counted totals (aggregate)', () => {
  const list = candidates(4);
  const kept = [[1, 2], [1, 2], [1, 3], [1], [2, 3], [], [1, 2, 3]];

  it('gives the same result as the papers with the same votes', () => {
    for (const preset of Object.values(RULE_PRESETS)) {
      const papers = papersKeeping(list, kept);
      const byPaper = tally({ seats: 2, candidates: list, counts: counts(7, 8, 7), rules: preset, papers });
      const votes = Object.fromEntries(byPaper.candidates.map((c) => [c.number, c.votes]));
      const byTotals = tally({
        seats: 2,
        candidates: list,
        counts: counts(7, 8, 7),
        rules: preset,
        aggregate: { valid: byPaper.valid, invalid: byPaper.invalid, votes },
      });
      expect({ ...byTotals, invalidByReason: undefined }).toEqual({ ...byPaper, invalidByReason: undefined });
      expect(Object.values(byTotals.invalidByReason).every((n) => n === 0)).toBe(true);
    }
  });

  it('a candidate missing from the totals has 0 votes', () => {
    const r = tally({
      seats: 2,
      candidates: list,
      counts: counts(5),
      rules: rules('valid'),
      aggregate: { valid: 5, invalid: 1, votes: { 1: 4 } },
    });
    expect(r.candidates.map((c) => c.votes)).toEqual([4, 0, 0, 0]);
    expect(r).toMatchObject({ returned: 6, elected: [1] });
  });

  it('needs exactly one of papers and totals, and distinct candidate numbers', () => {
    const base = { seats: 2, candidates: list, counts: counts(5), rules: rules('valid') };
    expect(() => tally(base)).toThrow(TypeError);
    expect(() => tally({ ...base, papers: [], aggregate: { valid: 0, invalid: 0, votes: {} } })).toThrow(TypeError);
    expect(() => tally({ ...base, candidates: [...list, list[0]!], papers: [] })).toThrow(RangeError);
  });

  describe('checkAggregate', () => {
    const check = (aggregate: { valid: number; invalid: number; votes: Record<number, number> }, issued = 10, seats = 2) =>
      checkAggregate({ seats, candidates: list, counts: { summoned: 12, present: 11, issued }, aggregate });
    const codes = (problems: ReturnType<typeof check>) => problems.map((p) => p.code);

    it('accepts consistent totals', () => {
      expect(check({ valid: 9, invalid: 1, votes: { 1: 9, 2: 5, 3: 4 } })).toEqual([]);
    });

    it('a candidate with more votes than valid papers', () => {
      const problems = check({ valid: 5, invalid: 0, votes: { 1: 6, 2: 1 } });
      expect(problems).toEqual([
        {
          code: 'votes_exceed_valid',
          candidate: 1,
          key: 'tally.problem.votesExceedValid',
          params: { name: 'Nguyễn Văn An', votes: 6, valid: 5 },
        },
      ]);
      expect(errorText(problems[0]!)).toBe('Nguyễn Văn An có 6 phiếu, nhiều hơn số phiếu hợp lệ (5).');
      expect(errorText(problems[0]!, 'en')).toBe('Nguyễn Văn An has 6 votes, more than the valid papers (5).');
    });

    it('more votes in total than valid papers × seats', () => {
      const problems = check({ valid: 5, invalid: 0, votes: { 1: 5, 2: 4, 3: 2 } });
      expect(codes(problems)).toEqual(['votes_sum_exceeds']);
      expect(errorText(problems[0]!)).toContain('(5 × 2 = 10)');
      expect(check({ valid: 5, invalid: 0, votes: { 1: 5, 2: 5 } })).toEqual([]); // exactly valid × seats is possible
    });

    it('negative and fractional numbers', () => {
      expect(codes(check({ valid: -1, invalid: 0, votes: {} }))).toEqual(['negative']);
      expect(codes(check({ valid: 5, invalid: -2, votes: { 2: -1 } }))).toEqual(['negative', 'negative']);
      expect(check({ valid: 5, invalid: 0, votes: { 2: -1 } })[0]).toMatchObject({ code: 'negative', candidate: 2 });
      expect(codes(check({ valid: 5, invalid: 0.5, votes: { 3: 1.5 } }))).toEqual(['not_integer', 'not_integer']);
    });

    it('more papers counted than issued', () => {
      const problems = check({ valid: 9, invalid: 2, votes: { 1: 3 } });
      expect(codes(problems)).toEqual(['returned_exceeds_issued']);
      expect(errorText(problems[0]!)).toBe('Số phiếu hợp lệ và không hợp lệ (11) nhiều hơn số phiếu phát ra (10).');
      expect(check({ valid: 9, invalid: 1, votes: {} })).toEqual([]);
    });

    it('votes for a number not on the list', () => {
      expect(codes(check({ valid: 5, invalid: 0, votes: { 7: 1 } }))).toEqual(['unknown_candidate']);
    });

    it('formats large numbers the Vietnamese way', () => {
      const problems = checkAggregate({
        seats: 1,
        candidates: list,
        counts: { summoned: 0, present: 0, issued: 1000 },
        aggregate: { valid: 1200, invalid: 0, votes: { 1: 1300 } },
      });
      expect(errorText(problems.find((p) => p.code === 'votes_exceed_valid')!)).toContain('1.300 phiếu');
      expect(errorText(problems.find((p) => p.code === 'returned_exceeds_issued')!)).toContain('(1.200)');
      expect(
        errorText(
          problems.find((p) => p.code === 'returned_exceeds_issued')!,
          'en',
        ),
      ).toContain('(1,200) exceed the papers issued (1,000)');
    });
  });
});
