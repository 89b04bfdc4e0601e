import type { EventName, EventPayload } from '../../shared/contract/channels';
import type { Caller } from '../../shared/contract/envelope';
import { AppError } from '../../shared/contract/result';
import type { MessageParams } from '../../shared/i18n/translator';
import type { Delegate } from '../../shared/domain/delegate';
import type { DB } from '../db/db';

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
  /**
   * Work that must stay although the command is refused (a check-in anomaly the operator must see):
   * run by the engine in a transaction of its own once the command's has rolled back, given the
   * command's request id (null without one) so a retried request keeps it once. Absent outside the engine.
   */
  keepOnRefusal?(work: (requestId: string | null) => void): void;
}

/** One command, one synchronous transaction (never an await inside: Actual's warning). */
export function inTransaction<T>(ctx: CongressContext, work: () => T): T {
  return ctx.db.transaction(work)();
}

/** What a NOT_FOUND error can name (shared/i18n/vi-services.ts `thing.*`), with its parameters. */
export type MissingThing =
  'ballot' | 'paper' | 'vote' | 'voteStep' | 'settings' | 'settingsInFile' | 'session' | 'delegate' | 'agendaStep' | 'speaker' | 'anomaly';

/** NOT_FOUND naming the thing by its catalog key: `missing('ballot', { id })`. */
export function missing(thing: MissingThing, params: MessageParams = {}): AppError {
  return AppError.of('NOT_FOUND', 'notFound.thing', { ...params, thing });
}
