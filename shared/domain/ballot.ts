/**
 * Consultation / election ballots (hiệp thương / bầu cử): the rule presets of docs/ballots.md, every
 * part visible and overridable per ballot.
 */

/** What "more than half" is counted against. */
export const THRESHOLD_BASES = ['present', 'summoned', 'valid', 'returned'] as const;
export type ThresholdBase = (typeof THRESHOLD_BASES)[number];

/** A paper on which every name is struck: valid-but-empty, or invalid. */
export const ALL_STRUCK_RULES = ['valid', 'invalid'] as const;
export type AllStruckRule = (typeof ALL_STRUCK_RULES)[number];

/** Equal votes straddling the last seat: nobody in the tie is declared (re-run), or the older wins. */
export const TIE_RULES = ['rerun', 'older'] as const;
export type TieRule = (typeof TIE_RULES)[number];

export interface BallotRules {
  base: ThresholdBase;
  allStruck: AllStruckRule;
  tie: TieRule;
}

export const RULE_PRESETS = {
  mttq: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
  party: { base: 'summoned', allStruck: 'invalid', tie: 'rerun' },
  law: { base: 'valid', allStruck: 'invalid', tie: 'older' },
  doan: { base: 'returned', allStruck: 'invalid', tie: 'rerun' },
} as const satisfies Record<string, BallotRules>;
export type RulePreset = keyof typeof RULE_PRESETS;

/**
 * A Fatherland Front ballot (and one without a preset, made before presets) consults — hiệp thương
 * cử, its members "trúng hiệp thương" — the others elect (bầu, "trúng cử"): docs/documents.md, Words.
 */
export function consults(preset: string | null): boolean {
  return preset === 'mttq' || preset === null;
}

export const BALLOT_KINDS = ['committee', 'delegation_official', 'delegation_alternate', 'other'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

export const BALLOT_METHODS = ['paper', 'hands_per_name', 'hands_whole_list'] as const;
export type BallotMethod = (typeof BALLOT_METHODS)[number];

/** preparing → open (papers entered) → counted → published → finalized. */
export const BALLOT_STATES = ['preparing', 'open', 'counted', 'published', 'finalized'] as const;
export type BallotState = (typeof BALLOT_STATES)[number];

/** Why the board declared a paper invalid: what an operator may enter with a paper. */
export const BOARD_REASONS = ['not_issued_form', 'written_in', 'identifying_mark', 'undeterminable'] as const;
export type BoardReason = (typeof BOARD_REASONS)[number];

/** Every reason a paper is invalid: the board's, then the two the software finds from the marks. */
export const INVALID_REASONS = [...BOARD_REASONS, 'too_many_kept', 'all_struck'] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export interface Candidate {
  /** The number printed on the paper: 1..n in printed order. */
  number: number;
  name: string;
  /** ISO `YYYY-MM-DD` or `YYYY`; needed to order identical names and for the `older` tie rule. */
  birthDate: string | null;
}

/** One returned paper as entered: the numbers struck through, or the board's invalid reason. */
export interface PaperMarks {
  paper: number;
  struck: readonly number[];
  /** Set by the board (not_issued_form, written_in, identifying_mark, undeterminable). */
  invalid: InvalidReason | null;
}

/** The counts that a base may need, known outside the papers. */
export interface BallotCounts {
  /** Official delegates summoned. */
  summoned: number;
  /** Official delegates present, snapshotted when the ballot opened (editable with a reason). */
  present: number;
  issued: number;
}
