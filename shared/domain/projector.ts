/**
 * What the hall sees. A slide is a kind plus the data the projector reads for it; later kinds
 * (agenda, vote result, ballot result…) slot into the same union.
 */
export const SLIDE_KINDS = ['welcome', 'attendance', 'blank'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];
