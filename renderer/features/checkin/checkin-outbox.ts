import { create } from 'zustand';
import type { Result } from '../../../shared/contract/result';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { createOutbox, type Outbox, type OutboxItem, type OutboxView, type Verdict } from '../../client/outbox';

/**
 * Every check-in (a scan, a tick by name) goes through this one outbox, online or not: stored on
 * the device first, then sent in order under its own request id (renderer/client/outbox.ts). A
 * link that drops keeps it waiting, listed «Chờ gửi», and a reload finds it again and sends it.
 */
export interface CheckinMeta {
  /** What the scanner typed; absent for a tick by name. */
  code?: string;
  /** The delegate, when this device's roster knows them (by the code, or the row ticked). */
  delegateId?: number;
}

export type CheckinItem = OutboxItem<CheckinMeta>;

export interface CheckinOutboxStore {
  /** Those that have waited for the link or were refused after waiting; one still in flight is not listed. */
  shown: OutboxView<CheckinMeta>[];
  /** Delegates with a check-in waiting: their row says «Chờ gửi». */
  waitingFor: Set<number>;
}

export const getInitialCheckinOutboxState = (): CheckinOutboxStore => ({ shown: [], waitingFor: new Set() });
export const useCheckinOutbox = create<CheckinOutboxStore>(() => getInitialCheckinOutboxState());

const STORAGE_KEY = 'congress-desk-outbox:checkin';

export interface CheckinOutboxHooks {
  answered(item: CheckinItem, result: Result<unknown>, late: boolean): Verdict;
  held(items: CheckinItem[], newest: CheckinItem | undefined): void;
}

let box: Outbox<CheckinMeta> | null = null;
let hooks: CheckinOutboxHooks | null = null;

/** The congress file a check-in was made for: sent only while that file is open. */
export function currentScope(): string | null {
  return useApp.getState().congress?.path ?? null;
}

function show(items: OutboxView<CheckinMeta>[]): void {
  const shown = items.filter((i) => i.late || i.refused);
  const waitingFor = new Set(shown.flatMap((i) => (!i.refused && i.meta.delegateId !== undefined ? [i.meta.delegateId] : [])));
  useCheckinOutbox.setState({ shown, waitingFor });
}

/** What the feature does with answers (checkin-actions.ts, when it loads: before any client exists). */
export function answerCheckinsWith(given: CheckinOutboxHooks): void {
  hooks = given;
}

/** The outbox of this window, made on first use. */
export function checkinOutbox(): Outbox<CheckinMeta> {
  if (box) return box;
  const made = createOutbox<CheckinMeta>({
    client,
    key: STORAGE_KEY,
    ready: (item) => item.scope === currentScope(),
    answered: (item, result, late) => hooks?.answered(item, result, late) ?? 'done',
    held: (items, newest) => hooks?.held(items, newest),
    changed: show,
  });
  box = made;
  show(made.items());
  return made;
}

/** For tests: forget this window's outbox (what storage holds stays, as across a reload). */
export function resetCheckinOutbox(): void {
  box?.stop();
  box = null;
  useCheckinOutbox.setState(getInitialCheckinOutboxState());
}

/**
 * Whatever waits is sent as soon as its congress is open, whichever screen is shown: after a reload
 * the operator may be on another screen, and the check-ins must not wait for a visit to this one.
 */
useApp.subscribe((state, before) => {
  const path = state.congress?.path ?? null;
  if (path && path !== (before.congress?.path ?? null) && hooks) checkinOutbox().pump();
});
