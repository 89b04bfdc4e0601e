import { AppError } from '../../shared/contract/result';
import { normalizeText } from '../../shared/domain/vietnamese-text';
import { appendAudit } from '../db/audit';
import { getActiveDelegate } from '../db/delegates';
import {
  type Speaker,
  type SpeakerInput,
  getSpeaker,
  insertSpeaker,
  removeSpeakerRow,
  renumberSpeakers,
  setSpeakerState,
  speakingNow,
  stepSpeakers,
  updateSpeakerRow,
} from '../db/speakers';
import { type AgendaState, agendaState, currentStep, defaultTimerMs, loadStep, timerSettings } from './agenda-state';
import { type CongressContext, inTransaction, missing } from './context';
import { startCountdown } from './timer-service';

/** Speakers (đăng ký phát biểu / tham luận) of a step, in speaking order. */

function clean(ctx: CongressContext, s: SpeakerInput): SpeakerInput {
  if (s.delegateId !== null && !getActiveDelegate(ctx.db, s.delegateId)) throw missing('delegate', { id: s.delegateId });
  return { ...s, name: normalizeText(s.name), organisation: normalizeText(s.organisation), topic: normalizeText(s.topic) };
}

function loadSpeaker(ctx: CongressContext, id: number): Speaker {
  const s = getSpeaker(ctx.db, id);
  if (!s) throw missing('speaker', { id });
  return s;
}

function changed<T>(ctx: CongressContext, value: T): T {
  ctx.emit('agenda:changed', {});
  return value;
}

export function addSpeaker(ctx: CongressContext, stepId: number, input: SpeakerInput): Speaker {
  const id = inTransaction(ctx, () => {
    loadStep(ctx, stepId);
    const s = clean(ctx, input);
    const newId = insertSpeaker(ctx.db, stepId, s, ctx.now());
    appendAudit(ctx.db, ctx.now(), { action: 'speaker.add', entity: 'speaker', entityId: newId, after: { stepId, ...s } });
    return newId;
  });
  return changed(ctx, getSpeaker(ctx.db, id)!);
}

export function editSpeaker(ctx: CongressContext, id: number, patch: Partial<SpeakerInput>): Speaker {
  inTransaction(ctx, () => {
    const before = loadSpeaker(ctx, id);
    const after = clean(ctx, {
      name: before.name,
      delegateId: before.delegateId,
      organisation: before.organisation,
      topic: before.topic,
      ...patch,
    });
    updateSpeakerRow(ctx.db, id, after);
    appendAudit(ctx.db, ctx.now(), { action: 'speaker.update', entity: 'speaker', entityId: id, before, after });
  });
  return changed(ctx, getSpeaker(ctx.db, id)!);
}

export function moveSpeaker(ctx: CongressContext, id: number, toIndex: number): Speaker[] {
  const list = inTransaction(ctx, () => {
    const s = loadSpeaker(ctx, id);
    const ids = stepSpeakers(ctx.db, s.stepId).map((x) => x.id);
    const from = ids.indexOf(id);
    const to = Math.min(toIndex, ids.length - 1);
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    renumberSpeakers(ctx.db, ids);
    appendAudit(ctx.db, ctx.now(), {
      action: 'speaker.move',
      entity: 'speaker',
      entityId: id,
      before: { index: from },
      after: { index: to },
    });
    return stepSpeakers(ctx.db, s.stepId);
  });
  return changed(ctx, list);
}

export function removeSpeaker(ctx: CongressContext, id: number): null {
  inTransaction(ctx, () => {
    const before = loadSpeaker(ctx, id);
    removeSpeakerRow(ctx.db, id, ctx.now());
    renumberSpeakers(
      ctx.db,
      stepSpeakers(ctx.db, before.stepId).map((x) => x.id),
    );
    appendAudit(ctx.db, ctx.now(), { action: 'speaker.remove', entity: 'speaker', entityId: id, before });
  });
  return changed(ctx, null);
}

/** Whoever is speaking has finished; `next` takes the microphone (its countdown starts if set so). */
function handOver(ctx: CongressContext, next: Speaker | undefined, at: string): void {
  const speaking = speakingNow(ctx.db);
  if (speaking) setSpeakerState(ctx.db, speaking.id, 'spoken', speaking.calledAt, at);
  if (!next) return;
  setSpeakerState(ctx.db, next.id, 'speaking', at, null);
  const settings = timerSettings(ctx);
  if (settings.autoStartWithSpeaker) startCountdown(ctx, defaultTimerMs(ctx, loadStep(ctx, next.stepId).kind), next.id, at);
  appendAudit(ctx.db, at, {
    action: 'speaker.call',
    entity: 'speaker',
    entityId: next.id,
    before: speaking ? { speaking: speaking.id } : null,
  });
}

export function callNextSpeaker(ctx: CongressContext): AgendaState {
  inTransaction(ctx, () => {
    const step = currentStep(ctx);
    if (!step) throw AppError.of('AGENDA_AT_END', 'speaker.noStep');
    const next = stepSpeakers(ctx.db, step.id).find((s) => s.state === 'waiting');
    const speaking = speakingNow(ctx.db);
    if (!next && !speaking) {
      throw AppError.of('NOT_FOUND', 'speaker.nobodyWaiting', { step: step.title });
    }
    handOver(ctx, next, ctx.now());
    if (!next) appendAudit(ctx.db, ctx.now(), { action: 'speaker.spoken', entity: 'speaker', entityId: speaking!.id });
  });
  return changed(ctx, agendaState(ctx));
}

/** Calls one speaker out of turn (or again); only in the step under way. */
export function callSpeaker(ctx: CongressContext, id: number): AgendaState {
  inTransaction(ctx, () => {
    const s = loadSpeaker(ctx, id);
    const step = currentStep(ctx);
    if (step?.id !== s.stepId) {
      throw AppError.of('INVALID_INPUT', 'speaker.otherStep', { name: s.name });
    }
    if (s.state !== 'speaking') handOver(ctx, s, ctx.now());
  });
  return changed(ctx, agendaState(ctx));
}

/**
 * Marks a speaker done (also one skipped), or puts them back in the list: the caller says which,
 * so a click sent twice (a retry, two operators) leaves the same state, never flips it back.
 * Already in that state: nothing is written.
 */
export function markSpoken(ctx: CongressContext, id: number, spoken: boolean): AgendaState {
  inTransaction(ctx, () => {
    const s = loadSpeaker(ctx, id);
    if ((s.state === 'spoken') === spoken) return;
    const at = ctx.now();
    if (spoken) setSpeakerState(ctx.db, id, 'spoken', s.calledAt, at);
    else setSpeakerState(ctx.db, id, 'waiting', null, null);
    appendAudit(ctx.db, at, { action: 'speaker.spoken', entity: 'speaker', entityId: id, before: { state: s.state }, after: { spoken } });
  });
  return changed(ctx, agendaState(ctx));
}
