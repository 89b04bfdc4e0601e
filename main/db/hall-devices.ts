import type { DeviceRole, StationAssignment } from '../../shared/contract/network-schemas';
import type { DB } from './db';

/** A paired device as the congress file holds it (migration 008); the credential only as its hash. */
export interface HallDeviceRow {
  id: string;
  name: string;
  role: DeviceRole;
  assignment: StationAssignment | null;
  pairedAt: string;
  pairedFrom: string;
  revokedAt: string | null;
}

interface Row {
  id: string;
  name: string;
  role: DeviceRole;
  assignment: string | null;
  paired_at: string;
  paired_from: string;
  revoked_at: string | null;
}

const toDevice = (r: Row): HallDeviceRow => ({
  id: r.id,
  name: r.name,
  role: r.role,
  assignment: r.assignment === null ? null : (JSON.parse(r.assignment) as StationAssignment),
  pairedAt: r.paired_at,
  pairedFrom: r.paired_from,
  revokedAt: r.revoked_at,
});

export function insertHallDevice(db: DB, device: Omit<HallDeviceRow, 'revokedAt'>, credentialHash: string): void {
  db.prepare(
    `INSERT INTO hall_devices (id, name, role, assignment, credential_hash, paired_at, paired_from)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    device.id,
    device.name,
    device.role,
    device.assignment === null ? null : JSON.stringify(device.assignment),
    credentialHash,
    device.pairedAt,
    device.pairedFrom,
  );
}

/** Every device ever paired for this congress, revoked ones too, in the order they were let in. */
export function listHallDevices(db: DB): HallDeviceRow[] {
  return (db.prepare('SELECT * FROM hall_devices ORDER BY paired_at, id').all() as Row[]).map(toDevice);
}

export function getHallDevice(db: DB, id: string): HallDeviceRow | undefined {
  const row = db.prepare('SELECT * FROM hall_devices WHERE id = ?').get(id) as Row | undefined;
  return row && toDevice(row);
}

/** The device a credential belongs to, while it is not revoked (one indexed look-up per request). */
export function activeDeviceByCredential(db: DB, credentialHash: string): HallDeviceRow | undefined {
  const row = db.prepare('SELECT * FROM hall_devices WHERE credential_hash = ? AND revoked_at IS NULL').get(credentialHash) as
    Row | undefined;
  return row && toDevice(row);
}

export function revokeHallDevice(db: DB, id: string, at: string): boolean {
  return db.prepare('UPDATE hall_devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes > 0;
}
