import type { AppErrorData } from '../../../shared/contract/result';
import type { Delegate } from '../../../shared/domain/delegate';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useRoster } from '../roster/roster-store';
import { useCheckin } from './checkin-store';
import { playCue } from './sound';

function checkedIn(delegate: Delegate): void {
  const s = useCheckin.getState();
  s.show({ kind: 'ok', delegate, at: Date.now() });
  playCue('ok');
}

function refused(error: AppErrorData, code: string): void {
  const s = useCheckin.getState();
  if (error.code === 'ALREADY_CHECKED_IN') {
    const { delegate } = error.details as { delegate: Delegate };
    s.show({ kind: 'already', delegate, problem: error, at: Date.now() });
    playCue('already');
  } else if (error.code === 'UNKNOWN_DELEGATE_CODE') {
    s.show({ kind: 'unknown', code, problem: error, at: Date.now() });
    playCue('unknown');
  } else {
    useApp.getState().fail(error);
    playCue('unknown');
  }
}

/** What the scanner sent (a code + Enter). */
export async function scanCode(code: string): Promise<void> {
  const r = await client().call('checkin:scan', { code });
  if (r.ok) checkedIn(r.value.delegate);
  else refused(r.error, code.trim());
}

/** A tick in the list, or Enter on the row picked with the arrows. */
export async function checkInDelegate(delegateId: number): Promise<void> {
  const r = await client().call('checkin:mark', { delegateId });
  if (r.ok) checkedIn(r.value.delegate);
  else refused(r.error, '');
}

export async function undoCheckIn(delegateId: number, known?: Delegate): Promise<void> {
  const r = await client().call('checkin:undo', { delegateId });
  const delegate = known ?? useRoster.getState().byId.get(delegateId);
  if (!r.ok) return useApp.getState().fail(r.error);
  if (delegate) useCheckin.getState().show({ kind: 'undone', delegate, at: Date.now() });
}

/** Ctrl+Z: only the check-in just reported, taken at once so a second Ctrl+Z finds nothing. */
export async function undoLast(): Promise<void> {
  const delegate = useCheckin.getState().takeUndoable();
  if (delegate) await undoCheckIn(delegate.id, delegate);
}

export async function markAbsent(delegate: Delegate, reason: string | null): Promise<void> {
  const r = await client().call('attendance:markAbsent', { delegateId: delegate.id, reason });
  if (!r.ok) return useApp.getState().fail(r.error);
  useCheckin.getState().show({ kind: 'absent', delegate, at: Date.now() });
}
