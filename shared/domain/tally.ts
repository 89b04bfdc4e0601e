/**
 * The count of a consultation / election ballot (docs/ballots.md, "Who is
 * elected"). Two entry paths, one rule: papers as entered (struck numbers or the board's reason), or the
 * hand-counted totals (aggregate). Both feed the same `elect` of election.ts.
 */
import type { BallotCounts, BallotRules, Candidate, InvalidReason, PaperMarks, ThresholdBase } from './ballot';
import { INVALID_REASONS } from './ballot';
import { elect } from './election';
import type { Tie } from './election';
import { percentHundredths } from './format';
import type { KeyedProblem } from '../i18n/translator';

export interface PaperVerdict {
  paper: number;
  valid: boolean;
  reason: InvalidReason | null;
  /** Candidate numbers not struck, in printed order (also given for invalid papers). */
  kept: number[];
}

/** Hand-counted totals: valid and invalid papers and each candidate's votes by candidate number. */
export interface AggregateCounts {
  valid: number;
  invalid: number;
  votes: Readonly<Record<number, number>>;
}

export interface TallyInput {
  seats: number;
  candidates: readonly Candidate[];
  counts: BallotCounts;
  rules: BallotRules;
  /** Exactly one of `papers` and `aggregate`. */
  papers?: readonly PaperMarks[];
  aggregate?: AggregateCounts;
}

export interface CandidateResult {
  number: number;
  name: string;
  birthDate: string | null;
  votes: number;
  /** Hundredths of a percent: 3082 = 30,82 %. */
  percentOfBase: number;
  percentOfValid: number;
  passed: boolean;
  elected: boolean;
  tiedAtCutoff: boolean;
  /** 1-based by votes; equal votes share a rank ("1, 2, 2, 4"). */
  rank: number;
}

export interface TallyResult {
  seats: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  /** Per reason on the paper path; all zero on the aggregate path (a hand count gives only the total). */
  invalidByReason: Record<InvalidReason, number>;
  base: { kind: ThresholdBase; value: number };
  /** In the input (printed) order. */
  candidates: CandidateResult[];
  /** Candidate numbers in order of votes, ties broken as the rule decided. */
  elected: number[];
  tie: Tie | null;
  seatsFilled: number;
  seatsOpen: number;
}

/** The one place a paper's validity is decided, given how many names it keeps. */
function invalidReason(marks: PaperMarks, keptCount: number, seats: number, rules: BallotRules): InvalidReason | null {
  if (marks.invalid !== null) return marks.invalid;
  if (keptCount > seats) return 'too_many_kept';
  if (keptCount === 0 && rules.allStruck === 'invalid') return 'all_struck';
  return null;
}

/** One paper: the board's reason first, then too many kept, then all struck per the rule. */
export function classifyPaper(marks: PaperMarks, candidateNumbers: readonly number[], seats: number, rules: BallotRules): PaperVerdict {
  const struck = new Set(marks.struck);
  const kept = candidateNumbers.filter((number) => !struck.has(number));
  const reason = invalidReason(marks, kept.length, seats, rules);
  return { paper: marks.paper, valid: reason === null, reason, kept };
}

function emptyReasons(): Record<InvalidReason, number> {
  return Object.fromEntries(INVALID_REASONS.map((r) => [r, 0])) as Record<InvalidReason, number>;
}

interface Counted {
  votes: Int32Array;
  valid: number;
  invalid: number;
  invalidByReason: Record<InvalidReason, number>;
}

/**
 * votes(c) = valid papers − valid papers on which c is struck: one pass over the struck numbers only,
 * with a per-candidate stamp instead of a Set per paper (1,500 × 400 runs in about a millisecond).
 */
function countPapers(papers: readonly PaperMarks[], candidates: readonly Candidate[], seats: number, rules: BallotRules): Counted {
  const n = candidates.length;
  let maxNumber = 0;
  for (const c of candidates) maxNumber = Math.max(maxNumber, c.number);
  const indexOf = new Int32Array(maxNumber + 1).fill(-1);
  candidates.forEach((c, i) => (indexOf[c.number] = i));
  const struckOnValid = new Int32Array(n);
  const stamp = new Int32Array(n); // paper ordinal + 1 when already seen on the current paper
  const distinct = new Int32Array(n);
  const invalidByReason = emptyReasons();
  let valid = 0;
  let invalid = 0;
  papers.forEach((marks, ordinal) => {
    let struckCount = 0;
    for (const number of marks.struck) {
      const i = Number.isInteger(number) && number > 0 && number <= maxNumber ? (indexOf[number] ?? -1) : -1;
      if (i < 0 || stamp[i] === ordinal + 1) continue;
      stamp[i] = ordinal + 1;
      distinct[struckCount++] = i;
    }
    const reason = invalidReason(marks, n - struckCount, seats, rules);
    if (reason !== null) {
      invalid++;
      invalidByReason[reason]++;
      return;
    }
    valid++;
    for (let k = 0; k < struckCount; k++) struckOnValid[distinct[k]!]!++;
  });
  const votes = new Int32Array(n);
  for (let i = 0; i < n; i++) votes[i] = valid - struckOnValid[i]!;
  return { votes, valid, invalid, invalidByReason };
}

function countAggregate(aggregate: AggregateCounts, candidates: readonly Candidate[]): Counted {
  const votes = new Int32Array(candidates.length);
  candidates.forEach((c, i) => (votes[i] = aggregate.votes[c.number] ?? 0));
  return { votes, valid: aggregate.valid, invalid: aggregate.invalid, invalidByReason: emptyReasons() };
}

function baseValue(kind: ThresholdBase, counts: BallotCounts, valid: number, returned: number): number {
  switch (kind) {
    case 'present':
      return counts.present;
    case 'summoned':
      return counts.summoned;
    case 'valid':
      return valid;
    case 'returned':
      return returned;
  }
}

export function tally(input: TallyInput): TallyResult {
  const { seats, candidates, counts, rules, papers, aggregate } = input;
  if ((papers === undefined) === (aggregate === undefined)) throw new TypeError('tally: give exactly one of papers and aggregate');
  const numbers = new Set(candidates.map((c) => c.number));
  if (numbers.size !== candidates.length || candidates.some((c) => !Number.isInteger(c.number) || c.number < 1 || c.number > 1_000_000)) {
    throw new RangeError('tally: candidate numbers must be distinct integers from 1 to 1,000,000');
  }
  const counted = papers ? countPapers(papers, candidates, seats, rules) : countAggregate(aggregate!, candidates);
  const { votes, valid, invalid } = counted;
  const returned = valid + invalid;
  const base = { kind: rules.base, value: baseValue(rules.base, counts, valid, returned) };
  const outcome = elect({ seats, candidates, votes, base: base.value, tie: rules.tie });
  return {
    seats,
    issued: counts.issued,
    returned,
    valid,
    invalid,
    invalidByReason: counted.invalidByReason,
    base,
    candidates: candidates.map((c, i) => ({
      number: c.number,
      name: c.name,
      birthDate: c.birthDate,
      votes: votes[i]!,
      percentOfBase: percentHundredths(votes[i]!, base.value),
      percentOfValid: percentHundredths(votes[i]!, valid),
      passed: outcome.passed[i]!,
      elected: outcome.elected[i]!,
      tiedAtCutoff: outcome.tiedAtCutoff[i]!,
      rank: outcome.rank[i]!,
    })),
    elected: outcome.electedNumbers,
    tie: outcome.tie,
    seatsFilled: outcome.electedNumbers.length,
    seatsOpen: seats - outcome.electedNumbers.length,
  };
}

export type AggregateProblemCode =
  'negative' | 'not_integer' | 'unknown_candidate' | 'votes_exceed_valid' | 'votes_sum_exceeds' | 'returned_exceeds_issued';

/** One thing wrong with a hand count, by catalog key (shared/i18n/vi-refusals.ts `tally.problem.*`). */
export interface AggregateProblem extends KeyedProblem {
  code: AggregateProblemCode;
  /** The candidate concerned, when there is one. */
  candidate?: number;
}

/** Which number a problem is about (`tally.field.*`). */
type CountField = { field: 'valid' | 'invalid' } | { field: 'votesFor'; name: string };

/** What a hand count cannot be: the service refuses to save totals with any problem. */
export function checkAggregate(
  input: Pick<TallyInput, 'seats' | 'candidates' | 'counts'> & { aggregate: AggregateCounts },
): AggregateProblem[] {
  const { seats, candidates, counts, aggregate } = input;
  const problems: AggregateProblem[] = [];
  // A number that is itself wrong is reported alone, not again through every comparison it spoils.
  const checkNumber = (value: number, field: CountField, candidate?: number): boolean => {
    const at = candidate === undefined ? {} : { candidate };
    if (!Number.isInteger(value))
      problems.push({ code: 'not_integer', key: 'tally.problem.notInteger', params: { ...field, value }, ...at });
    else if (value < 0) problems.push({ code: 'negative', key: 'tally.problem.negative', params: { ...field, value }, ...at });
    else return true;
    return false;
  };
  const validOk = checkNumber(aggregate.valid, { field: 'valid' });
  const totalsOk = checkNumber(aggregate.invalid, { field: 'invalid' }) && validOk;
  const known = new Set(candidates.map((c) => c.number));
  for (const key of Object.keys(aggregate.votes)) {
    if (!known.has(Number(key))) {
      problems.push({ code: 'unknown_candidate', key: 'tally.problem.unknownCandidate', params: { number: key } });
    }
  }
  let sum = 0;
  let votesOk = true;
  for (const c of candidates) {
    const v = aggregate.votes[c.number] ?? 0;
    sum += v;
    const ok = checkNumber(v, { field: 'votesFor', name: c.name }, c.number);
    votesOk &&= ok;
    if (ok && validOk && v > aggregate.valid) {
      problems.push({
        code: 'votes_exceed_valid',
        key: 'tally.problem.votesExceedValid',
        params: { name: c.name, votes: v, valid: aggregate.valid },
        candidate: c.number,
      });
    }
  }
  if (validOk && votesOk && sum > aggregate.valid * seats) {
    problems.push({
      code: 'votes_sum_exceeds',
      key: 'tally.problem.votesSumExceeds',
      params: { sum, valid: aggregate.valid, seats, limit: aggregate.valid * seats },
    });
  }
  const returned = aggregate.valid + aggregate.invalid;
  if (totalsOk && returned > counts.issued) {
    problems.push({
      code: 'returned_exceeds_issued',
      key: 'tally.problem.returnedExceedsIssued',
      params: { returned, issued: counts.issued },
    });
  }
  return problems;
}
