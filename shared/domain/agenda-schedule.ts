/**
 * Planned against actual. A programme prints a start time for the first step of a session and a
 * length for every step; the steps between follow each other. Actual times are instants (ISO) and
 * are compared in the hall's clock (Vietnam time, as check-in and the documents read them), given as
 * minutes since midnight so this stays pure (and testable in any time zone).
 */
import { clockToMinutes, minutesToClock } from './agenda';
import { vietnamTime } from './hall-time';

export interface ScheduleInput {
  id: number;
  sessionId: number | null;
  plannedStart: string | null;
  durationMinutes: number;
  startedAt: string | null;
  endedAt: string | null;
}

export interface StepSchedule {
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  startVarianceMinutes: number | null;
}

export type LocalMinutes = (iso: string) => number;

/** Minutes since midnight in the hall, whatever time zone the machine running the engine is set to. */
export const hallMinutes: LocalMinutes = (iso) => {
  const clock = vietnamTime(iso).slice(11, 19);
  const [h, m, s] = clock.split(':').map(Number);
  return h! * 60 + m! + s! / 60;
};

/**
 * Planned minutes for each step: its own start if it has one, otherwise the previous step's end
 * within the same session. A session change without a start time leaves the times unknown.
 */
function plannedMinutes(steps: readonly ScheduleInput[]): (number | null)[] {
  const out: (number | null)[] = [];
  let cursor: number | null = null;
  let session: number | null | undefined;
  for (const s of steps) {
    if (s.sessionId !== session) cursor = null;
    session = s.sessionId;
    const start: number | null = s.plannedStart ? clockToMinutes(s.plannedStart) : cursor;
    out.push(start);
    cursor = start === null ? null : start + s.durationMinutes;
  }
  return out;
}

export function stepSchedules(steps: readonly ScheduleInput[], toLocal: LocalMinutes = hallMinutes): StepSchedule[] {
  const planned = plannedMinutes(steps);
  return steps.map((s, i) => {
    const p = planned[i] ?? null;
    const actual = s.startedAt ? toLocal(s.startedAt) : null;
    return {
      plannedStart: p === null ? null : minutesToClock(p),
      plannedEnd: p === null ? null : minutesToClock(p + s.durationMinutes),
      actualStart: actual === null ? null : minutesToClock(Math.floor(actual)),
      actualEnd: s.endedAt ? minutesToClock(Math.floor(toLocal(s.endedAt))) : null,
      startVarianceMinutes: p === null || actual === null ? null : Math.round(actual - p),
    };
  });
}

/**
 * How far behind (positive) or ahead (negative) the meeting is, in whole minutes.
 * While a step runs: the later of "it started late by" and "it is running past its planned end by".
 * Between steps: how the last finished step ended against its planned end. Null before the first
 * step starts, or when the step in question has no planned time.
 */
export function meetingDelay(
  steps: readonly ScheduleInput[],
  currentStepId: number | null,
  now: string,
  toLocal: LocalMinutes = hallMinutes,
): number | null {
  const planned = plannedMinutes(steps);
  const at = (id: number) => steps.findIndex((s) => s.id === id);
  const current = currentStepId === null ? -1 : at(currentStepId);
  if (current >= 0) {
    const step = steps[current]!;
    const p = planned[current] ?? null;
    if (p === null || !step.startedAt) return null;
    const lateStart = toLocal(step.startedAt) - p;
    const overrun = toLocal(now) - (p + step.durationMinutes);
    return Math.round(Math.max(lateStart, overrun));
  }
  let last = -1;
  steps.forEach((s, i) => {
    if (s.endedAt && (last < 0 || s.endedAt >= steps[last]!.endedAt!)) last = i;
  });
  if (last < 0) return null;
  const p = planned[last] ?? null;
  if (p === null) return null;
  return Math.round(toLocal(steps[last]!.endedAt!) - (p + steps[last]!.durationMinutes));
}
