import type { z } from 'zod';
import type { speakerInputSchema, speakerSchema } from '../../shared/contract/agenda-schemas';
import type { SpeakerState } from '../../shared/domain/agenda';
import type { DB } from './db';

export type SpeakerInput = z.output<typeof speakerInputSchema>;
export type Speaker = z.output<typeof speakerSchema>;

interface SpeakerRow {
  id: number;
  step_id: number;
  position: number;
  name: string;
  delegate_id: number | null;
  organisation: string;
  topic: string;
  state: SpeakerState;
  called_at: string | null;
  spoken_at: string | null;
}

function toSpeaker(r: SpeakerRow): Speaker {
  return {
    id: r.id,
    stepId: r.step_id,
    position: r.position,
    name: r.name,
    delegateId: r.delegate_id,
    organisation: r.organisation,
    topic: r.topic,
    state: r.state,
    calledAt: r.called_at,
    spokenAt: r.spoken_at,
  };
}

/** Every speaker on the agenda (of steps not removed), by step order then speaking order. */
export function listSpeakers(db: DB): Speaker[] {
  return (
    db
      .prepare(
        `SELECT sp.* FROM agenda_speakers sp JOIN agenda_steps st ON st.id = sp.step_id
         WHERE sp.removed_at IS NULL AND st.removed_at IS NULL ORDER BY st.position, sp.position, sp.id`,
      )
      .all() as SpeakerRow[]
  ).map(toSpeaker);
}

export function stepSpeakers(db: DB, stepId: number): Speaker[] {
  return (
    db.prepare('SELECT * FROM agenda_speakers WHERE step_id = ? AND removed_at IS NULL ORDER BY position, id').all(stepId) as SpeakerRow[]
  ).map(toSpeaker);
}

export function getSpeaker(db: DB, id: number): Speaker | undefined {
  const row = db.prepare('SELECT * FROM agenda_speakers WHERE id = ? AND removed_at IS NULL').get(id) as SpeakerRow | undefined;
  return row ? toSpeaker(row) : undefined;
}

/** The one at the microphone, wherever on the agenda. */
export function speakingNow(db: DB): Speaker | undefined {
  const row = db.prepare("SELECT * FROM agenda_speakers WHERE state = 'speaking' AND removed_at IS NULL LIMIT 1").get() as
    SpeakerRow | undefined;
  return row ? toSpeaker(row) : undefined;
}

export function insertSpeaker(db: DB, stepId: number, s: SpeakerInput, at: string): number {
  const position = (
    db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM agenda_speakers WHERE step_id = ? AND removed_at IS NULL').get(stepId) as {
      p: number;
    }
  ).p;
  const info = db
    .prepare(
      `INSERT INTO agenda_speakers (step_id, position, name, delegate_id, organisation, topic, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(stepId, position, s.name, s.delegateId, s.organisation, s.topic, at);
  return Number(info.lastInsertRowid);
}

export function updateSpeakerRow(db: DB, id: number, s: SpeakerInput): void {
  db.prepare('UPDATE agenda_speakers SET name = ?, delegate_id = ?, organisation = ?, topic = ? WHERE id = ?').run(
    s.name,
    s.delegateId,
    s.organisation,
    s.topic,
    id,
  );
}

export function setSpeakerState(db: DB, id: number, state: SpeakerState, calledAt: string | null, spokenAt: string | null): void {
  db.prepare('UPDATE agenda_speakers SET state = ?, called_at = ?, spoken_at = ? WHERE id = ?').run(state, calledAt, spokenAt, id);
}

export function renumberSpeakers(db: DB, ids: readonly number[]): void {
  const stmt = db.prepare('UPDATE agenda_speakers SET position = ? WHERE id = ?');
  ids.forEach((id, i) => stmt.run(i + 1, id));
}

export function removeSpeakerRow(db: DB, id: number, at: string): void {
  db.prepare('UPDATE agenda_speakers SET removed_at = ? WHERE id = ?').run(at, id);
}
