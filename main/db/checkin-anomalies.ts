import type { CheckinAnomaly, ScanPlace } from '../../shared/contract/anomaly-channels';
import type { Role } from '../../shared/contract/roles';
import type { DB } from './db';

interface AnomalyRow {
  id: number;
  session_id: number;
  delegate_id: number;
  code: string;
  full_name: string;
  at: string;
  role: Role | null;
  device_id: string | null;
  device_name: string | null;
  first_at: string;
  first_role: Role | null;
  first_device_id: string | null;
  first_device_name: string | null;
  acknowledged_at: string | null;
}

const place = (role: Role | null, deviceId: string | null, deviceName: string | null): ScanPlace =>
  role === null ? null : { role, deviceId: deviceId ?? '', deviceName: deviceName ?? '' };

function toAnomaly(r: AnomalyRow): CheckinAnomaly {
  return {
    id: r.id,
    sessionId: r.session_id,
    delegateId: r.delegate_id,
    delegateCode: r.code,
    delegateName: r.full_name,
    at: r.at,
    place: place(r.role, r.device_id, r.device_name),
    firstAt: r.first_at,
    firstPlace: place(r.first_role, r.first_device_id, r.first_device_name),
    acknowledgedAt: r.acknowledged_at,
  };
}

const SELECT = `SELECT a.*, d.code, d.full_name FROM checkin_anomalies a JOIN delegates d ON d.id = a.delegate_id`;

export interface NewAnomaly {
  sessionId: number;
  delegateId: number;
  at: string;
  place: ScanPlace;
  firstAt: string;
  firstPlace: ScanPlace;
  requestId: string | null;
}

/** The new row's id, or null when this request id was recorded already (a retry). */
export function insertAnomaly(db: DB, a: NewAnomaly): number | null {
  const run = db
    .prepare(
      `INSERT INTO checkin_anomalies (session_id, delegate_id, at, role, device_id, device_name,
         first_at, first_role, first_device_id, first_device_name, request_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_id) DO NOTHING`,
    )
    .run(
      a.sessionId,
      a.delegateId,
      a.at,
      a.place?.role ?? null,
      a.place?.deviceId ?? null,
      a.place?.deviceName ?? null,
      a.firstAt,
      a.firstPlace?.role ?? null,
      a.firstPlace?.deviceId ?? null,
      a.firstPlace?.deviceName ?? null,
      a.requestId,
    );
  return run.changes === 0 ? null : Number(run.lastInsertRowid);
}

export function getAnomaly(db: DB, id: number): CheckinAnomaly | undefined {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnomalyRow | undefined;
  return row && toAnomaly(row);
}

export function listAnomalies(db: DB, sessionId: number): CheckinAnomaly[] {
  return (db.prepare(`${SELECT} WHERE a.session_id = ? ORDER BY a.id DESC`).all(sessionId) as AnomalyRow[]).map(toAnomaly);
}

export function acknowledgeAnomalyRow(db: DB, id: number, at: string): void {
  db.prepare('UPDATE checkin_anomalies SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL').run(at, id);
}
