import type { Delegate } from './delegate';
import { foldForSearch } from './vietnamese-text';

/**
 * Quorum of the congress, a setting because it differs between organisations (docs/rules.md):
 * unions require at least 2/3 of official delegates summoned; the MTTQ figure is unconfirmed.
 */
export const QUORUM_RULES = ['two_thirds', 'more_than_half', 'none'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

export type AttendanceState = 'present' | 'absent_excused' | 'absent';

export interface AttendanceRecord {
  delegateId: number;
  sessionId: number;
  state: AttendanceState;
  reason: string | null;
  recordedAt: string;
}

export interface Presence {
  summoned: number;
  present: number;
}

export interface AttendanceSummary {
  sessionId: number | null;
  /** Official delegates only: alternates and guests never count toward quorum. */
  summoned: number;
  present: number;
  absentWithReason: number;
  /** Official delegates neither present nor excused, including those not yet marked. */
  absentWithoutReason: number;
  alternates: Presence;
  guestsInvited: number;
  guestsPresent: number;
  byCategory: {
    exOfficio: Presence;
    nominated: Presence;
    appointed: Presence;
    women: Presence;
    nonParty: Presence;
    ethnicMinority: Presence;
    religious: Presence;
  };
  quorum: { rule: QuorumRule; required: number; met: boolean };
}

/** Smallest number present that satisfies the rule; integer arithmetic only. */
export function quorumRequired(summoned: number, rule: QuorumRule): number {
  switch (rule) {
    case 'two_thirds':
      return Math.ceil((summoned * 2) / 3); // present * 3 >= summoned * 2
    case 'more_than_half':
      return Math.floor(summoned / 2) + 1; // present * 2 > summoned
    case 'none':
      return 0;
  }
}

export function quorumMet(present: number, summoned: number, rule: QuorumRule): boolean {
  switch (rule) {
    case 'two_thirds':
      return present * 3 >= summoned * 2;
    case 'more_than_half':
      return present * 2 > summoned;
    case 'none':
      return true;
  }
}

const NO_RELIGION = new Set(['', 'khong', 'khong co', 'khong ton giao', 'none']);

/** A roster has a handful of distinct values: fold each once, not once per delegate per count. */
function memoFold(test: (folded: string) => boolean): (value: string) => boolean {
  const seen = new Map<string, boolean>();
  return (value) => {
    let hit = seen.get(value);
    if (hit === undefined) {
      hit = test(foldForSearch(value));
      if (seen.size < 1000) seen.set(value, hit);
    }
    return hit;
  };
}

const minorityName = memoFold((f) => f !== '' && f !== 'kinh');
const religionName = memoFold((f) => !NO_RELIGION.has(f));

export function isEthnicMinority(delegate: Pick<Delegate, 'ethnicity'>): boolean {
  return delegate.ethnicity !== null && minorityName(delegate.ethnicity);
}

export function isReligious(delegate: Pick<Delegate, 'religion'>): boolean {
  return delegate.religion !== null && religionName(delegate.religion);
}

function emptyPresence(): Presence {
  return { summoned: 0, present: 0 };
}

function count(p: Presence, isPresent: boolean): void {
  p.summoned++;
  if (isPresent) p.present++;
}

export function summarizeAttendance(
  delegates: readonly Delegate[],
  records: readonly AttendanceRecord[],
  rule: QuorumRule,
  sessionId: number | null,
): AttendanceSummary {
  const stateOf = new Map<number, AttendanceState>();
  for (const r of records) stateOf.set(r.delegateId, r.state);

  const s: AttendanceSummary = {
    sessionId,
    summoned: 0,
    present: 0,
    absentWithReason: 0,
    absentWithoutReason: 0,
    alternates: emptyPresence(),
    guestsInvited: 0,
    guestsPresent: 0,
    byCategory: {
      exOfficio: emptyPresence(),
      nominated: emptyPresence(),
      appointed: emptyPresence(),
      women: emptyPresence(),
      nonParty: emptyPresence(),
      ethnicMinority: emptyPresence(),
      religious: emptyPresence(),
    },
    quorum: { rule, required: 0, met: false },
  };

  for (const d of delegates) {
    const state = stateOf.get(d.id);
    const present = state === 'present';
    if (d.status === 'guest') {
      s.guestsInvited++;
      if (present) s.guestsPresent++;
      continue;
    }
    if (d.status === 'alternate') {
      count(s.alternates, present);
      continue;
    }
    s.summoned++;
    if (present) s.present++;
    else if (state === 'absent_excused') s.absentWithReason++;
    else s.absentWithoutReason++;
    const c = s.byCategory;
    if (d.kind === 'ex_officio') count(c.exOfficio, present);
    if (d.kind === 'nominated') count(c.nominated, present);
    if (d.kind === 'appointed') count(c.appointed, present);
    if (d.gender === 'female') count(c.women, present);
    if (d.partyMember === false) count(c.nonParty, present);
    if (isEthnicMinority(d)) count(c.ethnicMinority, present);
    if (isReligious(d)) count(c.religious, present);
  }
  s.quorum = { rule, required: quorumRequired(s.summoned, rule), met: quorumMet(s.present, s.summoned, rule) };
  return s;
}
