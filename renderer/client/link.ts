import type { CongressBridge } from '../../shared/contract/bridge';

/**
 * Whether this window can reach the engine, known at once from what the transport sees: a call that
 * got no answer, the event stream dropping or failing to reconnect (docs/command-path.md, "A stream
 * that was cut off"). The newest sign wins; nothing is polled for it.
 *
 * - online: the last call was answered and the stream (if the transport has one) is open.
 * - reconnecting: the stream dropped, or is not back yet although calls are answered; no failure yet.
 * - offline: a call got no answer, or the stream could not be opened again.
 */
export type LinkState = 'online' | 'reconnecting' | 'offline';

/** What the event stream reports: it opened, an open one dropped, an attempt to open it failed. */
export type StreamSign = 'open' | 'dropped' | 'failed';

/** A transport that can say how its event stream fares (the browser host's WebSocket); Electron's IPC has none. */
export interface LinkedBridge extends CongressBridge {
  onStream?(listener: (sign: StreamSign) => void): () => void;
}

export interface Link {
  state(): LinkState;
  subscribe(listener: (state: LinkState) => void): () => void;
  /** A call was answered by the engine (an answer or a refusal: either way it was reached). */
  answered(): void;
  /** A call got no answer: the connection dropped before or after it ran. */
  unanswered(): void;
  stream(sign: StreamSign): void;
  /** Resolves when the link is no longer offline, or after `ms` (a retry is the only probe some transports have). */
  nextChance(ms?: number): Promise<void>;
}

/** How long work waiting for the link sleeps before it tries again on its own. */
export const RETRY_WHILE_OFFLINE_MS = 2000;

export function createLink(): Link {
  let state: LinkState = 'online';
  let streamOpen: boolean | null = null; // null: this transport has no stream (Electron's IPC)
  const listeners = new Set<(state: LinkState) => void>();
  const become = (next: LinkState) => {
    if (next === state) return;
    state = next;
    for (const l of [...listeners]) l(next);
  };
  const subscribe = (listener: (state: LinkState) => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  return {
    state: () => state,
    subscribe,
    answered: () => become(streamOpen === false ? 'reconnecting' : 'online'),
    unanswered: () => become('offline'),
    stream(sign) {
      streamOpen = sign === 'open';
      // A stream that just dropped is a reconnect, not yet a lost host: the first failed attempt says that.
      become(sign === 'open' ? 'online' : sign === 'dropped' ? 'reconnecting' : 'offline');
    },
    nextChance(ms = RETRY_WHILE_OFFLINE_MS) {
      if (state !== 'offline') return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          off();
          resolve();
        };
        const timer = setTimeout(done, ms);
        const off = subscribe((s) => s !== 'offline' && done());
      });
    },
  };
}
