import type { Migration } from './migration';

/**
 * A delegate already present scanned again at another place (docs/hall-network.md «Khi có sự cố»):
 * never a second check-in, but a fact the secretariat must see (a lost or copied card). Each row
 * says who was scanned, where and when, and where and when the check-in that counts was made; the
 * operator acknowledges it. `request_id` holds the desk's request id: a retry (even after a restart
 * of the laptop) records nothing twice.
 */
export const checkinAnomalies: Migration = {
  version: 11,
  name: 'checkin-anomalies',
  sql: `
CREATE TABLE checkin_anomalies (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id),
  delegate_id INTEGER NOT NULL REFERENCES delegates(id),
  at TEXT NOT NULL,
  role TEXT,
  device_id TEXT,
  device_name TEXT,
  first_at TEXT NOT NULL,
  first_role TEXT,
  first_device_id TEXT,
  first_device_name TEXT,
  request_id TEXT UNIQUE,
  acknowledged_at TEXT
) STRICT;
CREATE INDEX checkin_anomalies_session ON checkin_anomalies(session_id);
`,
};
