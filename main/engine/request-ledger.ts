import { createHash } from 'node:crypto';
import type { CommandName } from '../../shared/contract/channels';
import { type Caller, type CommandEnvelope, invalidRequestId, isRequestId, localCaller } from '../../shared/contract/envelope';
import { AppError, type AppErrorData, type Result } from '../../shared/contract/result';
import { formatStamp } from '../../shared/domain/document-format';
import { isLocalOnly, isRemoteRole, isWrite, ownWorkOnly, refusalFor } from '../../shared/contract/roles';
import { appendAudit } from '../db/audit';
import { pendingChangeCount } from '../db/change-capture';
import type { DB } from '../db/db';
import type { CongressContext } from '../services/context';
import { assertOwnWork, subjectOf } from './own-work';
import { assertAssigned } from './station-assignment';

/** Answers kept in memory, newest last; a retry comes within seconds, so a thousand is plenty. */
export const DEFAULT_REMEMBERED_ANSWERS = 1000;

/** One writing command carried under a request id. */
export interface RequestTicket {
  requestId: string;
  channel: CommandName;
  input: unknown;
  caller: Caller;
  fingerprint: string;
  /** Written into the congress file inside the command's transaction (not for local-only commands). */
  recorded: boolean;
}

interface Remembered {
  callerKey: string;
  fingerprint: string;
  answer: Promise<Result<unknown>>;
}

export type Admission = { answer: Promise<Result<unknown>> } | { ticket: RequestTicket | null };

const refused = (error: AppErrorData): Admission => ({ answer: Promise.resolve({ ok: false, error }) });
const callerKey = (c: Caller) => `${c.role}\u0000${c.deviceId}`;

function fingerprintOf(channel: CommandName, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([channel, input ?? null]))
    .digest('hex');
}

function reusedId(requestId: string, channel: string): AppErrorData {
  return AppError.of('INVALID_INPUT', 'request.reusedId', { requestId, channel }, { requestId, channel }).toData();
}

function alreadyDone(requestId: string, channel: string, at: string): AppErrorData {
  const when = formatStamp(at); // hall time, as the entry log prints it
  return AppError.of('ALREADY_DONE', 'request.alreadyDone', { channel, when }, { requestId, channel, at }).toData();
}

function requestIdNeeded(caller: Caller, channel: string): AppErrorData {
  return AppError.of('INVALID_INPUT', 'request.idNeeded', { role: caller.role, channel }).toData();
}

/**
 * Idempotent, attributed calls (docs/command-path.md). A writing command sent with a request id
 * runs once: a retry answers the first answer, kept here (bounded), and once that is forgotten or
 * the app has restarted, the congress file still knows the id (table command_requests, written in
 * the command's own transaction so its audit entry holds it) and the retry answers ALREADY_DONE.
 * The answer itself is not stored: it exists only after the command's audit entry is written, and
 * a row written after that entry would be one the audit cannot prove.
 */
export class RequestLedger {
  private readonly recent = new Map<string, Remembered>();

  constructor(private readonly limit = DEFAULT_REMEMBERED_ANSWERS) {}

  /** The caller checked against the role table, then: run it (with a ticket for a new write), or answer without running. */
  admit(channel: CommandName, input: unknown, envelope: CommandEnvelope | undefined, db: DB | null): Admission {
    if (!envelope) return { ticket: null };
    const caller = envelope.caller ?? localCaller('operator');
    const refusal = refusalFor(caller.role, channel);
    if (refusal) return refused(refusal);
    const { requestId } = envelope;
    if (requestId !== undefined && !isRequestId(requestId)) return refused(invalidRequestId(requestId));
    if (!isWrite(channel)) return { ticket: null }; // a read is asked again, never answered from the past
    if (requestId === undefined) return isRemoteRole(caller.role) ? refused(requestIdNeeded(caller, channel)) : { ticket: null };

    const fingerprint = fingerprintOf(channel, input);
    const seen = this.recent.get(requestId);
    if (seen)
      return seen.fingerprint === fingerprint && seen.callerKey === callerKey(caller)
        ? { answer: seen.answer }
        : refused(reusedId(requestId, channel));
    const recorded = !isLocalOnly(channel);
    const row = recorded && db ? findRequest(db, requestId) : undefined;
    if (row) {
      const same = row.fingerprint === fingerprint && row.role === caller.role && row.deviceId === caller.deviceId;
      return refused(same ? alreadyDone(requestId, channel, row.at) : reusedId(requestId, channel));
    }
    return { ticket: { requestId, channel, input, caller, fingerprint, recorded } };
  }

  /** Keeps the (coming) answer: a retry while the first is still running waits for the same one. */
  remember(ticket: RequestTicket, answer: Promise<Result<unknown>>): void {
    this.recent.set(ticket.requestId, { callerKey: callerKey(ticket.caller), fingerprint: ticket.fingerprint, answer });
    while (this.recent.size > this.limit) this.recent.delete(this.recent.keys().next().value!);
  }

  /**
   * Runs a handler; a recorded ticket's row is written first, in one transaction with the command
   * (services' own transactions nest inside as savepoints), and an own-work rule is checked there.
   */
  within<T>(ticket: RequestTicket | null, context: () => CongressContext, run: () => T): T {
    if (!ticket?.recorded) return run();
    const ctx = context();
    return ctx.db.transaction(() => {
      const subject = subjectOf(ctx, ticket.channel, ticket.input);
      assertAssigned(ctx, ticket.channel, ticket.input, ticket.caller); // a station's ballot, pass and papers
      if (ownWorkOnly(ticket.caller.role, ticket.channel)) assertOwnWork(ctx, ticket.channel, subject, ticket.caller);
      insertRequest(ctx.db, ticket, subject, ctx.now());
      const value = run();
      // A request row can only join a synchronous command: every async write is local-only (roles.ts).
      if (value instanceof Promise) throw new Error(`${ticket.channel} is asynchronous: it cannot be recorded with its request id`);
      // The command wrote nothing its own audit entry took (already in the state asked for): one entry says so.
      if (pendingChangeCount(ctx.db) > 0) {
        appendAudit(ctx.db, ctx.now(), {
          action: 'request.unchanged',
          entity: 'request',
          entityId: ticket.requestId,
          after: { channel: ticket.channel },
        });
      }
      return value;
    })();
  }
}

interface RequestRow {
  fingerprint: string;
  role: string;
  deviceId: string;
  at: string;
}

function findRequest(db: DB, requestId: string): RequestRow | undefined {
  return db.prepare('SELECT fingerprint, role, device_id AS deviceId, at FROM command_requests WHERE request_id = ?').get(requestId) as
    RequestRow | undefined;
}

function insertRequest(db: DB, t: RequestTicket, subject: string | null, at: string): void {
  db.prepare(
    `INSERT INTO command_requests (request_id, channel, role, device_id, device_name, fingerprint, subject, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(t.requestId, t.channel, t.caller.role, t.caller.deviceId, t.caller.deviceName, t.fingerprint, subject, at);
}
