/** What every ballot command checks first: the ballot exists, and its state allows the command. */
import { AppError } from '../../shared/contract/result';
import type { BallotState } from '../../shared/domain/ballot';
import { STATE_LABELS } from '../../shared/domain/ballot-messages';
import { type Ballot, type BallotHeader, getBallot, getBallotHeader } from '../db/ballots';
import { type CongressContext, notFound } from './context';

export function loadBallot(ctx: CongressContext, id: number): Ballot {
  const ballot = getBallot(ctx.db, id);
  if (!ballot) throw notFound(`cuộc bầu (số ${id})`, `Ballot ${id}`);
  return ballot;
}

export function loadBallotHeader(ctx: CongressContext, id: number): BallotHeader {
  const ballot = getBallotHeader(ctx.db, id);
  if (!ballot) throw notFound(`cuộc bầu (số ${id})`, `Ballot ${id}`);
  return ballot;
}

type BallotRef = Pick<Ballot, 'id' | 'title' | 'state'>;

export function finalizedError(ballot: BallotRef): AppError {
  return AppError.of('BALLOT_FINALIZED', 'ballot.finalized', { title: ballot.title }, { ballotId: ballot.id, state: ballot.state });
}

/**
 * Refuses unless the ballot is in one of `allowed`; a finalized ballot always answers
 * BALLOT_FINALIZED, so the operator learns the result is locked rather than "wrong state".
 */
export function requireState(ballot: BallotRef, allowed: readonly BallotState[], action: { vi: string; en: string }): void {
  if (allowed.includes(ballot.state)) return;
  if (ballot.state === 'finalized') throw finalizedError(ballot);
  const vi = allowed.map((s) => STATE_LABELS[s].vi).join(' hoặc ');
  const en = allowed.map((s) => STATE_LABELS[s].en).join(' or ');
  throw new AppError(
    'BALLOT_WRONG_STATE',
    `Không thể ${action.vi}: «${ballot.title}» đang ở trạng thái «${STATE_LABELS[ballot.state].vi}» (cần: ${vi}).`,
    `Cannot ${action.en}: "${ballot.title}" is ${STATE_LABELS[ballot.state].en} (needs: ${en}).`,
    { ballotId: ballot.id, state: ballot.state, allowed },
  );
}

export function reasonRequired(vi: string, en: string): AppError {
  return new AppError('REASON_REQUIRED', `Cần ghi lý do ${vi}.`, `A reason is required ${en}.`);
}

/** Trimmed reason, or null when none was given or it is blank. */
export function cleanReason(reason: string | null | undefined): string | null {
  const r = reason?.trim();
  return r ? r : null;
}

export function announce(ctx: CongressContext, ballotId: number): void {
  ctx.emit('ballots:changed', { ballotId });
}
