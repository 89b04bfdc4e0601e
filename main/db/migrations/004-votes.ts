import type { Migration } from './migration';

/**
 * Show-of-hands votes (biểu quyết). The database itself refuses a closed vote whose counts do not
 * add up to the delegates present, so no code path can close inconsistent numbers.
 */
export const votes: Migration = {
  version: 4,
  name: 'votes',
  sql: `
CREATE TABLE votes (
  id INTEGER PRIMARY KEY,
  question TEXT NOT NULL CHECK (length(question) > 0),
  rule TEXT NOT NULL CHECK (rule IN ('half_present', 'two_thirds_present', 'half_summoned')),
  -- null: an ad hoc vote, not attached to an agenda step
  step_id INTEGER REFERENCES agenda_steps(id),
  session_id INTEGER REFERENCES sessions(id),
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  -- official delegates, snapshotted from attendance when the vote opened (changes are audited)
  present INTEGER NOT NULL CHECK (present >= 0),
  summoned INTEGER NOT NULL CHECK (summoned >= 0),
  votes_for INTEGER CHECK (votes_for >= 0),
  votes_against INTEGER CHECK (votes_against >= 0),
  votes_abstain INTEGER CHECK (votes_abstain >= 0),
  created_at TEXT NOT NULL,
  closed_at TEXT,
  CHECK (state = 'open' OR (closed_at IS NOT NULL AND present > 0 AND votes_for + votes_against + votes_abstain = present))
) STRICT;
CREATE INDEX votes_step ON votes(step_id) WHERE step_id IS NOT NULL;
`,
};
