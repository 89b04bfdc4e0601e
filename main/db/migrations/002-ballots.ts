import type { Migration } from './migration';

/**
 * Ballots. Ballot secrecy: paper entries carry no key to delegates or attendance, and nothing
 * records which delegate cast which paper (docs/ballots.md).
 */
export const ballots: Migration = {
  version: 2,
  name: 'ballots',
  sql: `
CREATE TABLE ballots (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('committee', 'delegation_official', 'delegation_alternate', 'other')),
  seats_approved INTEGER NOT NULL CHECK (seats_approved > 0),
  seats INTEGER NOT NULL CHECK (seats > 0 AND seats <= seats_approved),
  method TEXT NOT NULL CHECK (method IN ('paper', 'hands_per_name', 'hands_whole_list')),
  preset TEXT,
  base TEXT NOT NULL CHECK (base IN ('present', 'summoned', 'valid', 'returned')),
  all_struck TEXT NOT NULL CHECK (all_struck IN ('valid', 'invalid')),
  tie TEXT NOT NULL CHECK (tie IN ('rerun', 'older')),
  entry_mode TEXT NOT NULL CHECK (entry_mode IN ('struck', 'kept')),
  passes INTEGER NOT NULL CHECK (passes BETWEEN 1 AND 3),
  state TEXT NOT NULL DEFAULT 'preparing' CHECK (state IN ('preparing', 'open', 'counted', 'published', 'finalized')),
  round INTEGER NOT NULL DEFAULT 1,
  previous_ballot_id INTEGER REFERENCES ballots(id),
  summoned INTEGER,
  present INTEGER,
  issued INTEGER,
  order_override_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE candidates (
  ballot_id INTEGER NOT NULL REFERENCES ballots(id),
  number INTEGER NOT NULL CHECK (number > 0),
  name TEXT NOT NULL,
  birth_date TEXT,
  -- where the candidate was picked from the roster; a candidate is not a ballot paper
  delegate_id INTEGER REFERENCES delegates(id),
  PRIMARY KEY (ballot_id, number)
) STRICT;
CREATE INDEX candidates_delegate ON candidates(delegate_id) WHERE delegate_id IS NOT NULL;

-- One row per paper per entry pass. struck: candidate numbers, ascending, space-separated.
CREATE TABLE paper_entries (
  ballot_id INTEGER NOT NULL REFERENCES ballots(id),
  pass INTEGER NOT NULL CHECK (pass BETWEEN 1 AND 3),
  paper INTEGER NOT NULL CHECK (paper > 0),
  struck TEXT NOT NULL,
  -- only the board's reason; "too many kept" and "all struck" are derived from the marks
  invalid TEXT CHECK (invalid IS NULL OR invalid IN ('not_issued_form', 'written_in', 'identifying_mark', 'undeterminable')),
  entered_at TEXT NOT NULL,
  voided_at TEXT,
  void_reason TEXT,
  PRIMARY KEY (ballot_id, pass, paper)
) STRICT;

-- The board's decision on a paper whose passes disagreed.
CREATE TABLE paper_resolutions (
  ballot_id INTEGER NOT NULL REFERENCES ballots(id),
  paper INTEGER NOT NULL,
  struck TEXT NOT NULL,
  invalid TEXT CHECK (invalid IS NULL OR invalid IN ('not_issued_form', 'written_in', 'identifying_mark', 'undeterminable')),
  resolved_at TEXT NOT NULL,
  PRIMARY KEY (ballot_id, paper)
) STRICT;

-- Hand counts (and show-of-hands results): totals instead of papers.
CREATE TABLE ballot_aggregates (
  ballot_id INTEGER PRIMARY KEY REFERENCES ballots(id),
  valid INTEGER NOT NULL,
  invalid INTEGER NOT NULL,
  -- JSON object: candidate number → votes
  votes TEXT NOT NULL,
  entered_at TEXT NOT NULL
) STRICT;
`,
};
