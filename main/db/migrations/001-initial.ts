import type { Migration } from './migration';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE congress (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  term TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL DEFAULT '',
  venue TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  end_date TEXT,
  theme TEXT NOT NULL DEFAULT '',
  organiser TEXT NOT NULL DEFAULT '',
  quorum_rule TEXT NOT NULL DEFAULT 'two_thirds' CHECK (quorum_rule IN ('two_thirds', 'more_than_half', 'none')),
  current_session_id INTEGER REFERENCES sessions(id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE delegates (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  full_name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  gender TEXT CHECK (gender IN ('male', 'female')),
  birth_date TEXT,
  ethnicity TEXT,
  religion TEXT,
  party_member INTEGER CHECK (party_member IN (0, 1)),
  education TEXT,
  position TEXT,
  unit TEXT,
  group_name TEXT,
  seat TEXT,
  kind TEXT CHECK (kind IN ('ex_officio', 'nominated', 'appointed')),
  status TEXT NOT NULL CHECK (status IN ('official', 'alternate', 'guest')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Removal keeps the row (and its attendance history); a removed code may be reused.
  removed_at TEXT,
  removed_reason TEXT
) STRICT;
-- Codes are unique case-insensitively: a scanner or a typist may send either case.
CREATE UNIQUE INDEX delegates_code_active ON delegates(code COLLATE NOCASE) WHERE removed_at IS NULL;

CREATE TABLE attendance (
  session_id INTEGER NOT NULL REFERENCES sessions(id),
  delegate_id INTEGER NOT NULL REFERENCES delegates(id),
  state TEXT NOT NULL CHECK (state IN ('present', 'absent_excused', 'absent')),
  reason TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (session_id, delegate_id)
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Append-only, each row chained to the previous by a SHA-256 hash so an edit is detectable.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  before TEXT,
  after TEXT,
  reason TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
`,
};
