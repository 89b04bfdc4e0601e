import { client } from '../../app/client-instance';
import { useAttendance } from '../checkin/attendance-store';

/**
 * How often a desk asks which session is current. The switch itself (sessions:setCurrent) is told
 * to the operator's windows only (congress:changed carries the file's path: shared/contract/roles.ts
 * EVENT_POLICY), so a desk learns it from the next check-in of the new session, from any desk, or
 * from this question, whichever comes first (docs/hall-network.md «Bàn điểm danh theo phiên đang mở»).
 */
export const SESSION_CHECK_MS = 3000;

/** The session the engine checks in to now (the answer to a summary asked without one), or undefined: no answer. */
async function currentSession(): Promise<number | null | undefined> {
  const summary = await client().call('attendance:summary', {});
  return summary.ok ? summary.value.sessionId : undefined;
}

/** The desk's list and counts are the current session's: loaded again when the operator switched. */
export async function followCurrentSession(force = false): Promise<void> {
  const current = await currentSession();
  if (current === undefined) return; // the laptop out of reach: the list stays as it was, the top line says so
  if (force || current !== useAttendance.getState().sessionId) await useAttendance.getState().load(current);
}

/** A check-in pushed for a session this desk does not show: the operator has switched, most likely. */
export function isOtherSession(sessionId: number): boolean {
  return sessionId !== useAttendance.getState().sessionId;
}
