import type { Migration } from './migration';

/**
 * The request ids of the writing commands (main/engine/request-ledger.ts): a retry that arrives
 * after the app restarted is still recognised, and changes nothing twice. A row is written inside
 * its command's transaction, before the command's own writes, so the command's audit entry holds
 * it (main/db/change-capture.ts): the ledger is proven like every other row, and a refused command
 * leaves no row. `subject` names what the command acted on, for the rule that a device may undo
 * only its own work (a check-in desk undoing a check-in it made: main/engine/own-work.ts).
 */
export const commandRequests: Migration = {
  version: 6,
  name: 'command-requests',
  sql: `
CREATE TABLE command_requests (
  id INTEGER PRIMARY KEY,
  request_id TEXT NOT NULL UNIQUE CHECK (length(request_id) = 36),
  channel TEXT NOT NULL,
  role TEXT NOT NULL,
  device_id TEXT NOT NULL,
  device_name TEXT NOT NULL,
  -- SHA-256 of the command and its input: the same id sent with another command is refused
  fingerprint TEXT NOT NULL,
  subject TEXT,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX command_requests_subject ON command_requests(subject) WHERE subject IS NOT NULL;
`,
};
