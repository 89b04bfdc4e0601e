/**
 * Who is elected, from the votes alone (docs/ballots.md): shared by the paper path and the
 * hand-count (aggregate) path of the tally so the two can never disagree.
 *
 * - A candidate passes with strictly more than half of the base: `votes * 2 > base`, in integers.
 * - Passing candidates are taken by votes, highest first, until the seats are filled.
 * - Equal votes straddling the last seat: `rerun` declares nobody in that group; `older` elects the
 *   oldest, but only as far as the birth dates really decide it. The rest stays a tie for a re-run.
 */
import type { Candidate, TieRule } from './ballot';

export interface Tie {
  /** Candidate numbers, in printed order. */
  numbers: number[];
  votes: number;
  /** Seats still open that the tied candidates compete for. */
  seatsContested: number;
}

export interface ElectionInput {
  seats: number;
  candidates: readonly Candidate[];
  /** `votes[i]` belongs to `candidates[i]`. */
  votes: ArrayLike<number>;
  base: number;
  tie: TieRule;
}

/** Per-candidate arrays are aligned with `candidates`. */
export interface ElectionOutcome {
  passed: boolean[];
  elected: boolean[];
  tiedAtCutoff: boolean[];
  /** 1-based by votes over all candidates; equal votes share a rank ("1, 2, 2, 4"). */
  rank: number[];
  /** Candidate numbers, in order of votes, ties broken as the rule decided. */
  electedNumbers: number[];
  tie: Tie | null;
}

/** Strictly more than half, in integers; a base of 0 lets nobody pass. */
export function passesThreshold(votes: number, base: number): boolean {
  return base > 0 && votes * 2 > base;
}

/**
 * A birth date as the interval of days it may denote, as yyyymmdd integers: a full date is one day,
 * a year-only date the whole year, an unknown date anything.
 */
export interface BirthSpan {
  lo: number;
  hi: number;
}

const BIRTH_DATE = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/;

export function birthSpan(birthDate: string | null): BirthSpan {
  const m = birthDate ? BIRTH_DATE.exec(birthDate.trim()) : null;
  if (!m) return { lo: -Infinity, hi: Infinity };
  const year = Number(m[1]) * 10000;
  if (m[2] === undefined || m[3] === undefined) return { lo: year + 101, hi: year + 1231 };
  const day = year + Number(m[2]) * 100 + Number(m[3]);
  return { lo: day, hi: day };
}

/** True only when `a` was certainly born before `b` (same day, unknown or overlapping → false). */
export function surelyOlder(a: BirthSpan, b: BirthSpan): boolean {
  return a.hi < b.lo;
}

export function elect(input: ElectionInput): ElectionOutcome {
  const { candidates, votes, base } = input;
  const n = candidates.length;
  const passed = new Array<boolean>(n).fill(false);
  const elected = new Array<boolean>(n).fill(false);
  const tiedAtCutoff = new Array<boolean>(n).fill(false);
  const rank = new Array<number>(n).fill(0);
  const electedNumbers: number[] = [];
  let tie: Tie | null = null;

  const vote = (i: number): number => votes[i] ?? 0;
  const byVotes = Array.from({ length: n }, (_, i) => i).sort((a, b) => vote(b) - vote(a) || a - b);
  byVotes.forEach((i, pos) => {
    const prev = byVotes[pos - 1];
    rank[i] = prev !== undefined && vote(prev) === vote(i) ? rank[prev]! : pos + 1;
    passed[i] = passesThreshold(vote(i), base);
  });

  const passing = byVotes.filter((i) => passed[i]);
  const declare = (i: number): void => {
    elected[i] = true;
    electedNumbers.push(candidates[i]!.number);
  };
  let seatsLeft = Math.max(0, input.seats);
  for (let start = 0; start < passing.length && seatsLeft > 0;) {
    let end = start + 1;
    while (end < passing.length && vote(passing[end]!) === vote(passing[start]!)) end++;
    const group = passing.slice(start, end); // printed order within equal votes
    if (group.length <= seatsLeft) {
      group.forEach(declare);
      seatsLeft -= group.length;
      start = end;
      continue;
    }
    const { sure, open } = input.tie === 'older' ? byAge(group, candidates, seatsLeft) : { sure: [], open: group };
    sure.forEach(declare);
    for (const i of open) tiedAtCutoff[i] = true;
    if (open.length > 0) {
      const numbers = [...open].sort((a, b) => a - b).map((i) => candidates[i]!.number);
      tie = { numbers, votes: vote(group[0]!), seatsContested: seatsLeft - sure.length };
    }
    break;
  }
  return { passed, elected, tiedAtCutoff, rank, electedNumbers, tie };
}

/**
 * The `older` rule on a group of equal votes competing for `seats` (< group size) seats. A member is
 * surely in when fewer than `seats` others might be older; surely out when at least `seats` others are
 * certainly older; anyone else cannot be placed by birth date and is left to a re-run. (These are exactly
 * the members in, resp. out of, the top `seats` in every ordering consistent with the known dates.)
 */
function byAge(group: readonly number[], candidates: readonly Candidate[], seats: number): { sure: number[]; open: number[] } {
  const spans = new Map(group.map((i) => [i, birthSpan(candidates[i]!.birthDate)] as const));
  const span = (i: number): BirthSpan => spans.get(i)!;
  const sure: number[] = [];
  const open: number[] = [];
  for (const m of group) {
    let mightBeOlder = 0;
    let certainlyOlder = 0;
    for (const o of group) {
      if (o === m) continue;
      if (!surelyOlder(span(m), span(o))) mightBeOlder++;
      if (surelyOlder(span(o), span(m))) certainlyOlder++;
    }
    if (mightBeOlder < seats) sure.push(m);
    else if (certainlyOlder < seats) open.push(m);
  }
  const cmp = (x: number, y: number): number => (x < y ? -1 : x > y ? 1 : 0); // spans may be ±Infinity
  sure.sort((a, b) => cmp(span(a).lo, span(b).lo) || cmp(span(a).hi, span(b).hi) || a - b);
  return { sure, open };
}
