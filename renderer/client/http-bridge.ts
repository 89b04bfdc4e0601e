import type { CommandName } from '../../shared/contract/channels';
import type { CongressBridge, EventListener } from '../../shared/contract/bridge';
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
 * The contract over the browser host: POST /api/<channel> (the request id in a header), events
 * over a reconnecting WebSocket that says the last event it saw, so the host sends exactly what
 * was missed, or a single "re-read".
 */
export function createHttpBridge(token: string, base = window.location.origin): CongressBridge {
  const listeners = new Set<EventListener>();
  const rereads = new Set<(position?: EventStamp) => void>();
  let socket: WebSocket | null = null;
  let last: EventStamp | null = null;
  let retry = 250;

  const reread = (position?: EventStamp) => {
    for (const l of rereads) l(position);
  };

  const connect = () => {
    const ws = new WebSocket(eventsUrl(base, token, last));
    socket = ws;
    ws.onopen = () => {
      retry = 250;
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
      if (listeners.size > 0) setTimeout(connect, (retry = Math.min(retry * 2, 5000)));
    };
  };

  return {
    async invoke(channel: CommandName, input: unknown, meta?: CommandMeta): Promise<Result<unknown>> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Congress-Token': token };
      if (meta?.requestId) headers[REQUEST_ID_HEADER] = meta.requestId;
      try {
        const res = await fetch(`${base}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
        return (await res.json()) as Result<unknown>;
      } catch (error) {
        return {
          ok: false,
          error: connectionLost(
            'Mất kết nối tới máy chủ Congress Desk. Kiểm tra chương trình còn chạy.',
            `Lost the connection to the Congress Desk host (${String(error)}).`,
          ),
        };
      }
    },
    onReread(listener: (position?: EventStamp) => void): () => void {
      rereads.add(listener);
      return () => rereads.delete(listener);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      if (!socket) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) socket?.close();
      };
    },
  };
}
