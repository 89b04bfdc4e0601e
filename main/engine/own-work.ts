import type { CommandName } from '../../shared/contract/channels';
import type { Caller } from '../../shared/contract/envelope';
import { AppError } from '../../shared/contract/result';
import { findActiveDelegateByCode } from '../db/delegates';
import { resolveSession } from '../services/checkin-service';
import type { CongressContext } from '../services/context';

/**
 * "Its own work" (shared/contract/roles.ts `ownWork`): a check-in desk undoes only a check-in it
 * made, a counting station voids only a paper it entered. The request ledger records, with each
 * writing request, what it acted on (its subject); the undo is allowed when the latest request
 * that made that thing came from the same device. Work done without a request id (the CLI) leaves
 * no subject: a desk's older check-in then still counts as its own.
 */

type Input = Record<string, unknown>;

const attendance = (ctx: CongressContext, sessionId: unknown, delegateId: number) =>
  `attendance:${resolveSession(ctx, sessionId as number | undefined)}:${delegateId}`;
const paper = (i: Input) => `paper:${String(i.ballotId)}:${String(i.pass)}:${String(i.paper)}`;

const SUBJECTS: Partial<Record<CommandName, (ctx: CongressContext, input: Input) => string | null>> = {
  'checkin:scan': (ctx, i) => {
    const delegate = findActiveDelegateByCode(ctx.db, String(i.code).trim()); // as checkInByCode finds it
    return delegate ? attendance(ctx, i.sessionId, delegate.id) : null;
  },
  'checkin:mark': (ctx, i) => attendance(ctx, i.sessionId, i.delegateId as number),
  'checkin:undo': (ctx, i) => attendance(ctx, i.sessionId, i.delegateId as number),
  'papers:record': (_ctx, i) => paper(i),
  'papers:void': (_ctx, i) => paper(i),
};

/** The commands whose requests make the work an own-work command acts on. */
const MADE_BY: Partial<Record<CommandName, readonly CommandName[]>> = {
  'checkin:undo': ['checkin:scan', 'checkin:mark'],
  'papers:void': ['papers:record'],
};

/** What a writing command acts on, named the same way by the command that made it and the one that undoes it. */
export function subjectOf(ctx: CongressContext, channel: CommandName, input: unknown): string | null {
  return SUBJECTS[channel]?.(ctx, input as Input) ?? null;
}

/** Refuses unless the latest request that made `subject` came from the caller's own device. */
export function assertOwnWork(ctx: CongressContext, channel: CommandName, subject: string | null, caller: Caller): void {
  const makers = MADE_BY[channel] ?? [];
  const maker =
    subject === null
      ? undefined
      : (ctx.db
          .prepare(
            `SELECT role, device_id AS deviceId FROM command_requests
             WHERE subject = ? AND channel IN (SELECT value FROM json_each(?)) ORDER BY id DESC LIMIT 1`,
          )
          .get(subject, JSON.stringify(makers)) as { role: string; deviceId: string } | undefined);
  if (maker && maker.role === caller.role && maker.deviceId === caller.deviceId) return;
  throw AppError.of('INVALID_INPUT', 'work.notOwn', { role: caller.role, device: caller.deviceName, channel }, { channel, subject });
}
