import type { Delegate } from '../../../shared/domain/delegate';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useRoster } from '../roster/roster-store';
import { checkinAnswers } from './checkin-answers';
import { answerCheckinsWith, checkinOutbox, currentScope } from './checkin-outbox';
import { useCheckin } from './checkin-store';

answerCheckinsWith(checkinAnswers);

/** The session on screen, named in the check-in itself: one sent late must not land in a session chosen since. */
function inSession<T extends object>(input: T): T & { sessionId?: number } {
  const sessionId = useApp.getState().congress?.currentSessionId ?? null;
  return sessionId === null ? input : { ...input, sessionId };
}

/**
 * A new scan or tick, from the moment it is sent: Ctrl+Z pressed before its answer (a refusal,
 * or a check-in still waiting for the link) must not reach back to the check-in before it.
 */
function forgetUndo(): void {
  useCheckin.getState().takeUndoable();
}

/** What the scanner sent (a code + Enter): kept on the device until the engine has answered (checkin-outbox.ts). */
export function scanCode(code: string): Promise<void> {
  forgetUndo();
  const trimmed = code.trim();
  const known = useRoster.getState().byCode.get(trimmed.toUpperCase());
  const meta = known ? { code: trimmed, delegateId: known.id } : { code: trimmed };
  const scope = currentScope();
  if (!scope) return Promise.resolve(); // no congress open: the screen is not shown, nothing to check in to
  return checkinOutbox().add('checkin:scan', inSession({ code }), scope, meta);
}

/** A tick in the list, or Enter on the row picked with the arrows; kept like a scan. */
export function checkInDelegate(delegateId: number): Promise<void> {
  forgetUndo();
  const scope = currentScope();
  if (!scope) return Promise.resolve();
  return checkinOutbox().add('checkin:mark', inSession({ delegateId }), scope, { delegateId });
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
  else useCheckin.getState().say('checkin.nothingToUndo');
}

export async function markAbsent(delegate: Delegate, reason: string | null): Promise<void> {
  const r = await client().call('attendance:markAbsent', { delegateId: delegate.id, reason });
  if (!r.ok) return useApp.getState().fail(r.error);
  useCheckin.getState().show({ kind: 'absent', delegate, at: Date.now() });
}
