import type { Migration } from './migration';

/**
 * The agenda (chương trình), its speakers and the one countdown timer of the hall. Steps and
 * speakers are never deleted, only marked removed: votes (004) may point at a step, and the audit
 * log keeps what was removed and why.
 */
export const agenda: Migration = {
  version: 3,
  name: 'agenda',
  sql: `
CREATE TABLE agenda_steps (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT NOT NULL CHECK (length(title) > 0),
  presenter TEXT NOT NULL DEFAULT '',
  session_id INTEGER REFERENCES sessions(id),
  -- 'HH:MM' local time in the hall; null = follows the previous step
  planned_start TEXT CHECK (planned_start IS NULL OR planned_start GLOB '[0-2][0-9]:[0-5][0-9]'),
  duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes BETWEEN 0 AND 1440),
  kind TEXT NOT NULL CHECK (kind IN ('ceremony', 'report', 'discussion', 'vote', 'ballot', 'break')),
  notes TEXT NOT NULL DEFAULT '',
  started_at TEXT,
  ended_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT,
  removed_reason TEXT
) STRICT;
CREATE INDEX agenda_steps_order ON agenda_steps(position) WHERE removed_at IS NULL;

CREATE TABLE agenda_speakers (
  id INTEGER PRIMARY KEY,
  step_id INTEGER NOT NULL REFERENCES agenda_steps(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  -- set when picked from the roster; a guest has none
  delegate_id INTEGER REFERENCES delegates(id),
  organisation TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'speaking', 'spoken')),
  called_at TEXT,
  spoken_at TEXT,
  created_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;
CREATE INDEX agenda_speakers_step ON agenda_speakers(step_id, position) WHERE removed_at IS NULL;

-- The hall's countdown, one row. Running: ends_at is the wall-clock end, so a restart (or a
-- projector tab reopened) computes the same remaining time. Paused or idle: remaining_ms.
CREATE TABLE agenda_timer (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  state TEXT NOT NULL CHECK (state IN ('idle', 'running', 'paused')),
  duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
  ends_at TEXT,
  remaining_ms INTEGER NOT NULL,
  step_id INTEGER REFERENCES agenda_steps(id),
  speaker_id INTEGER REFERENCES agenda_speakers(id),
  updated_at TEXT NOT NULL,
  CHECK ((state = 'running') = (ends_at IS NOT NULL))
) STRICT;
`,
};
