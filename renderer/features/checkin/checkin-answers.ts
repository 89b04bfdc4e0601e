import type { AppErrorData, Result } from '../../../shared/contract/result';
import type { Delegate } from '../../../shared/domain/delegate';
import { useApp } from '../../app/app-store';
import { useRoster } from '../roster/roster-store';
import type { CheckinItem, CheckinOutboxHooks } from './checkin-outbox';
import { useCheckin } from './checkin-store';
import { playCue } from './sound';

export function checkedIn(delegate: Delegate): void {
  const s = useCheckin.getState();
  s.show({ kind: 'ok', delegate, at: Date.now() });
  playCue('ok');
}

export function refused(error: AppErrorData, code: string): void {
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

/** The door's own refusals; any other (no file open, the file lost…) also goes to the notice bar. */
const DOOR_REFUSALS = new Set(['ALREADY_CHECKED_IN', 'UNKNOWN_DELEGATE_CODE']);

/** Whether the big feedback still shows this check-in as waiting: then its answer replaces it. */
function showsWaiting(item: CheckinItem): boolean {
  const f = useCheckin.getState().feedback;
  return f?.kind === 'queued' && f.requestId === item.requestId;
}

function delegateOf(item: CheckinItem): Delegate | undefined {
  return item.meta.delegateId === undefined ? undefined : useRoster.getState().byId.get(item.meta.delegateId);
}

/**
 * A check-in sent at once is answered as it always was: the big feedback and its tone. One that
 * waited is answered quietly (its row turns «Có mặt» from the engine's event), unless the feedback
 * still shows it; refused, it stays listed with the engine's reason until dismissed, never lost.
 * ALREADY_DONE is done: the first try went through and only its answer was lost.
 */
function answered(item: CheckinItem, result: Result<unknown>, late: boolean) {
  const code = item.meta.code ?? '';
  if (result.ok) {
    if (!late || showsWaiting(item)) checkedIn((result.value as { delegate: Delegate }).delegate);
    return 'done' as const;
  }
  const error: AppErrorData = result.error;
  if (error.code === 'ALREADY_DONE') {
    const delegate = delegateOf(item);
    if (delegate && showsWaiting(item)) checkedIn(delegate);
    return 'done' as const;
  }
  if (!late || showsWaiting(item)) refused(error, code);
  else if (!DOOR_REFUSALS.has(error.code)) useApp.getState().fail(error);
  else playCue('unknown');
  return late ? ('keep' as const) : ('done' as const);
}

/** The operator's latest check-in cannot be sent now: say so where they look, instead of a cleared field. */
function held(items: CheckinItem[], newest: CheckinItem | undefined): void {
  const item = items.find((i) => i.requestId === newest?.requestId);
  if (!item) return;
  const delegate = delegateOf(item);
  useCheckin.getState().show({
    kind: 'queued',
    requestId: item.requestId,
    code: item.meta.code ?? delegate?.code ?? '',
    ...(delegate ? { delegate } : {}),
    at: Date.now(),
  });
  playCue('queued');
}

export const checkinAnswers: CheckinOutboxHooks = { answered, held };
