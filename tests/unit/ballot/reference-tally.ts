/**
 * A deliberately plain re-statement of the tally rules (docs/ballots.md, "Who is
 * elected"), written from the rules and not from shared/domain/tally.ts: loops, includes(), no typed
 * arrays, dates compared as strings. The property tests compare the real tally with it.
 */
import type { InvalidReason } from '../../../shared/domain/ballot';
import { INVALID_REASONS } from '../../../shared/domain/ballot';
import { percentHundredths } from '../../../shared/domain/format';
import type { TallyInput, TallyResult } from '../../../shared/domain/tally';

/** a was certainly born before b: an earlier year, or two full dates in order. */
export function refSurelyOlder(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  if (ya !== yb) return ya < yb;
  if (a.length === 10 && b.length === 10) return a < b;
  return false;
}

export function referenceTally(input: TallyInput): TallyResult {
  const { seats, candidates, counts, rules } = input;
  const numbers = candidates.map((c) => c.number);
  const votes: Record<number, number> = {};
  for (const n of numbers) votes[n] = 0;
  const invalidByReason = {} as Record<InvalidReason, number>;
  for (const r of INVALID_REASONS) invalidByReason[r] = 0;
  let valid = 0;
  let invalid = 0;

  if (input.papers) {
    for (const paper of input.papers) {
      const kept: number[] = [];
      for (const n of numbers) if (!paper.struck.includes(n)) kept.push(n);
      let reason: InvalidReason | null = null;
      if (paper.invalid !== null) reason = paper.invalid;
      else if (kept.length > seats) reason = 'too_many_kept';
      else if (kept.length === 0 && rules.allStruck === 'invalid') reason = 'all_struck';
      if (reason === null) {
        valid += 1;
        for (const n of kept) votes[n] = votes[n]! + 1;
      } else {
        invalid += 1;
        invalidByReason[reason] += 1;
      }
    }
  } else {
    const agg = input.aggregate!;
    valid = agg.valid;
    invalid = agg.invalid;
    for (const n of numbers) votes[n] = agg.votes[n] ?? 0;
  }

  const returned = valid + invalid;
  let baseValue = 0;
  if (rules.base === 'present') baseValue = counts.present;
  if (rules.base === 'summoned') baseValue = counts.summoned;
  if (rules.base === 'valid') baseValue = valid;
  if (rules.base === 'returned') baseValue = returned;

  // more than half, for integer votes: at least floor(base / 2) + 1, and nobody on an empty base
  const passed = (n: number): boolean => baseValue > 0 && votes[n]! >= Math.floor(baseValue / 2) + 1;

  const elected: number[] = [];
  const tied: number[] = [];
  let tieVotes = 0;
  let contested = 0;
  let seatsLeft = seats;
  const decided: number[] = [];
  while (seatsLeft > 0) {
    const left = numbers.filter((n) => passed(n) && !decided.includes(n));
    if (left.length === 0) break;
    let top = -1;
    for (const n of left) if (votes[n]! > top) top = votes[n]!;
    const group = left.filter((n) => votes[n] === top);
    if (group.length <= seatsLeft) {
      for (const n of group) elected.push(n);
      for (const n of group) decided.push(n);
      seatsLeft -= group.length;
      continue;
    }
    const born = (n: number): string | null => candidates.find((c) => c.number === n)!.birthDate;
    let sure: number[] = [];
    let open: number[] = group;
    if (rules.tie === 'older') {
      sure = [];
      open = [];
      for (const m of group) {
        const mayBeOlder = group.filter((o) => o !== m && !refSurelyOlder(born(m), born(o))).length;
        const olderForSure = group.filter((o) => o !== m && refSurelyOlder(born(o), born(m))).length;
        if (mayBeOlder < seatsLeft) sure.push(m);
        else if (olderForSure < seatsLeft) open.push(m);
      }
      const from = (d: string | null): string => (d === null ? '9999' : d.length === 4 ? `${d}-01-01` : d);
      const to = (d: string | null): string => (d === null ? '9999' : d.length === 4 ? `${d}-12-31` : d);
      sure.sort((a, b) => {
        if (from(born(a)) !== from(born(b))) return from(born(a)) < from(born(b)) ? -1 : 1;
        if (to(born(a)) !== to(born(b))) return to(born(a)) < to(born(b)) ? -1 : 1;
        return numbers.indexOf(a) - numbers.indexOf(b);
      });
    }
    for (const n of sure) elected.push(n);
    if (open.length > 0) {
      for (const n of open) tied.push(n);
      tieVotes = top;
      contested = seatsLeft - sure.length;
    }
    break;
  }

  return {
    seats,
    issued: counts.issued,
    returned,
    valid,
    invalid,
    invalidByReason,
    base: { kind: rules.base, value: baseValue },
    candidates: candidates.map((c) => {
      let higher = 0;
      for (const n of numbers) if (votes[n]! > votes[c.number]!) higher += 1;
      return {
        number: c.number,
        name: c.name,
        birthDate: c.birthDate,
        votes: votes[c.number]!,
        percentOfBase: percentHundredths(votes[c.number]!, baseValue),
        percentOfValid: percentHundredths(votes[c.number]!, valid),
        passed: passed(c.number),
        elected: elected.includes(c.number),
        tiedAtCutoff: tied.includes(c.number),
        rank: higher + 1,
      };
    }),
    elected,
    tie: tied.length > 0 ? { numbers: tied, votes: tieVotes, seatsContested: contested } : null,
    seatsFilled: elected.length,
    seatsOpen: seats - elected.length,
  };
}
