import type { CommandInput, CommandName } from '../../shared/contract/channels';
import { isConnectionLost, newRequestId } from '../../shared/contract/envelope';
import type { AppErrorData, Result } from '../../shared/contract/result';
import type { Client } from './client';
import { durableList } from './durable-list';

/**
 * Commands kept on this device until the engine has answered them, sent one at a time in the order
 * they were made, each under the request id it was given when it was made: a resend after a lost
 * answer (or after a reload) is answered by the engine's request ledger with the first answer or
 * ALREADY_DONE, never run twice (docs/command-path.md, step 6).
 * Kept in localStorage (durable-list.ts says why); a queue is a few hundred small rows at most.
 */
export interface OutboxItem<M> {
  requestId: string;
  channel: CommandName;
  input: unknown;
  /** Where it may be sent (the congress file it was made for); see `ready`. */
  scope: string;
  /** What the feature needs to show it (a code, a delegate). */
  meta: M;
  madeAt: string;
  /** The engine refused it after it had waited: kept, shown, until the operator dismisses it. */
  refused?: AppErrorData;
}

export interface OutboxView<M> extends OutboxItem<M> {
  /** It has waited for the link (or was left by a reload): shown as waiting, not just in flight. */
  late: boolean;
}

/** What the feature does with an answer: forget the item, or keep it listed as refused. */
export type Verdict = 'done' | 'keep';

export interface OutboxOptions<M> {
  /** Looked up at each send: the window's client may be replaced (a test's new engine). */
  client(): Client;
  /** Where it is kept; the page's localStorage unless given. */
  storage?: Storage | null;
  key: string;
  /** Whether an item may be sent now; one that may not waits (listed) and the rest go on. */
  ready(item: OutboxItem<M>): boolean;
  answered(item: OutboxItem<M>, result: Result<unknown>, late: boolean): Verdict;
  /** Items that have just started waiting for the link, oldest first; `newest`: the last one made. */
  held?(items: OutboxItem<M>[], newest: OutboxItem<M> | undefined): void;
  changed?(items: OutboxView<M>[]): void;
}

export interface Outbox<M> {
  items(): OutboxView<M>[];
  /** Stored before it returns; sent as soon as the items before it are answered. Settles when answered or held. */
  add<C extends CommandName>(channel: C, input: CommandInput<C>, scope: string, meta: M): Promise<void>;
  dismiss(requestId: string): void;
  /** Send what is ready (after the congress changed, or at start). */
  pump(): void;
  stop(): void;
}

export function createOutbox<M>(options: OutboxOptions<M>): Outbox<M> {
  const { client, storage, key } = options;
  const list = durableList<OutboxItem<M>>(key, storage);
  const read = list.read;
  const write = (items: OutboxItem<M>[]) => {
    list.write(items);
    notify();
  };
  // Whatever a previous page left has waited already.
  const late = new Set(read().map((i) => i.requestId));
  const settles = new Map<string, () => void>();
  const settle = (requestId: string) => {
    settles.get(requestId)?.();
    settles.delete(requestId);
  };
  const view = (): OutboxView<M>[] => read().map((i) => ({ ...i, late: late.has(i.requestId) }));
  const notify = () => options.changed?.(view());
  const hold = (items: OutboxItem<M>[]) => {
    const fresh = items.filter((i) => !late.has(i.requestId));
    if (fresh.length === 0) return;
    for (const i of fresh) late.add(i.requestId);
    notify();
    options.held?.(fresh, read().at(-1));
    for (const i of fresh) settle(i.requestId);
  };

  let running = false;
  let stopped = false;
  const pump = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped) {
        const item = read().find((i) => !i.refused && options.ready(i));
        if (!item) return;
        // A transport that throws instead of answering (it should not) is a lost answer too: the item waits.
        const answer = await client()
          .call(item.channel, item.input as never, { requestId: item.requestId })
          .catch(() => {
            client().link.unanswered();
            return null;
          });
        if (stopped) return;
        if (!answer || (!answer.ok && isConnectionLost(answer.error))) {
          hold(read().filter((i) => !i.refused));
          await client().link.nextChance();
          continue;
        }
        const wasLate = late.has(item.requestId);
        const keep = options.answered(item, answer, wasLate) === 'keep' && !answer.ok;
        if (keep) late.add(item.requestId);
        else late.delete(item.requestId);
        const error = answer.ok ? undefined : answer.error;
        write(
          keep
            ? read().map((i) => (i.requestId === item.requestId ? { ...i, refused: error } : i))
            : read().filter((i) => i.requestId !== item.requestId),
        );
        settle(item.requestId);
      }
    } finally {
      running = false;
    }
  };

  return {
    items: view,
    add(channel, input, scope, meta) {
      const item: OutboxItem<M> = { requestId: newRequestId(), channel, input, scope, meta, madeAt: new Date().toISOString() };
      write([...read(), item]);
      const settled = new Promise<void>((resolve) => settles.set(item.requestId, resolve));
      // Known offline: it waits at once, and says so, rather than after a send that cannot arrive.
      if (client().link.state() === 'offline') hold([item]);
      void pump();
      return settled;
    },
    dismiss(requestId) {
      write(read().filter((i) => i.requestId !== requestId));
    },
    pump: () => void pump(),
    stop() {
      stopped = true;
      for (const id of [...settles.keys()]) settle(id);
    },
  };
}
