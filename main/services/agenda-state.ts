import type { z } from 'zod';
import type { agendaStateSchema, agendaStepSchema, timerSettingsSchema } from '../../shared/contract/agenda-schemas';
import { DEFAULT_TIMER_SECONDS, type StepKind } from '../../shared/domain/agenda';
import { meetingDelay, stepSchedules } from '../../shared/domain/agenda-schedule';
import { type StoredStep, getStep, listSteps } from '../db/agenda';
import { type Timer, getTimer } from '../db/agenda-timer';
import { getSetting } from '../db/settings';
import { listSpeakers } from '../db/speakers';
import { type CongressContext, missing } from './context';

export type AgendaState = z.output<typeof agendaStateSchema>;
export type AgendaStep = z.output<typeof agendaStepSchema>;
export type TimerSettings = z.output<typeof timerSettingsSchema>;

export const CURRENT_STEP_KEY = 'agenda.currentStepId';
export const TIMER_SETTINGS_KEY = 'agenda.timerSettings';

export function currentStepId(ctx: CongressContext): number | null {
  return getSetting<number | null>(ctx.db, CURRENT_STEP_KEY) ?? null;
}

export function currentStep(ctx: CongressContext): StoredStep | undefined {
  const id = currentStepId(ctx);
  return id === null ? undefined : getStep(ctx.db, id);
}

export function loadStep(ctx: CongressContext, id: number): StoredStep {
  const step = getStep(ctx.db, id);
  if (!step) throw missing('agendaStep', { id });
  return step;
}

export function timerSettings(ctx: CongressContext): TimerSettings {
  const stored = getSetting<Partial<TimerSettings>>(ctx.db, TIMER_SETTINGS_KEY);
  return { defaults: { ...DEFAULT_TIMER_SECONDS, ...stored?.defaults }, autoStartWithSpeaker: stored?.autoStartWithSpeaker ?? true };
}

export function defaultTimerMs(ctx: CongressContext, kind: StepKind | undefined): number {
  return timerSettings(ctx).defaults[kind ?? 'discussion'] * 1000;
}

/** Before any countdown was set: stopped, at the current step's default. */
export function storedTimer(ctx: CongressContext): Timer {
  const t = getTimer(ctx.db);
  if (t) return t;
  const step = currentStep(ctx);
  const ms = defaultTimerMs(ctx, step?.kind);
  return { state: 'idle', durationMs: ms, endsAt: null, remainingMs: ms, stepId: step?.id ?? null, speakerId: null };
}

/** The steps with where each stands and its planned/actual times. */
export function agendaSteps(ctx: CongressContext): AgendaStep[] {
  const steps = listSteps(ctx.db);
  const current = currentStepId(ctx);
  const schedules = stepSchedules(steps);
  return steps.map((s, i) => ({
    ...s,
    progress: s.id === current ? 'current' : s.endedAt ? 'done' : 'upcoming',
    schedule: schedules[i]!,
  }));
}

export function agendaState(ctx: CongressContext): AgendaState {
  const steps = listSteps(ctx.db);
  const now = ctx.now();
  const current = currentStepId(ctx);
  return {
    steps: agendaSteps(ctx),
    currentStepId: current,
    speakers: listSpeakers(ctx.db),
    timer: storedTimer(ctx),
    timerSettings: timerSettings(ctx),
    delayMinutes: meetingDelay(steps, current, now),
    now,
  };
}
