import type { EventName } from './channels';
import type { AppErrorData } from './result';
import type { MessageParams, SharedKey } from '../i18n/translator';
import type { LocalRole, Role } from './roles';

/**
 * What travels around a command and an event, outside every command's own schema: the request id
 * and the caller of a command, the place of an event in the engine's numbering. The transports fill
 * it (docs/command-path.md); the engine acts on it (main/engine/request-ledger.ts, event-log.ts).
 */

/** Who sent a command: a role, and the device (this laptop's windows now, a paired device later). */
export interface Caller {
  role: Role;
  deviceId: string;
  deviceName: string;
}

export interface CommandEnvelope {
  /** Client-made UUID: a retry with the same id answers the first answer and changes nothing twice. */
  requestId?: string;
  caller?: Caller;
}

/** What a window adds to a command; the transport adds the caller itself, never the window. */
export interface CommandMeta {
  requestId?: string;
}

/** The browser host's header for the request id (the body stays the command's input). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A random (version 4) UUID. Not crypto.randomUUID: a browser gives it only to secure contexts, and
 * a display on the hall network opens a plain http:// page; getRandomValues works everywhere.
 */
export function newRequestId(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function invalidRequestId(value: unknown): AppErrorData {
  const shown = String(value).slice(0, 80);
  return { code: 'INVALID_INPUT', key: 'request.invalidId', params: { requestId: shown } };
}

/**
 * The laptop's own windows (Electron or its loopback browser host); `via` names the transport, so the
 * audit tells an Electron window from a browser tab (default 'local', as files before it said).
 */
export function localCaller(role: LocalRole, via = 'local'): Caller {
  return { role, deviceId: via, deviceName: role === 'operator' ? 'local operator' : 'local projector' };
}

/** The command line on this machine: `cli@<hostname>`, as the operator (it opens the file itself). */
export function cliCaller(hostname: string): Caller {
  return { role: 'operator', deviceId: `cli@${hostname}`, deviceName: 'command line' };
}

/** Where an event stands: numbered from 1 in each run of the engine, the run named by a random id. */
export interface EventStamp {
  runId: string;
  seq: number;
}

export interface StampedEvent extends EventStamp {
  name: EventName;
  payload: unknown;
}

/**
 * The one message that is not an event: what a reconnecting client missed cannot be given (another
 * run of the engine, or older than the engine keeps), so it re-reads once; numbering goes on from here.
 */
export interface RereadSignal {
  reread: EventStamp;
}

export type StreamMessage = StampedEvent | RereadSignal;

export function isReread(message: StreamMessage): message is RereadSignal {
  return 'reread' in message;
}

/** A reconnecting event stream says the last event it saw (browser host: /events?run=…&after=…). */
export const RESUME_RUN_PARAM = 'run';
export const RESUME_AFTER_PARAM = 'after';

/**
 * The answer never arrived: the connection dropped, before or after the command ran. The client
 * retries once with the same request id (renderer/client/client.ts), which is safe either way.
 */
export function connectionLost(key: SharedKey, params: MessageParams): AppErrorData {
  return { code: 'INTERNAL', key, params, details: { connection: 'lost' } };
}

export function isConnectionLost(error: AppErrorData): boolean {
  const details = error.details as { connection?: unknown } | undefined;
  return details?.connection === 'lost';
}
