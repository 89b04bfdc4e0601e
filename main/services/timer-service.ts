import { remainingAt } from '../../shared/domain/countdown';
import { type Timer, putTimer } from '../db/agenda-timer';
import { appendAudit } from '../db/audit';
import { putSetting } from '../db/settings';
import { TIMER_SETTINGS_KEY, type TimerSettings, currentStep, defaultTimerMs, storedTimer, timerSettings } from './agenda-state';
import { type CongressContext, inTransaction } from './context';

/**
 * The hall's countdown. It is stored as its end instant while running, so closing the app (or a
 * crash) and reopening it finds the same time left, and every screen ticks from that instant.
 */

function save(ctx: CongressContext, action: string, before: Timer, after: Timer, at: string): Timer {
  putTimer(ctx.db, after, at);
  appendAudit(ctx.db, at, { action, entity: 'timer', before, after });
  return after;
}

function announce(ctx: CongressContext, t: Timer): Timer {
  ctx.emit('agenda:changed', {});
  return t;
}

/** Runs from `ms` now; inside the caller's transaction (also used when a speaker is called). */
export function startCountdown(ctx: CongressContext, ms: number, speakerId: number | null, at: string): Timer {
  const before = storedTimer(ctx);
  const endsAt = new Date(Date.parse(at) + ms).toISOString();
  const step = currentStep(ctx);
  return save(
    ctx,
    'timer.start',
    before,
    { state: 'running', durationMs: ms, endsAt, remainingMs: ms, stepId: step?.id ?? null, speakerId },
    at,
  );
}

/** Starts, or resumes where it was paused; with `seconds`, starts afresh from that. */
export function startTimer(ctx: CongressContext, seconds?: number): Timer {
  const t = inTransaction(ctx, () => {
    const at = ctx.now();
    const before = storedTimer(ctx);
    if (seconds !== undefined) return startCountdown(ctx, seconds * 1000, before.speakerId, at);
    if (before.state === 'running') return before;
    const endsAt = new Date(Date.parse(at) + before.remainingMs).toISOString();
    return save(ctx, 'timer.start', before, { ...before, state: 'running', endsAt }, at);
  });
  return announce(ctx, t);
}

export function pauseTimer(ctx: CongressContext): Timer {
  const t = inTransaction(ctx, () => {
    const at = ctx.now();
    const before = storedTimer(ctx);
    if (before.state !== 'running') return before;
    return save(
      ctx,
      'timer.pause',
      before,
      { ...before, state: 'paused', endsAt: null, remainingMs: remainingAt(before, Date.parse(at)) },
      at,
    );
  });
  return announce(ctx, t);
}

/** Stopped at the full time: the one given, else the current step's default. */
export function resetTimer(ctx: CongressContext, seconds?: number): Timer {
  const t = inTransaction(ctx, () => {
    const at = ctx.now();
    const before = storedTimer(ctx);
    const step = currentStep(ctx);
    const ms = seconds !== undefined ? seconds * 1000 : defaultTimerMs(ctx, step?.kind);
    return save(
      ctx,
      'timer.reset',
      before,
      { state: 'idle', durationMs: ms, endsAt: null, remainingMs: ms, stepId: step?.id ?? null, speakerId: null },
      at,
    );
  });
  return announce(ctx, t);
}

export function updateTimerSettings(ctx: CongressContext, patch: Partial<TimerSettings>): TimerSettings {
  const after = inTransaction(ctx, () => {
    const before = timerSettings(ctx);
    const next: TimerSettings = {
      defaults: { ...before.defaults, ...patch.defaults },
      autoStartWithSpeaker: patch.autoStartWithSpeaker ?? before.autoStartWithSpeaker,
    };
    putSetting(ctx.db, TIMER_SETTINGS_KEY, next);
    appendAudit(ctx.db, ctx.now(), { action: 'timer.settings', entity: 'timer', before, after: next });
    return next;
  });
  ctx.emit('agenda:changed', {});
  return after;
}
