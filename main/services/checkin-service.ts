import { AppError } from '../../shared/contract/result';
import { type AttendanceRecord, type AttendanceSummary, summarizeAttendance } from '../../shared/domain/attendance';
import type { Delegate } from '../../shared/domain/delegate';
import { vietnamTime } from '../../shared/domain/document-format';
import { deleteAttendance, getAttendance, listAttendance, putAttendance } from '../db/attendance';
import { appendAudit } from '../db/audit';
import { getCongressSettings, getCurrentSessionId, getSession } from '../db/congress';
import { findActiveDelegateByCode, getActiveDelegate } from '../db/delegates';
import { noteRepeatCheckIn } from './checkin-anomaly-service';
import { type CongressContext, inTransaction, missing } from './context';

export interface CheckIn {
  delegate: Delegate;
  record: AttendanceRecord;
}

/** The session a check-in applies to: the one named, else the congress's current session. */
export function resolveSession(ctx: CongressContext, sessionId?: number): number {
  const id = sessionId ?? getCurrentSessionId(ctx.db);
  if (id === null || id === undefined) {
    throw AppError.of('NOT_FOUND', 'checkin.noSession');
  }
  if (!getSession(ctx.db, id)) throw missing('session', { id });
  return id;
}

export function attendanceSummary(ctx: CongressContext, sessionId?: number): AttendanceSummary {
  const id = resolveSession(ctx, sessionId);
  const rule = getCongressSettings(ctx.db)?.quorumRule ?? 'two_thirds';
  return summarizeAttendance(ctx.delegates(), listAttendance(ctx.db, id), rule, id);
}

export function attendanceList(ctx: CongressContext, sessionId?: number): AttendanceRecord[] {
  return listAttendance(ctx.db, resolveSession(ctx, sessionId));
}

function announce(ctx: CongressContext, sessionId: number, records: AttendanceRecord[], removed: number[]): void {
  ctx.emit('attendance:changed', {
    sessionId,
    records,
    removedDelegateIds: removed,
    summary: attendanceSummary(ctx, sessionId),
  });
}

function activeDelegate(ctx: CongressContext, id: number): Delegate {
  const d = getActiveDelegate(ctx.db, id);
  if (!d) throw missing('delegate', { id });
  return d;
}

function checkInDelegate(ctx: CongressContext, delegate: Delegate, sessionId: number, via: string): CheckIn {
  const record = inTransaction(ctx, () => {
    const before = getAttendance(ctx.db, sessionId, delegate.id);
    if (before?.state === 'present') {
      const when = vietnamTime(before.recordedAt).slice(11, 16); // hall time: the stored time is UTC
      noteRepeatCheckIn(ctx, before); // at another desk: kept for the operator, still counted once
      throw AppError.of(
        'ALREADY_CHECKED_IN',
        'checkin.already',
        { name: delegate.fullName, code: delegate.code, time: when },
        { delegate, record: before },
      );
    }
    const at = ctx.now();
    const r: AttendanceRecord = { delegateId: delegate.id, sessionId, state: 'present', reason: null, recordedAt: at };
    putAttendance(ctx.db, r);
    appendAudit(ctx.db, at, { action: `checkin.${via}`, entity: 'attendance', entityId: `${sessionId}:${delegate.id}`, before, after: r });
    return r;
  });
  announce(ctx, sessionId, [record], []);
  return { delegate, record };
}

/** A scanner types the code and Enter; codes compare case-insensitively. */
export function checkInByCode(ctx: CongressContext, code: string, sessionId?: number): CheckIn {
  const session = resolveSession(ctx, sessionId);
  const wanted = code.trim();
  const delegate = findActiveDelegateByCode(ctx.db, wanted);
  if (!delegate) {
    throw AppError.of('UNKNOWN_DELEGATE_CODE', 'checkin.unknownCode', { code: wanted }, { code: wanted });
  }
  return checkInDelegate(ctx, delegate, session, 'scan');
}

export function checkInById(ctx: CongressContext, delegateId: number, sessionId?: number): CheckIn {
  const session = resolveSession(ctx, sessionId);
  return checkInDelegate(ctx, activeDelegate(ctx, delegateId), session, 'mark');
}

/** Undoing a wrong check-in returns the delegate to "not marked"; the audit keeps both steps. */
export function undoCheckIn(ctx: CongressContext, delegateId: number, sessionId?: number): void {
  const session = resolveSession(ctx, sessionId);
  const delegate = activeDelegate(ctx, delegateId);
  inTransaction(ctx, () => {
    const before = getAttendance(ctx.db, session, delegateId);
    if (before?.state !== 'present') {
      throw AppError.of('NOT_CHECKED_IN', 'checkin.nothingToUndo', { name: delegate.fullName });
    }
    deleteAttendance(ctx.db, session, delegateId);
    appendAudit(ctx.db, ctx.now(), { action: 'checkin.undo', entity: 'attendance', entityId: `${session}:${delegateId}`, before });
  });
  announce(ctx, session, [], [delegateId]);
}

/** Absent with a reason (vắng có lý do) or without one (vắng không lý do). */
export function markAbsent(ctx: CongressContext, delegateId: number, reason: string | null, sessionId?: number): AttendanceRecord {
  const session = resolveSession(ctx, sessionId);
  activeDelegate(ctx, delegateId);
  const trimmed = reason?.trim() || null;
  const record = inTransaction(ctx, () => {
    const before = getAttendance(ctx.db, session, delegateId);
    const at = ctx.now();
    const r: AttendanceRecord = {
      delegateId,
      sessionId: session,
      state: trimmed ? 'absent_excused' : 'absent',
      reason: trimmed,
      recordedAt: at,
    };
    putAttendance(ctx.db, r);
    appendAudit(ctx.db, at, {
      action: 'attendance.absent',
      entity: 'attendance',
      entityId: `${session}:${delegateId}`,
      before,
      after: r,
      reason: trimmed,
    });
    return r;
  });
  announce(ctx, session, [record], []);
  return record;
}
