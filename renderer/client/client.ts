import type { CommandName, CommandInput, CommandOutput, EventName, EventPayload } from '../../shared/contract/channels';
import type { CongressBridge } from '../../shared/contract/bridge';
import { isConnectionLost, newRequestId } from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import { createHttpBridge, takeToken } from './http-bridge';
import { createLink, type Link, type LinkedBridge } from './link';

export type { LinkedBridge };

/** The one client every feature uses, over whichever transport this window has. */
export interface Client {
  /**
   * `meta.requestId`: the id of a command tried before (an outbox resending it after the link came
   * back), so the engine runs it at most once; without it, a fresh id.
   */
  call<C extends CommandName>(channel: C, input: CommandInput<C>, meta?: { requestId: string }): Promise<Result<CommandOutput<C>>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Runs `listener` when this window must re-read what it shows: the stream could not say what was
   * missed (first connection, a gap older than the engine keeps, the engine restarted). Not after a
   * reconnect that was given the missed events: those arrive through `on` as usual.
   */
  onReread(listener: () => void): () => void;
  bridge: CongressBridge;
  /** Online, reconnecting or offline, from every call's fate and the event stream (link.ts). */
  link: Link;
}

export interface ClientOptions {
  newRequestId?: () => string;
  /** Before the one retry of a command whose answer was lost with the connection. */
  retryDelayMs?: number;
}

/** An unsubscribe called twice must not stop the stream for the others. */
function once(run: () => void): () => void {
  let done = false;
  return () => {
    if (!done) run();
    done = true;
  };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createClient(bridge: LinkedBridge, options: ClientOptions = {}): Client {
  const makeId = options.newRequestId ?? newRequestId;
  const retryDelayMs = options.retryDelayMs ?? 400;
  const link = createLink();
  bridge.onStream?.((sign) => link.stream(sign));
  const send = async (channel: CommandName, input: unknown, requestId: string) => {
    const answer = await bridge.invoke(channel, input, { requestId });
    if (!answer.ok && isConnectionLost(answer.error)) link.unanswered();
    else link.answered();
    return answer;
  };
  const rereads = new Set<() => void>();
  const reread = () => {
    for (const l of rereads) l();
  };
  // A transport that numbers events: a new run id means the engine restarted, whatever the stream
  // said. Watched while anyone listens, so the last listener gone lets the stream close.
  let runId: string | null = null;
  let users = 0;
  let stopWatching: (() => void) | null = null;
  const watch = () => {
    if (users++ > 0) return;
    const offReread = bridge.onReread?.((position) => {
      if (position) runId = position.runId;
      reread();
    });
    const offEvents = bridge.subscribe((_name, _payload, stamp) => {
      if (!stamp) return;
      const restarted = runId !== null && stamp.runId !== runId;
      runId = stamp.runId;
      if (restarted) reread();
    });
    stopWatching = () => {
      offReread?.();
      offEvents();
    };
  };
  const unwatch = () => {
    if (--users > 0) return;
    stopWatching?.();
    stopWatching = null;
  };

  return {
    bridge,
    link,
    /**
     * Every command carries a fresh request id. When the connection drops before the answer comes,
     * the command is sent once more with the SAME id: if it had run, the engine answers its first
     * answer (or ALREADY_DONE after a restart) and changes nothing twice.
     */
    async call(channel, input, meta) {
      const requestId = meta?.requestId ?? makeId();
      const first = await send(channel, input, requestId);
      if (first.ok || !isConnectionLost(first.error)) return first as Result<never>;
      await wait(retryDelayMs);
      return (await send(channel, input, requestId)) as Result<never>;
    },
    on: (name, listener) => {
      watch();
      const off = bridge.subscribe((n, payload) => {
        if (n === name) listener(payload as never);
      });
      return once(() => {
        off();
        unwatch();
      });
    },
    onReread: (listener) => {
      watch();
      rereads.add(listener);
      return once(() => {
        rereads.delete(listener);
        unwatch();
      });
    },
  };
}

/** Electron's preload if present, else the browser host with the token from the URL. */
export function connect(): Client {
  if (window.congressDesk) return createClient(window.congressDesk);
  const token = takeToken(window.location, window.sessionStorage);
  if (!token) throw new Error('NO_TOKEN');
  return createClient(createHttpBridge(token));
}
