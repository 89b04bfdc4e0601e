import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface HostLimits {
  /** Connections open at once that have not yet shown a valid token (idle, or still sending). */
  anonymousConnections: number;
  /** Event sockets open at once (each has shown a token). */
  webSockets: number;
  /** A request's headers must arrive within this, counted from when the connection opens (ms). */
  headersTimeoutMs: number;
  /** A whole request, body included, must arrive within this (ms). */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this (ms). */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_LIMITS: HostLimits = {
  anonymousConnections: 64,
  webSockets: 32,
  headersTimeoutMs: 10_000,
  // 48 MB over loopback takes well under a second; two minutes leaves room for a slow laptop.
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
};

/** How often Node looks for connections past their headers or request timeout. */
export function checkingIntervalMs(limits: HostLimits): number {
  return Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 2)));
}

export interface ConnectionGuard {
  /** This connection carried a valid token: it no longer counts as anonymous and is never closed for a flood. */
  trust(socket: Socket): void;
}

/**
 * Connections a process on this machine can hold without the token are bounded, and never at the
 * operator's expense (SECURITY.md, "the browser host"). A plain cap (server.maxConnections) would
 * let thousands of idle connections lock the operator out until they time out; instead, once more
 * than `anonymousConnections` connections have not shown a token, the OLDEST of them is closed, so
 * a newcomer (the operator's browser) always gets its turn, and a connection that has shown a
 * token is not among those closed. Idle and slow anonymous connections also time out
 * (`headersTimeoutMs`, set on the server by the caller).
 */
export function guardConnections(
  server: Pick<Server, 'on'>,
  limits: HostLimits,
  /** Over TLS (the hall gateway) a connection counts once its handshake is done: its socket is the one requests carry. */
  event: 'connection' | 'secureConnection' = 'connection',
): ConnectionGuard {
  const anonymous = new Set<Socket>(); // insertion order: the first is the oldest
  server.on(event, (socket: Socket) => {
    anonymous.add(socket);
    socket.once('close', () => anonymous.delete(socket));
    while (anonymous.size > limits.anonymousConnections) {
      const oldest = anonymous.values().next().value as Socket;
      anonymous.delete(oldest);
      oldest.destroy();
    }
  });
  return { trust: (socket) => void anonymous.delete(socket) };
}
