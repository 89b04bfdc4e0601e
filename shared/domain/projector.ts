/**
 * What the hall sees. A slide is a kind plus the data the projector reads for it; later kinds
 * (agenda, vote result, ballot result…) slot into the same union.
 */
export const SLIDE_KINDS = ['welcome', 'attendance', 'blank', 'ballot_result', 'ballot_elected'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** Slides that show a ballot's result: only a published ballot may go on air. */
export const BALLOT_SLIDES: readonly SlideKind[] = ['ballot_result', 'ballot_elected'];
