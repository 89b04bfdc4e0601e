/**
 * Show-of-hands votes (biểu quyết). A question passes when the "for" hands reach the rule's share of
 * its base. The base is the official delegates present (counted when the vote opens) or, for the
 * stricter rule, all official delegates summoned. Integer arithmetic only: "more than
 * half" is `for * 2 > base`, "at least two thirds" is `for * 3 >= base * 2`, so 50 % exactly fails
 * and 2/3 exactly passes, with no float in between.
 */
import { formatPercent } from './format';
import type { KeyedProblem } from '../i18n/translator';

export const VOTE_RULES = ['half_present', 'two_thirds_present', 'half_summoned'] as const;
export type VoteRule = (typeof VOTE_RULES)[number];
export const DEFAULT_VOTE_RULE: VoteRule = 'half_present';

export const VOTE_STATES = ['open', 'closed'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

/** Tán thành / không tán thành / không biểu quyết, as raised in the hall. */
export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

export interface VoteBase {
  present: number;
  summoned: number;
}

export interface VoteOutcome {
  /** The number the rule is measured against (present or summoned). */
  base: number;
  baseKind: 'present' | 'summoned';
  /** Smallest "for" that passes. */
  required: number;
  passed: boolean;
  unanimous: boolean;
  /** Percentages of the base, decimal comma: "98,57 %". */
  percent: { for: string; against: string; abstain: string };
}

export function voteBaseKind(rule: VoteRule): 'present' | 'summoned' {
  return rule === 'half_summoned' ? 'summoned' : 'present';
}

/** Smallest number of "for" hands that passes the rule on this base. */
export function votesRequired(rule: VoteRule, base: number): number {
  if (rule === 'two_thirds_present') return Math.ceil((base * 2) / 3); // for * 3 >= base * 2
  return Math.floor(base / 2) + 1; // for * 2 > base
}

export function votePasses(rule: VoteRule, votesFor: number, base: number): boolean {
  if (base <= 0) return false;
  if (rule === 'two_thirds_present') return votesFor * 3 >= base * 2;
  return votesFor * 2 > base;
}

/**
 * What is wrong with the numbers, or null when they can be closed: every count a whole number ≥ 0
 * and for + against + abstain equal to the delegates present (every hand in the hall is counted once).
 */
export function voteCountProblem(counts: VoteCounts, present: number): KeyedProblem | null {
  for (const field of ['for', 'against', 'abstain'] as const) {
    const n = counts[field];
    if (!Number.isInteger(n) || n < 0) return { key: 'vote.problem.notCount', params: { field } };
  }
  const sum = counts.for + counts.against + counts.abstain;
  if (present <= 0) return { key: 'vote.problem.nobodyPresent' };
  if (sum > present) return { key: 'vote.problem.tooMany', params: { sum, present, diff: sum - present } };
  if (sum < present) return { key: 'vote.problem.tooFew', params: { sum, present, diff: present - sum } };
  return null;
}

/** "Unanimous": every delegate present raised a hand for. */
export function unanimousCounts(present: number): VoteCounts {
  return { for: present, against: 0, abstain: 0 };
}

export function voteOutcome(rule: VoteRule, counts: VoteCounts, base: VoteBase): VoteOutcome {
  const baseKind = voteBaseKind(rule);
  const n = base[baseKind];
  return {
    base: n,
    baseKind,
    required: votesRequired(rule, n),
    passed: votePasses(rule, counts.for, n),
    unanimous: base.present > 0 && counts.for === base.present && counts.against === 0 && counts.abstain === 0,
    percent: { for: formatPercent(counts.for, n), against: formatPercent(counts.against, n), abstain: formatPercent(counts.abstain, n) },
  };
}
