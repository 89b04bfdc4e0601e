/**
 * The hall's countdown, computed from what is stored: while running, the end instant; otherwise
 * the time left. Every screen ticks locally from these, so the engine sends nothing per second.
 */
export interface CountdownData {
  state: 'idle' | 'running' | 'paused';
  durationMs: number;
  endsAt: string | null;
  remainingMs: number;
}

/** Milliseconds left (negative once over time) at `nowMs`. */
export function remainingAt(t: CountdownData, nowMs: number): number {
  if (t.state === 'running' && t.endsAt) return Date.parse(t.endsAt) - nowMs;
  return t.remainingMs;
}

/**
 * Amber in the last minute, red in the last 15 seconds (less for a short countdown: a quarter and a
 * tenth of it), then "over": a speaker sees the colour change from the lectern without reading digits.
 */
export type CountdownPhase = 'normal' | 'amber' | 'red' | 'over';

export const AMBER_MS = 60_000;
export const RED_MS = 15_000;

export function countdownPhase(remainingMs: number, durationMs: number): CountdownPhase {
  if (remainingMs <= 0) return 'over';
  if (remainingMs <= Math.min(RED_MS, durationMs / 10)) return 'red';
  if (remainingMs <= Math.min(AMBER_MS, durationMs / 4)) return 'amber';
  return 'normal';
}

/** "7:00", "0:09", "−1:05" (over time), "1:02:03" past an hour. Whole seconds, rounded up. */
export function formatCountdown(ms: number): string {
  const over = ms < 0;
  // Rounded up while counting down so "0:00" appears only at the end; rounded down when over.
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return over && total > 0 ? `−${body}` : body;
}
