/**
 * The agenda (chương trình) of a congress: ordered steps, each of one kind. The kind decides the
 * default countdown and how the step is drawn; it never changes what the operator may do with it.
 */
export const STEP_KINDS = ['ceremony', 'report', 'discussion', 'vote', 'ballot', 'break'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const SPEAKER_STATES = ['waiting', 'speaking', 'spoken'] as const;
export type SpeakerState = (typeof SPEAKER_STATES)[number];

export const TIMER_STATES = ['idle', 'running', 'paused'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

/** Where a step stands in the meeting: already held, being held now, or still to come. */
export const STEP_PROGRESS = ['done', 'current', 'upcoming'] as const;
export type StepProgress = (typeof STEP_PROGRESS)[number];

/** 'HH:MM', 00:00–23:59: the hall's local clock, as a programme is printed. */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Countdown defaults per kind, in seconds. A speaker in a discussion (tham luận) is usually given
 * 5–7 minutes; a report is read in 15–20. Settings, not rules: the operator changes them.
 */
export const DEFAULT_TIMER_SECONDS: Record<StepKind, number> = {
  ceremony: 5 * 60,
  report: 15 * 60,
  discussion: 7 * 60,
  vote: 3 * 60,
  ballot: 15 * 60,
  break: 15 * 60,
};

export function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

export function minutesToClock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
