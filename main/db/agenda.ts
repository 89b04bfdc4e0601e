import type { z } from 'zod';
import type { agendaStepInputSchema } from '../../shared/contract/agenda-schemas';
import type { StepKind } from '../../shared/domain/agenda';
import type { DB } from './db';

export type AgendaStepInput = z.output<typeof agendaStepInputSchema>;

/** A step as stored; progress and schedule are derived by the service. */
export interface StoredStep extends AgendaStepInput {
  id: number;
  position: number;
  startedAt: string | null;
  endedAt: string | null;
}

interface StepRow {
  id: number;
  position: number;
  title: string;
  presenter: string;
  session_id: number | null;
  planned_start: string | null;
  duration_minutes: number;
  kind: StepKind;
  notes: string;
  started_at: string | null;
  ended_at: string | null;
}

function toStep(r: StepRow): StoredStep {
  return {
    id: r.id,
    position: r.position,
    title: r.title,
    presenter: r.presenter,
    sessionId: r.session_id,
    plannedStart: r.planned_start,
    durationMinutes: r.duration_minutes,
    kind: r.kind,
    notes: r.notes,
    startedAt: r.started_at,
    endedAt: r.ended_at,
  };
}

/** The steps still on the agenda, in order. */
export function listSteps(db: DB): StoredStep[] {
  return (db.prepare('SELECT * FROM agenda_steps WHERE removed_at IS NULL ORDER BY position, id').all() as StepRow[]).map(toStep);
}

export function getStep(db: DB, id: number): StoredStep | undefined {
  const row = db.prepare('SELECT * FROM agenda_steps WHERE id = ? AND removed_at IS NULL').get(id) as StepRow | undefined;
  return row ? toStep(row) : undefined;
}

export function insertStep(db: DB, step: AgendaStepInput, position: number, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO agenda_steps (position, title, presenter, session_id, planned_start, duration_minutes, kind, notes, created_at, updated_at)
       VALUES (@position, @title, @presenter, @sessionId, @plannedStart, @durationMinutes, @kind, @notes, @at, @at)`,
    )
    .run({ ...step, position, at });
  return Number(info.lastInsertRowid);
}

export function updateStep(db: DB, id: number, step: AgendaStepInput, at: string): void {
  db.prepare(
    `UPDATE agenda_steps SET title = @title, presenter = @presenter, session_id = @sessionId, planned_start = @plannedStart,
       duration_minutes = @durationMinutes, kind = @kind, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ ...step, id, at });
}

/** Writes positions 1..n in the order given (every active step, already reordered). */
export function renumberSteps(db: DB, ids: readonly number[]): void {
  const stmt = db.prepare('UPDATE agenda_steps SET position = ? WHERE id = ?');
  ids.forEach((id, i) => stmt.run(i + 1, id));
}

export function removeStepRow(db: DB, id: number, reason: string | null, at: string): void {
  db.prepare('UPDATE agenda_steps SET removed_at = ?, removed_reason = ? WHERE id = ?').run(at, reason, id);
}

export function setStepTimes(db: DB, id: number, startedAt: string | null, endedAt: string | null): void {
  db.prepare('UPDATE agenda_steps SET started_at = ?, ended_at = ? WHERE id = ?').run(startedAt, endedAt, id);
}
