/**
 * What the hall sees. A slide is a kind plus the references the projector reads it from (a ballot,
 * a vote, an agenda step, a message typed by the operator). Every capability adds its kinds here and
 * its data source in main/services/projector-slides.ts; the stage (on air, queued, black, theme) is
 * the same for all of them.
 */
/** The agenda's slides: they follow the step under way, so they need no reference. */
export const AGENDA_SLIDES = ['agenda', 'agenda_step', 'speaker', 'countdown'] as const;

export const SLIDE_KINDS = [
  'welcome',
  'attendance',
  'blank',
  'logo',
  'message',
  'vote_result',
  'ballot_result',
  'ballot_elected',
  ...AGENDA_SLIDES,
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** A slide as the operator chooses it: the kind and only the references that kind needs. */
export interface SlideRef {
  slide: SlideKind;
  /**
   * A paged slide (PAGED_SLIDES) held on one page by the operator, from 0; absent or null: its
   * pages turn by themselves. The page count depends on the screen (renderer/features/slides/
   * use-fit.ts), so each screen shows this page modulo its own count.
   */
  page?: number | null;
  ballotId?: number | null;
  voteId?: number | null;
  stepId?: number | null;
  message?: string | null;
}

/** Which reference a kind cannot do without (checked when it is put on air or queued). */
export const SLIDE_NEEDS: Partial<Record<SlideKind, keyof Omit<SlideRef, 'slide'>>> = {
  ballot_result: 'ballotId',
  ballot_elected: 'ballotId',
  vote_result: 'voteId',
  message: 'message',
};

/** Slides whose list runs over several pages on a long ballot: the clicker turns them. */
export const PAGED_SLIDES: readonly SlideKind[] = ['ballot_result', 'ballot_elected'];

/** Keeps the references a kind uses and drops the rest, so what is stored says exactly what is shown. */
export function normaliseSlide(ref: SlideRef): SlideRef {
  const out: SlideRef = { slide: ref.slide };
  const need = SLIDE_NEEDS[ref.slide];
  if (need) (out as unknown as Record<string, unknown>)[need] = ref[need] ?? null;
  if (PAGED_SLIDES.includes(ref.slide) && typeof ref.page === 'number') out.page = ref.page;
  return out;
}

/** Where a held page goes with the clicker: the next or previous one; from turning by itself, page 2 or the last. */
export function turnedPage(held: number | null | undefined, by: 1 | -1): number {
  return held === null || held === undefined ? (by === 1 ? 1 : -1) : held + by;
}

/** The page a screen with `count` pages shows for a held page (negative counts from the end). */
export function pageOnScreen(held: number, count: number): number {
  return ((held % count) + count) % count;
}

/** Red and gold for the occasion; plain high contrast for a washed-out projector or a bright hall. */
export const PROJECTOR_THEMES = ['red_gold', 'high_contrast'] as const;
export type ProjectorTheme = (typeof PROJECTOR_THEMES)[number];

/** A free message on the wall: long enough for an announcement, short enough to read from the back. */
export const MESSAGE_MAX = 300;
