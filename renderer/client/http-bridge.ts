import type { CommandName, EventName } from '../../shared/contract/channels';
import type { CongressBridge, EventListener } from '../../shared/contract/bridge';
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

/** The contract over the browser host: POST /api/<channel>, events over a reconnecting WebSocket. */
export function createHttpBridge(token: string, base = window.location.origin): CongressBridge {
  const listeners = new Set<EventListener>();
  const connected = new Set<() => void>();
  let socket: WebSocket | null = null;
  let retry = 250;

  const connect = () => {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/events?token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.onopen = () => {
      retry = 250;
      for (const l of connected) l();
    };
    ws.onmessage = (m: MessageEvent<string>) => {
      const { name, payload } = JSON.parse(m.data) as { name: EventName; payload: unknown };
      for (const l of listeners) l(name, payload);
    };
    ws.onclose = () => {
      socket = null;
      if (listeners.size > 0) setTimeout(connect, (retry = Math.min(retry * 2, 5000)));
    };
  };

  return {
    async invoke(channel: CommandName, input: unknown): Promise<Result<unknown>> {
      try {
        const res = await fetch(`${base}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Congress-Token': token },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Result<unknown>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'Mất kết nối tới máy chủ Congress Desk. Kiểm tra chương trình còn chạy.',
            messageEn: `Lost the connection to the Congress Desk host (${String(error)}).`,
          },
        };
      }
    },
    onConnected(listener: () => void): () => void {
      connected.add(listener);
      return () => connected.delete(listener);
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
