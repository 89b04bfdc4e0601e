/**
 * Show-of-hands votes: create (opens it and snapshots attendance), enter the hands, close only when
 * they add up, reopen only with a reason. Every write is one transaction with its audit row.
 */
import { AppError } from '../../shared/contract/result';
import type { Vote, VoteCreateInput } from '../../shared/contract/vote-types';
import {
  DEFAULT_VOTE_RULE,
  type VoteCounts,
  type VoteRule,
  unanimousCounts,
  voteCountProblem,
  voteOutcome,
} from '../../shared/domain/vote';
import { appendAudit } from '../db/audit';
import { getCurrentSessionId } from '../db/congress';
import { getVote, insertVote, listVotes, setVoteState, updateVoteCounts, updateVoteSettings, type VoteRow } from '../db/votes';
import { cleanReason, reasonRequired } from './ballot-guards';
import { attendanceSummary } from './checkin-service';
import { type CongressContext, inTransaction, missing } from './context';

export function toVoteView(row: VoteRow): Vote {
  const problem = row.counts ? voteCountProblem(row.counts, row.present) : null;
  return {
    ...row,
    outcome: row.counts && !problem ? voteOutcome(row.rule, row.counts, row) : null,
    problem,
  };
}

export function loadVote(ctx: CongressContext, id: number): VoteRow {
  const vote = getVote(ctx.db, id);
  if (!vote) throw missing('vote', { id: String(id) });
  return vote;
}

function requireOpen(vote: VoteRow): void {
  if (vote.state !== 'open') {
    throw AppError.of('VOTE_CLOSED', 'vote.closed', { question: vote.question }, { voteId: vote.id });
  }
}

function requireStep(ctx: CongressContext, stepId: number | null): void {
  if (stepId === null) return;
  const step = ctx.db.prepare('SELECT 1 FROM agenda_steps WHERE id = ? AND removed_at IS NULL').get(stepId);
  if (!step) throw missing('voteStep', { id: String(stepId) });
}

function announce(ctx: CongressContext, voteId: number): Vote {
  const vote = toVoteView(loadVote(ctx, voteId));
  ctx.emit('votes:changed', { voteId });
  return vote;
}

export function listVoteViews(ctx: CongressContext): Vote[] {
  return listVotes(ctx.db).map(toVoteView);
}

export function voteView(ctx: CongressContext, id: number): Vote {
  return toVoteView(loadVote(ctx, id));
}

/**
 * Opens a vote. Present and summoned are the official delegates of the current session at this
 * moment; a later check-in does not move them (the hands were counted against this hall).
 */
export function createVote(ctx: CongressContext, input: VoteCreateInput): Vote {
  const stepId = input.stepId ?? null;
  requireStep(ctx, stepId);
  const sessionId = getCurrentSessionId(ctx.db);
  const hall = sessionId === null ? { present: 0, summoned: 0 } : attendanceSummary(ctx, sessionId);
  const present = input.present ?? hall.present;
  const row = {
    question: input.question.trim(),
    rule: input.rule ?? DEFAULT_VOTE_RULE,
    stepId,
    sessionId,
    present,
    summoned: hall.summoned,
  };
  const id = inTransaction(ctx, () => {
    const id = insertVote(ctx.db, row, ctx.now());
    appendAudit(ctx.db, ctx.now(), {
      action: 'vote.create',
      entity: 'vote',
      entityId: id,
      after: { ...row, attendancePresent: hall.present },
    });
    return id;
  });
  return announce(ctx, id);
}

export interface VoteSettingsChange {
  question?: string;
  rule?: VoteRule;
  stepId?: number | null;
}

export function updateVote(ctx: CongressContext, id: number, change: VoteSettingsChange): Vote {
  const vote = loadVote(ctx, id);
  requireOpen(vote);
  const after = {
    question: change.question?.trim() || vote.question,
    rule: change.rule ?? vote.rule,
    stepId: change.stepId === undefined ? vote.stepId : change.stepId,
    present: vote.present,
  };
  requireStep(ctx, after.stepId);
  inTransaction(ctx, () => {
    updateVoteSettings(ctx.db, id, after);
    appendAudit(ctx.db, ctx.now(), { action: 'vote.update', entity: 'vote', entityId: id, before: vote, after });
  });
  return announce(ctx, id);
}

/** Corrects the snapshot of delegates present (a late count in the hall); the reason is audited. */
export function setVotePresent(ctx: CongressContext, id: number, present: number, reason: string | null | undefined): Vote {
  const vote = loadVote(ctx, id);
  requireOpen(vote);
  const why = cleanReason(reason);
  if (!why) throw reasonRequired('votePresent');
  inTransaction(ctx, () => {
    updateVoteSettings(ctx.db, id, { ...vote, present });
    appendAudit(ctx.db, ctx.now(), {
      action: 'vote.present',
      entity: 'vote',
      entityId: id,
      before: { present: vote.present },
      after: { present },
      reason: why,
    });
  });
  return announce(ctx, id);
}

/**
 * Stores the hands as typed (so nothing is lost on a crash) and, with `close`, closes the vote.
 * Closing refuses numbers that do not add up to those present, and then nothing changes.
 */
export function recordVote(ctx: CongressContext, id: number, counts: VoteCounts | 'unanimous', close: boolean): Vote {
  const vote = loadVote(ctx, id);
  requireOpen(vote);
  const hands = counts === 'unanimous' ? unanimousCounts(vote.present) : counts;
  const problem = voteCountProblem(hands, vote.present);
  if (close && problem)
    throw AppError.of('COUNTS_INCONSISTENT', 'vote.countsRefused', { ...problem.params, problem: problem.key }, { voteId: id });
  inTransaction(ctx, () => {
    updateVoteCounts(ctx.db, id, hands);
    if (close) setVoteState(ctx.db, id, 'closed', ctx.now());
    const action = close ? 'vote.close' : 'vote.counts';
    appendAudit(ctx.db, ctx.now(), { action, entity: 'vote', entityId: id, before: vote.counts, after: hands });
  });
  return announce(ctx, id);
}

/** The only way to correct a closed vote: open it again, with the reason kept in the audit log. */
export function reopenVote(ctx: CongressContext, id: number, reason: string | null | undefined): Vote {
  const vote = loadVote(ctx, id);
  if (vote.state !== 'closed') {
    throw AppError.of('VOTE_NOT_CLOSED', 'vote.alreadyOpen', { question: vote.question });
  }
  const why = cleanReason(reason);
  if (!why) throw reasonRequired('voteReopen');
  inTransaction(ctx, () => {
    setVoteState(ctx.db, id, 'open', null);
    appendAudit(ctx.db, ctx.now(), {
      action: 'vote.reopen',
      entity: 'vote',
      entityId: id,
      before: { state: 'closed', counts: vote.counts },
      reason: why,
    });
  });
  return announce(ctx, id);
}
