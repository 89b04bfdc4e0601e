import type { AttendanceRecord, AttendanceState } from '../../shared/domain/attendance';
import type { DB } from './db';

interface AttendanceRow {
  delegate_id: number;
  session_id: number;
  state: AttendanceState;
  reason: string | null;
  recorded_at: string;
}

function toRecord(r: AttendanceRow): AttendanceRecord {
  return { delegateId: r.delegate_id, sessionId: r.session_id, state: r.state, reason: r.reason, recordedAt: r.recorded_at };
}

export function getAttendance(db: DB, sessionId: number, delegateId: number): AttendanceRecord | undefined {
  const row = db.prepare('SELECT * FROM attendance WHERE session_id = ? AND delegate_id = ?').get(sessionId, delegateId) as
    AttendanceRow | undefined;
  return row && toRecord(row);
}

export function putAttendance(db: DB, record: AttendanceRecord): void {
  db.prepare(
    `INSERT INTO attendance (session_id, delegate_id, state, reason, recorded_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(session_id, delegate_id) DO UPDATE SET state = excluded.state, reason = excluded.reason,
       recorded_at = excluded.recorded_at`,
  ).run(record.sessionId, record.delegateId, record.state, record.reason, record.recordedAt);
}

export function deleteAttendance(db: DB, sessionId: number, delegateId: number): void {
  db.prepare('DELETE FROM attendance WHERE session_id = ? AND delegate_id = ?').run(sessionId, delegateId);
}

/** Records of active delegates only: a removed delegate no longer counts. */
export function listAttendance(db: DB, sessionId: number): AttendanceRecord[] {
  const rows = db
    .prepare(
      `SELECT a.* FROM attendance a JOIN delegates d ON d.id = a.delegate_id
       WHERE a.session_id = ? AND d.removed_at IS NULL`,
    )
    .all(sessionId) as AttendanceRow[];
  return rows.map(toRecord);
}
