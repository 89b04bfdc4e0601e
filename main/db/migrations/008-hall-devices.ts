import type { Migration } from './migration';

/**
 * The devices paired on the hall network (docs/hall-network.md), kept in the congress file: a
 * device's credential is valid for this congress until the operator revokes it, and the audit proves
 * who was let in, with which role, and when they were let go. Only the SHA-256 of a credential is
 * stored: a copy of the file handed to the higher level lets no one act as a device. A revoked
 * device keeps its row (its past requests in command_requests still name it).
 */
export const hallDevices: Migration = {
  version: 8,
  name: 'hall-devices',
  sql: `
CREATE TABLE hall_devices (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('checkin-desk', 'counting-station', 'display', 'reviewer')),
  -- a counting station's ballot, pass and optional paper range, as JSON
  assignment TEXT,
  credential_hash TEXT NOT NULL UNIQUE CHECK (length(credential_hash) = 64),
  paired_at TEXT NOT NULL,
  paired_from TEXT NOT NULL,
  revoked_at TEXT
) STRICT;
`,
};
