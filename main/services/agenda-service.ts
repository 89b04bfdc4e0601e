import { AppError } from '../../shared/contract/result';
import { normalizeText, foldForSearch } from '../../shared/domain/vietnamese-text';
import { type AgendaStepInput, insertStep, listSteps, removeStepRow, renumberSteps, updateStep } from '../db/agenda';
import { appendAudit } from '../db/audit';
import { getSession, insertSession, listSessions } from '../db/congress';
import { putSetting } from '../db/settings';
import type { AgendaTemplate } from './agenda-templates';
import { type AgendaStep, CURRENT_STEP_KEY, agendaSteps, currentStepId, loadStep } from './agenda-state';
import { congressInfo } from './congress-service';
import { type CongressContext, inTransaction } from './context';

/** NFC, single spaces: the same title typed twice is stored the same. */
function clean(step: AgendaStepInput): AgendaStepInput {
  return { ...step, title: normalizeText(step.title), presenter: normalizeText(step.presenter), notes: step.notes.normalize('NFC').trim() };
}

function checkSession(ctx: CongressContext, sessionId: number | null): void {
  if (sessionId !== null && !getSession(ctx.db, sessionId)) {
    throw AppError.of('INVALID_INPUT', 'agenda.unknownSession', { session: String(sessionId) });
  }
}

function changed(ctx: CongressContext): void {
  ctx.emit('agenda:changed', {});
}

function stepById(ctx: CongressContext, id: number): AgendaStep {
  return agendaSteps(ctx).find((s) => s.id === id)!;
}

export function addStep(ctx: CongressContext, input: AgendaStepInput, afterId?: number | null): AgendaStep {
  const step = clean(input);
  checkSession(ctx, step.sessionId);
  const id = inTransaction(ctx, () => {
    const ids = listSteps(ctx.db).map((s) => s.id);
    const at = ctx.now();
    if (afterId != null) loadStep(ctx, afterId);
    const place = afterId == null ? ids.length : ids.indexOf(afterId) + 1;
    const newId = insertStep(ctx.db, step, place + 1, at);
    ids.splice(place, 0, newId);
    renumberSteps(ctx.db, ids);
    appendAudit(ctx.db, at, { action: 'agenda.step.add', entity: 'agenda_step', entityId: newId, after: { ...step, index: place } });
    return newId;
  });
  changed(ctx);
  return stepById(ctx, id);
}

export function editStep(ctx: CongressContext, id: number, patch: Partial<AgendaStepInput>): AgendaStep {
  inTransaction(ctx, () => {
    const before = loadStep(ctx, id);
    const { id: _id, position: _p, startedAt: _s, endedAt: _e, ...fields } = before;
    const after = clean({ ...fields, ...patch });
    checkSession(ctx, after.sessionId);
    updateStep(ctx.db, id, after, ctx.now());
    appendAudit(ctx.db, ctx.now(), { action: 'agenda.step.update', entity: 'agenda_step', entityId: id, before: fields, after });
  });
  changed(ctx);
  return stepById(ctx, id);
}

/** Moves a step to a 0-based place; the others close up around it. */
export function moveStep(ctx: CongressContext, id: number, toIndex: number): AgendaStep[] {
  inTransaction(ctx, () => {
    loadStep(ctx, id);
    const ids = listSteps(ctx.db).map((s) => s.id);
    const from = ids.indexOf(id);
    const to = Math.min(toIndex, ids.length - 1);
    if (from === to) return;
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    renumberSteps(ctx.db, ids);
    appendAudit(ctx.db, ctx.now(), {
      action: 'agenda.step.move',
      entity: 'agenda_step',
      entityId: id,
      before: { index: from },
      after: { index: to },
    });
  });
  changed(ctx);
  return agendaSteps(ctx);
}

/** Marked removed, never deleted: the audit keeps the step as it was, and votes may point at it. */
export function removeStep(ctx: CongressContext, id: number, reason: string | null): void {
  inTransaction(ctx, () => {
    const before = loadStep(ctx, id);
    const at = ctx.now();
    removeStepRow(ctx.db, id, reason, at);
    renumberSteps(
      ctx.db,
      listSteps(ctx.db).map((s) => s.id),
    );
    if (currentStepId(ctx) === id) putSetting(ctx.db, CURRENT_STEP_KEY, null);
    appendAudit(ctx.db, at, { action: 'agenda.step.remove', entity: 'agenda_step', entityId: id, before, reason });
  });
  changed(ctx);
}

/**
 * Fills the agenda from a template. An agenda that already has steps is replaced only when asked
 * (the old steps are marked removed, in the audit). Template sessions are matched to the
 * congress's sessions by title; a session the congress lacks is created.
 */
export function applyTemplate(
  ctx: CongressContext,
  template: AgendaTemplate,
  replace: boolean,
): { steps: number; sessionsCreated: string[] } {
  const result = inTransaction(ctx, () => {
    const existing = listSteps(ctx.db);
    if (existing.length > 0 && !replace) {
      throw AppError.of('AGENDA_NOT_EMPTY', 'agenda.notEmpty', {
        count: existing.length,
        title: template.title,
        titleEn: template.titleEn,
      });
    }
    const at = ctx.now();
    for (const s of existing) removeStepRow(ctx.db, s.id, `Thay bằng mẫu «${template.title}»`, at);
    putSetting(ctx.db, CURRENT_STEP_KEY, null);
    const sessions = listSessions(ctx.db);
    const created: string[] = [];
    const sessionIds = template.sessions.map((title) => {
      const found = sessions.find((s) => foldForSearch(s.title) === foldForSearch(title));
      if (found) return found.id;
      created.push(title);
      return insertSession(ctx.db, normalizeText(title), null).id;
    });
    template.steps.forEach(({ session, ...step }, i) => {
      insertStep(ctx.db, clean({ ...step, sessionId: session === null ? null : (sessionIds[session] ?? null) }), i + 1, at);
    });
    appendAudit(ctx.db, at, {
      action: 'agenda.template.apply',
      entity: 'agenda',
      before: existing.length ? { steps: existing.map((s) => s.title) } : undefined,
      after: { template: template.id, steps: template.steps.length, sessionsCreated: created },
    });
    return { steps: template.steps.length, sessionsCreated: created };
  });
  if (result.sessionsCreated.length) {
    ctx.emit('congress:changed', { congress: congressInfo(ctx.db, ctx.path) });
  }
  changed(ctx);
  return result;
}
