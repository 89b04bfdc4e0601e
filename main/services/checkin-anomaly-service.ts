/**
 * A delegate already present scanned again at another place (docs/hall-network.md «Khi có sự cố»):
 * the scan is refused (ALREADY_CHECKED_IN, never counted twice) and kept as an anomaly for the
 * operator, with where and when the check-in that counts was made: a card scanned at two doors may
 * be lost, lent or copied. The same place twice is not one: that desk's own screen already says
 * «đã điểm danh lúc …».
 */
import type { CheckinAnomaly, ScanPlace } from '../../shared/contract/anomaly-channels';
import type { Caller } from '../../shared/contract/envelope';
import { isRemoteRole, type Role } from '../../shared/contract/roles';
import type { AttendanceRecord } from '../../shared/domain/attendance';
import { appendAudit } from '../db/audit';
import { acknowledgeAnomalyRow, getAnomaly, insertAnomaly, listAnomalies } from '../db/checkin-anomalies';
import { type CongressContext, inTransaction, missing } from './context';

const placeOf = (caller: Caller | null): ScanPlace =>
  caller === null ? null : { role: caller.role, deviceId: caller.deviceId, deviceName: caller.deviceName };

/** The laptop is one place, whichever of its windows (or the command line) scanned; a device is its own. */
const where = (p: ScanPlace): string => (p === null || !isRemoteRole(p.role) ? 'laptop' : `${p.role}\u0000${p.deviceId}`);

/** Who made the check-in that counts: the actor of its audit entry (hash rule 3, main/db/audit-actor.ts). */
function firstPlace(ctx: CongressContext, sessionId: number, delegateId: number): ScanPlace {
  const actor = ctx.db
    .prepare(
      `SELECT actor FROM audit WHERE entity = 'attendance' AND entity_id = ? AND action IN ('checkin.scan', 'checkin.mark')
       ORDER BY id DESC LIMIT 1`,
    )
    .pluck()
    .get(`${sessionId}:${delegateId}`) as string | null | undefined;
  if (!actor) return null;
  const [role, deviceId, deviceName] = JSON.parse(actor) as [Role, string, string];
  return { role, deviceId, deviceName };
}

/**
 * Called while refusing a repeat check-in of `first`'s delegate: at another place, the engine keeps
 * the anomaly once the refusal has rolled the command back (CongressContext.keepOnRefusal).
 */
export function noteRepeatCheckIn(ctx: CongressContext, first: AttendanceRecord): void {
  const place = placeOf(ctx.caller?.() ?? null);
  const counted = firstPlace(ctx, first.sessionId, first.delegateId);
  if (where(place) === where(counted)) return;
  const at = ctx.now();
  ctx.keepOnRefusal?.((requestId) => {
    const id = insertAnomaly(ctx.db, {
      sessionId: first.sessionId,
      delegateId: first.delegateId,
      at,
      place,
      firstAt: first.recordedAt,
      firstPlace: counted,
      requestId,
    });
    if (id === null) return; // this request was kept already: a retry
    const anomaly = getAnomaly(ctx.db, id)!;
    appendAudit(ctx.db, at, { action: 'anomaly.repeatCheckIn', entity: 'checkin_anomaly', entityId: id, after: anomaly });
    ctx.emit('checkin:anomaly', { anomaly });
  });
}

/** `sessionId` as resolved by checkin-service.ts resolveSession. */
export function anomaliesOf(ctx: CongressContext, sessionId: number): CheckinAnomaly[] {
  return listAnomalies(ctx.db, sessionId);
}

/** The operator has seen it; acknowledging twice changes nothing. */
export function acknowledgeAnomaly(ctx: CongressContext, id: number): CheckinAnomaly {
  let changed = false;
  const anomaly = inTransaction(ctx, () => {
    const before = getAnomaly(ctx.db, id);
    if (!before) throw missing('anomaly', { id });
    if (before.acknowledgedAt !== null) return before;
    const at = ctx.now();
    acknowledgeAnomalyRow(ctx.db, id, at);
    const after = getAnomaly(ctx.db, id)!;
    appendAudit(ctx.db, at, { action: 'anomaly.acknowledge', entity: 'checkin_anomaly', entityId: id, before, after });
    changed = true;
    return after;
  });
  if (changed) ctx.emit('checkin:anomaly', { anomaly });
  return anomaly;
}
