import type { z } from 'zod';
import type { timerSchema } from '../../shared/contract/agenda-schemas';
import type { TimerState } from '../../shared/domain/agenda';
import type { DB } from './db';

export type Timer = z.output<typeof timerSchema>;

interface TimerRow {
  state: TimerState;
  duration_ms: number;
  ends_at: string | null;
  remaining_ms: number;
  step_id: number | null;
  speaker_id: number | null;
}

/** The stored countdown, or undefined before the first one was ever set. */
export function getTimer(db: DB): Timer | undefined {
  const r = db.prepare('SELECT * FROM agenda_timer WHERE id = 1').get() as TimerRow | undefined;
  if (!r) return undefined;
  return {
    state: r.state,
    durationMs: r.duration_ms,
    endsAt: r.ends_at,
    remainingMs: r.remaining_ms,
    stepId: r.step_id,
    speakerId: r.speaker_id,
  };
}

export function putTimer(db: DB, t: Timer, at: string): void {
  db.prepare(
    `INSERT INTO agenda_timer (id, state, duration_ms, ends_at, remaining_ms, step_id, speaker_id, updated_at)
     VALUES (1, @state, @durationMs, @endsAt, @remainingMs, @stepId, @speakerId, @at)
     ON CONFLICT(id) DO UPDATE SET state = excluded.state, duration_ms = excluded.duration_ms, ends_at = excluded.ends_at,
       remaining_ms = excluded.remaining_ms, step_id = excluded.step_id, speaker_id = excluded.speaker_id, updated_at = excluded.updated_at`,
  ).run({ ...t, at });
}
