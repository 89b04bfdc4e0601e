/** What every ballot command checks first: the ballot exists, and its state allows the command. */
import { AppError } from '../../shared/contract/result';
import type { BallotState } from '../../shared/domain/ballot';
import { type Ballot, type BallotHeader, getBallot, getBallotHeader } from '../db/ballots';
import { type CongressContext, missing } from './context';

export function loadBallot(ctx: CongressContext, id: number): Ballot {
  const ballot = getBallot(ctx.db, id);
  if (!ballot) throw missing('ballot', { id: String(id) });
  return ballot;
}

export function loadBallotHeader(ctx: CongressContext, id: number): BallotHeader {
  const ballot = getBallotHeader(ctx.db, id);
  if (!ballot) throw missing('ballot', { id: String(id) });
  return ballot;
}

/** What a refused ballot command would have done (shared/i18n/vi-services.ts `ballot.action.*`). */
export type BallotAction =
  | 'enter'
  | 'voidPaper'
  | 'settle'
  | 'endCount'
  | 'handCount'
  | 'publish'
  | 'finalize'
  | 'reopen'
  | 'edit'
  | 'changeList'
  | 'open'
  | 'changeCounts'
  | 'changePresent'
  | 'changeSummoned'
  | 'nextRound';

type BallotRef = Pick<Ballot, 'id' | 'title' | 'state'>;

export function finalizedError(ballot: BallotRef): AppError {
  return AppError.of('BALLOT_FINALIZED', 'ballot.finalized', { title: ballot.title }, { ballotId: ballot.id, state: ballot.state });
}

/**
 * Refuses unless the ballot is in one of `allowed`; a finalized ballot always answers
 * BALLOT_FINALIZED, so the operator learns the result is locked rather than "wrong state".
 */
export function requireState(ballot: BallotRef, allowed: readonly BallotState[], action: BallotAction): void {
  if (allowed.includes(ballot.state)) return;
  if (ballot.state === 'finalized') throw finalizedError(ballot);
  // The needed states are named by key (`ballot.needs1`…`3`), so each language joins them its own way.
  const needs: Record<string, string | number> = { needCount: allowed.length };
  allowed.forEach((s, i) => (needs[`need${i}`] = s));
  const why = { title: ballot.title, state: ballot.state, ...needs };
  const details = { ballotId: ballot.id, state: ballot.state, allowed };
  throw AppError.of('BALLOT_WRONG_STATE', 'ballot.wrongState', { ...why, action }, details);
}

/** Why a reason is asked for (shared/i18n/vi-services.ts `reason.why.*`). */
export type ReasonFor = 'votePresent' | 'voteReopen' | 'ballotReopen' | 'ballotPresent' | 'ballotSummoned';

/** REASON_REQUIRED by key, or with the why in both languages for callers not yet moved to keys. */
export function reasonRequired(why: ReasonFor): AppError {
  return AppError.of('REASON_REQUIRED', 'reason.required', { why });
}

/** Trimmed reason, or null when none was given or it is blank. */
export function cleanReason(reason: string | null | undefined): string | null {
  const r = reason?.trim();
  return r ? r : null;
}

export function announce(ctx: CongressContext, ballotId: number): void {
  ctx.emit('ballots:changed', { ballotId });
}
