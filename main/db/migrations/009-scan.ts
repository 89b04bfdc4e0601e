import type { Migration } from './migration';

/**
 * Scanned sheets of ballot papers (docs/scanning.md): one row per page read, addressed by the SHA-256
 * of its pixels, so the same sheet scanned again (in another file, on another day) is known and never
 * counted twice. A row holds the ballot, the pass, where the page came from (file and page, words the
 * operator knows), the paper number it was given and what the machine saw; never anything that ties a
 * paper to a delegate. A pending paper waits for the counting board (decided_by, decided_at).
 */
export const scan: Migration = {
  version: 9,
  name: 'scan',
  sql: `
CREATE TABLE scanned_sheets (
  id INTEGER PRIMARY KEY,
  ballot_id INTEGER NOT NULL REFERENCES ballots(id),
  pass INTEGER NOT NULL CHECK (pass BETWEEN 1 AND 3),
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  file_name TEXT NOT NULL,
  page INTEGER NOT NULL CHECK (page >= 1),
  -- sheet k of n of its paper; null on a refused page
  sheet INTEGER CHECK (sheet >= 1),
  paper INTEGER CHECK (paper > 0),
  status TEXT NOT NULL CHECK (status IN ('accepted', 'pending', 'refused')),
  -- what the machine saw, as JSON: each row's decision and reasons and the page's doubts, or the refusal
  doubts TEXT NOT NULL,
  scanned_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  UNIQUE (ballot_id, content_hash)
) STRICT;
CREATE INDEX scanned_sheets_paper ON scanned_sheets (ballot_id, pass, paper);
`,
};
