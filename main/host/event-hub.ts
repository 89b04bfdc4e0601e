import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { type EventStamp, RESUME_AFTER_PARAM, RESUME_RUN_PARAM } from '../../shared/contract/envelope';
import type { Role } from '../../shared/contract/roles';
import type { Engine } from '../engine/engine';
import { refuseUpgrade } from './replies';
import { eventFor, resumeFor } from './role-gate';

export const EVENTS_PATH = '/events';

/** Who is on one event socket: a role, and the paired device when it is one (revoking cuts it). */
export interface Listener {
  role: Role;
  deviceId?: string;
}

/** Where a reconnecting event stream left off (`/events?run=…&after=…`), or null for a fresh one. */
export function resumePoint(url: URL): EventStamp | null {
  const runId = url.searchParams.get(RESUME_RUN_PARAM);
  const after = url.searchParams.get(RESUME_AFTER_PARAM);
  if (!runId || !after || !/^\d{1,15}$/.test(after)) return null;
  return { runId, seq: Number(after) };
}

/**
 * The engine's events over WebSockets, the same for both hosts (docs/command-path.md "A stream that
 * was cut off"): each socket hears what its role may hear, numbered; a reconnecting one first gets
 * exactly what it missed, or one re-read signal.
 */
export class EventHub {
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  private readonly clients = new Map<WebSocket, Listener>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly engine: Pick<Engine, 'on' | 'eventLog'>,
    private readonly maxSockets: number,
  ) {
    this.unsubscribe = engine.on((name, payload, stamp) => {
      const messages = new Map<Role, string | null>(); // each role's message, serialised once
      for (const [ws, { role }] of this.clients) {
        if (!messages.has(role)) {
          const event = eventFor(role, name, payload, stamp);
          messages.set(role, event && JSON.stringify(event));
        }
        const message = messages.get(role);
        if (message && ws.readyState === ws.OPEN) ws.send(message);
      }
    });
  }

  /** Takes over an upgrade whose caller was already checked (null: refused). */
  admit(req: IncomingMessage, socket: Duplex, head: Buffer, listener: Listener | null): void {
    if (!listener) return refuseUpgrade(socket, 403);
    if (this.clients.size >= this.maxSockets) return refuseUpgrade(socket, 503);
    const after = resumePoint(new URL(req.url ?? '/', 'http://x'));
    this.sockets.handleUpgrade(req, socket, head, (ws) => {
      // What it missed, then live: in one turn, so no event falls between the two or comes twice.
      for (const message of resumeFor(this.engine, listener.role, after)) ws.send(JSON.stringify(message));
      this.clients.set(ws, listener);
      ws.on('close', () => this.clients.delete(ws));
      // A client that breaks the protocol (or sends over maxPayload) is dropped; unhandled, the
      // error would be thrown in the app's process and take the congress down with it.
      ws.on('error', () => ws.terminate());
    });
  }

  /** Closes at once every socket whose listener `which` picks. */
  cut(which: (listener: Listener) => boolean): void {
    for (const [ws, listener] of this.clients) {
      if (which(listener)) {
        ws.terminate();
        this.clients.delete(ws);
      }
    }
  }

  /** The paired devices with a socket open now. */
  devices(): Set<string> {
    return new Set([...this.clients.values()].flatMap((l) => (l.deviceId ? [l.deviceId] : [])));
  }

  close(): void {
    this.unsubscribe();
    this.cut(() => true);
    this.sockets.close();
  }
}
