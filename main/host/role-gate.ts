import type { CommandName, EventName } from '../../shared/contract/channels';
import {
  type Caller,
  type EventStamp,
  invalidRequestId,
  isRequestId,
  type StampedEvent,
  type StreamMessage,
} from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import { mayReceive, refusalFor, type Role } from '../../shared/contract/roles';
import type { Engine } from '../engine/engine';

/**
 * The role table (shared/contract/roles.ts) as every transport applies it: Electron IPC, the
 * browser host, and the hall-network gateway to come, which will know its callers by their paired
 * device's credential instead of a window or a token. The engine checks the caller again.
 */

/** Refused before anything is read of the command: not this role's, or a malformed request id. */
export function refuseCommand(caller: Caller, channel: string, requestId: unknown): Result<never> | null {
  const refusal = refusalFor(caller.role, channel);
  if (refusal) return { ok: false, error: refusal };
  if (requestId !== undefined && !isRequestId(requestId)) return { ok: false, error: invalidRequestId(requestId) };
  return null;
}

/** One command through the gate and into the engine, with its envelope. */
export function gatedCommand(
  engine: Pick<Engine, 'invoke'>,
  caller: Caller,
  channel: string,
  input: unknown,
  requestId?: unknown,
): Promise<Result<unknown>> {
  const refused = refuseCommand(caller, channel, requestId);
  if (refused) return Promise.resolve(refused);
  return engine.invoke(channel as CommandName, input, { caller, ...(isRequestId(requestId) ? { requestId } : {}) });
}

/** What one delivered event becomes for a client of `role`, or null when the role may not hear it. */
export function eventFor(role: Role, name: EventName, payload: unknown, stamp: EventStamp): StampedEvent | null {
  return mayReceive(role, name) ? { ...stamp, name, payload } : null;
}

/**
 * What a (re)connecting stream is sent before live events: nothing for a fresh one (its client
 * reads everything anyway), the missed events this role may hear, or one re-read signal.
 */
export function resumeFor(engine: Pick<Engine, 'eventLog'>, role: Role, after: EventStamp | null): StreamMessage[] {
  if (!after) return [];
  const resumed = engine.eventLog.since(after);
  if ('reread' in resumed) return [resumed];
  return resumed.events.filter((e) => mayReceive(role, e.name));
}
