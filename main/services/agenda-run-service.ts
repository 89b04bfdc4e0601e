import { AppError } from '../../shared/contract/result';
import { type StoredStep, listSteps, setStepTimes } from '../db/agenda';
import { putTimer } from '../db/agenda-timer';
import { appendAudit } from '../db/audit';
import { putSetting } from '../db/settings';
import { setSpeakerState, speakingNow } from '../db/speakers';
import { type AgendaState, CURRENT_STEP_KEY, agendaState, currentStep, defaultTimerMs, loadStep, storedTimer } from './agenda-state';
import { type CongressContext, inTransaction } from './context';

/**
 * Running the agenda. One step is current. "Next" ends it (recording the time) and starts the
 * following one. "Previous" undoes a "next": the step returns to not started and the one before
 * is resumed, its end time cleared — the usual reason is a key pressed too early. Going to a chosen
 * step ends the current one and resumes or starts that step. Every old time is in the audit log.
 */

function leave(ctx: CongressContext, step: StoredStep, at: string): void {
  setStepTimes(ctx.db, step.id, step.startedAt, at);
  const speaker = speakingNow(ctx.db);
  if (speaker && speaker.stepId === step.id) setSpeakerState(ctx.db, speaker.id, 'spoken', speaker.calledAt, at);
}

/** A step becomes current: started now unless it had started before (then resumed). */
function enter(ctx: CongressContext, step: StoredStep | undefined, at: string): void {
  putSetting(ctx.db, CURRENT_STEP_KEY, step?.id ?? null);
  if (step) setStepTimes(ctx.db, step.id, step.startedAt ?? at, null);
  // A countdown left over from the previous step is stopped and set to the new step's default; a
  // running one is left alone: the speaker at the lectern is not cut off by a key press.
  const timer = storedTimer(ctx);
  if (timer.state !== 'running') {
    const ms = defaultTimerMs(ctx, step?.kind);
    putTimer(ctx.db, { state: 'idle', durationMs: ms, endsAt: null, remainingMs: ms, stepId: step?.id ?? null, speakerId: null }, at);
  }
}

function audit(ctx: CongressContext, action: string, from: StoredStep | undefined, to: StoredStep | undefined, at: string): void {
  appendAudit(ctx.db, at, {
    action,
    entity: 'agenda',
    before: from ? { stepId: from.id, startedAt: from.startedAt, endedAt: from.endedAt } : null,
    after: to ? { stepId: to.id, startedAt: to.startedAt, endedAt: to.endedAt } : null,
  });
}

function done(ctx: CongressContext): AgendaState {
  ctx.emit('agenda:changed', {});
  return agendaState(ctx);
}

export function nextStep(ctx: CongressContext): AgendaState {
  inTransaction(ctx, () => {
    const steps = listSteps(ctx.db);
    const from = currentStep(ctx);
    // After the current step; with none current, the first step never started.
    const to = from ? steps[steps.findIndex((s) => s.id === from.id) + 1] : steps.find((s) => !s.startedAt);
    if (!from && !to) {
      throw AppError.of('AGENDA_AT_END', steps.length ? 'agenda.over' : 'agenda.noSteps');
    }
    const at = ctx.now();
    if (from) leave(ctx, from, at);
    enter(ctx, to, at);
    audit(ctx, 'agenda.next', from, to, at);
  });
  return done(ctx);
}

export function previousStep(ctx: CongressContext): AgendaState {
  inTransaction(ctx, () => {
    const steps = listSteps(ctx.db);
    const from = currentStep(ctx);
    // The step that was current before: the one that ended last.
    const ended = steps.filter((s) => s.endedAt && s.id !== from?.id).sort((a, b) => (a.endedAt! < b.endedAt! ? 1 : -1));
    const to = ended[0];
    if (!from && !to) {
      throw AppError.of('AGENDA_AT_END', 'agenda.notStarted');
    }
    const at = ctx.now();
    if (from) {
      setStepTimes(ctx.db, from.id, null, null);
      const speaker = speakingNow(ctx.db);
      if (speaker && speaker.stepId === from.id) setSpeakerState(ctx.db, speaker.id, 'waiting', null, null);
    }
    enter(ctx, to, at);
    audit(ctx, 'agenda.previous', from, to, at);
  });
  return done(ctx);
}

export function goToStep(ctx: CongressContext, id: number): AgendaState {
  inTransaction(ctx, () => {
    const to = loadStep(ctx, id);
    const from = currentStep(ctx);
    if (from?.id === id) return;
    const at = ctx.now();
    if (from) leave(ctx, from, at);
    enter(ctx, to, at);
    audit(ctx, 'agenda.goto', from, to, at);
  });
  return done(ctx);
}
