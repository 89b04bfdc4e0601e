import type { CommandName } from '../../shared/contract/channels';
import type { EventListener } from '../../shared/contract/bridge';
import {
  type CommandMeta,
  connectionLost,
  type EventStamp,
  isReread,
  REQUEST_ID_HEADER,
  RESUME_AFTER_PARAM,
  RESUME_RUN_PARAM,
  type StreamMessage,
} from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import type { LinkedBridge, StreamSign } from './link';

const TOKEN_KEY = 'congress-desk-token';

/** The token arrives in the URL once; kept for reloads, then removed from the address bar. */
export function takeToken(location: Location, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

/** The event stream's address: where it left off, when it has seen an event (docs/command-path.md). */
export function eventsUrl(base: string, token: string, last: EventStamp | null): string {
  const url = new URL('/events', base.replace(/^http/, 'ws'));
  url.searchParams.set('token', token);
  if (last) {
    url.searchParams.set(RESUME_RUN_PARAM, last.runId);
    url.searchParams.set(RESUME_AFTER_PARAM, String(last.seq));
  }
  return url.toString();
}

/**
 * No answer came: said without guessing why (a stream reconnecting, the host restarting or stopped),
 * and without claiming the command did not run — the client's retry under the same id settles that.
 */
function noAnswer(key: 'link.noAnswer' | 'link.tokenRefused', cause: string) {
  return connectionLost(key, { cause });
}

/**
 * The contract over the browser host: POST /api/<channel> (the request id in a header), events
 * over a reconnecting WebSocket that says the last event it saw, so the host sends exactly what
 * was missed, or a single "re-read".
 */
export function createHttpBridge(token: string, base = window.location.origin): LinkedBridge {
  const listeners = new Set<EventListener>();
  const rereads = new Set<(position?: EventStamp) => void>();
  const streamSigns = new Set<(sign: StreamSign) => void>();
  let socket: WebSocket | null = null;
  let last: EventStamp | null = null;
  let retry = 250;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  const sign = (s: StreamSign) => {
    for (const l of streamSigns) l(s);
  };

  const reread = (position?: EventStamp) => {
    for (const l of rereads) l(position);
  };

  const connect = () => {
    reconnectTimer = null;
    const ws = new WebSocket(eventsUrl(base, token, last));
    socket = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      retry = 250;
      sign('open');
      // Nothing seen yet (first connection): nobody can say what was missed, so re-read.
      if (!last) reread();
    };
    ws.onmessage = (m: MessageEvent<string>) => {
      const message = JSON.parse(m.data) as StreamMessage;
      if (isReread(message)) {
        last = message.reread;
        reread(message.reread);
        return;
      }
      last = { runId: message.runId, seq: message.seq };
      for (const l of listeners) l(message.name, message.payload, last);
    };
    ws.onclose = () => {
      socket = null;
      if (listeners.size === 0) return; // closed on purpose: nobody listens any more
      sign(opened ? 'dropped' : 'failed');
      reconnectTimer = setTimeout(connect, (retry = Math.min(retry * 2, 5000)));
    };
  };
  /** A call was answered while the stream waits out its back-off: the host is back, so reconnect now. */
  const reconnectNow = () => {
    if (!reconnectTimer) return;
    clearTimeout(reconnectTimer);
    connect();
  };

  return {
    async invoke(channel: CommandName, input: unknown, meta?: CommandMeta): Promise<Result<unknown>> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Congress-Token': token };
      if (meta?.requestId) headers[REQUEST_ID_HEADER] = meta.requestId;
      let res: Response;
      try {
        res = await fetch(`${base}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      } catch (error) {
        return { ok: false, error: noAnswer('link.noAnswer', String(error)) };
      }
      // The host no longer knows this page's token (restarted with new ones): the engine was not reached.
      if (res.status === 401) return { ok: false, error: noAnswer('link.tokenRefused', 'HTTP 401') };
      try {
        const answer = (await res.json()) as Result<unknown>;
        reconnectNow();
        return answer;
      } catch (error) {
        return { ok: false, error: noAnswer('link.noAnswer', String(error)) };
      }
    },
    onStream(listener: (s: StreamSign) => void): () => void {
      streamSigns.add(listener);
      return () => streamSigns.delete(listener);
    },
    onReread(listener: (position?: EventStamp) => void): () => void {
      rereads.add(listener);
      return () => rereads.delete(listener);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      if (!socket && !reconnectTimer) connect(); // one waiting out its back-off reconnects on its own
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        socket?.close();
        if (reconnectTimer) clearTimeout(reconnectTimer);
        reconnectTimer = null;
      };
    },
  };
}
