import type { EventName, EventPayload } from '../../shared/contract/channels';
import type { Caller } from '../../shared/contract/envelope';
import { AppError } from '../../shared/contract/result';
import type { Delegate } from '../../shared/domain/delegate';
import type { DB } from '../db/connection';

export type Clock = () => string;

export interface PendingEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}

/** What a service needs of the open congress; the engine builds one per command. */
export interface CongressContext {
  db: DB;
  path: string;
  now: Clock;
  /** Who sent the command being run (main/db/audit-actor.ts); absent or null outside a command. */
  caller?: () => Caller | null;
  /**
   * The active roster, read once and kept until a command announces `delegates:changed` (every
   * roster write does): the live counts are recomputed on every check-in.
   */
  delegates(): Delegate[];
  /** Queued, and delivered only after the command's transaction has committed. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

/** One command, one synchronous transaction (never an await inside: Actual's warning). */
export function inTransaction<T>(ctx: CongressContext, work: () => T): T {
  return ctx.db.transaction(work)();
}

export function notFound(what: string, whatEn: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what}.`, `${whatEn} not found.`);
}
