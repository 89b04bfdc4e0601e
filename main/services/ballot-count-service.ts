/**
 * The count: what the stored papers (or hand-counted totals) add up to, and the states after entry
 * (counted → published → finalized, and reopening with a reason). The arithmetic is the pure
 * `tally` of shared/domain; this file only decides which papers it is given.
 */
import type { z } from 'zod';
import type { ballotProgressSchema } from '../../shared/contract/ballot-schemas';
import { AppError } from '../../shared/contract/result';
import type { PaperMarks } from '../../shared/domain/ballot';
import { reconcilePasses } from '../../shared/domain/reconcile';
import { type AggregateCounts, type TallyResult, checkAggregate, tally } from '../../shared/domain/tally';
import { appendAudit } from '../db/audit';
import { type Ballot, type StoredAggregate, getAggregate, putAggregate, setBallotState } from '../db/ballots';
import { listPapers, listResolutions, passProgress } from '../db/papers';
import { announce, type BallotAction, cleanReason, loadBallot, reasonRequired, requireState } from './ballot-guards';
import { type CongressContext, inTransaction } from './context';
import { waitingPapers } from './scan-review-service';
import { scansPending } from './scan-service';

export type BallotProgress = z.output<typeof ballotProgressSchema>;

export interface CountData {
  /** The papers the count is made of: agreed by every pass, or settled by the board. */
  papers: PaperMarks[];
  /** Hand-counted totals; when present they are the count and the papers are not used. */
  aggregate: StoredAggregate | null;
  /** Paper numbers the passes disagree on (or a pass lacks) that the board has not settled. */
  discrepancies: number[];
}

/** Reconciles the entry passes over the entries still standing (voided ones excluded). */
export function countData(ctx: CongressContext, ballot: Ballot): CountData {
  const aggregate = getAggregate(ctx.db, ballot.id) ?? null;
  if (aggregate) return { papers: [], aggregate, discrepancies: [] };
  const entries = listPapers(ctx.db, ballot.id);
  const resolutions = listResolutions(ctx.db, ballot.id);
  const resolved = new Set(resolutions.map((r) => r.paper));
  const byPass: PaperMarks[][] = Array.from({ length: ballot.passes }, () => []);
  for (const e of entries) {
    if (e.pass <= ballot.passes) byPass[e.pass - 1]!.push({ paper: e.paper, struck: e.struck, invalid: e.invalid });
  }
  const { agreed, discrepancies } = ballot.passes === 1 ? { agreed: byPass[0]!, discrepancies: [] } : reconcilePasses(byPass);
  const papers = [...agreed.filter((p) => !resolved.has(p.paper)), ...resolutions].sort((a, b) => a.paper - b.paper);
  return { papers, aggregate, discrepancies: discrepancies.map((d) => d.paper).filter((p) => !resolved.has(p)) };
}

/** What the tally reads of a ballot: counts not entered yet count as 0. */
function tallyBasis(ballot: Ballot, issued = ballot.counts.issued ?? 0) {
  const counts = { summoned: ballot.counts.summoned ?? 0, present: ballot.counts.present ?? 0, issued };
  return { seats: ballot.seats, candidates: ballot.candidates, counts, rules: ballot.rules };
}

export function computeTally(ballot: Ballot, data: CountData): TallyResult {
  const basis = tallyBasis(ballot);
  return data.aggregate ? tally({ ...basis, aggregate: data.aggregate }) : tally({ ...basis, papers: data.papers });
}

export function ballotTally(ctx: CongressContext, id: number): TallyResult & { discrepancies: number[] } {
  const ballot = loadBallot(ctx, id);
  const data = countData(ctx, ballot);
  return { ...computeTally(ballot, data), discrepancies: data.discrepancies };
}

export function ballotProgress(ctx: CongressContext, id: number): BallotProgress {
  const ballot = loadBallot(ctx, id);
  const data = countData(ctx, ballot);
  const byPass = passProgress(ctx.db, id);
  const entered = Array.from({ length: ballot.passes }, (_, i) => {
    const p = byPass.get(i + 1);
    return { pass: i + 1, papers: p?.papers ?? 0, nextPaper: (p?.maxPaper ?? 0) + 1 };
  });
  return { ballotId: id, state: ballot.state, entered, discrepancies: data.discrepancies, tally: computeTally(ballot, data) };
}

function passesDisagree(papers: number[]): AppError {
  const shown = papers.slice(0, 20).join(', ') + (papers.length > 20 ? ', …' : '');
  return AppError.of('PASSES_DISAGREE', 'ballot.passesDisagree', { count: papers.length, papers: shown }, { papers });
}

/** open → counted, refused while passes disagree or more papers were returned than issued. */
export function countBallot(ctx: CongressContext, id: number): TallyResult {
  const result = inTransaction(ctx, () => {
    const ballot = loadBallot(ctx, id);
    requireState(ballot, ['open'], 'endCount');
    const data = countData(ctx, ballot);
    if (!data.aggregate && ballot.method !== 'paper') {
      throw AppError.of('BALLOT_WRONG_STATE', 'ballot.showOfHands');
    }
    if (data.discrepancies.length > 0) throw passesDisagree(data.discrepancies);
    const waiting = waitingPapers(ctx, id);
    if (waiting.length > 0) throw scansPending(waiting);
    const t = computeTally(ballot, data);
    if (!data.aggregate && t.returned === 0) {
      throw AppError.of('COUNTS_INCONSISTENT', 'ballot.noPapers');
    }
    if (ballot.counts.issued !== null && t.returned > ballot.counts.issued) {
      throw AppError.of(
        'COUNTS_INCONSISTENT',
        'ballot.returnedExceedsIssued',
        { returned: t.returned, issued: ballot.counts.issued },
        { returned: t.returned, issued: ballot.counts.issued },
      );
    }
    const at = ctx.now();
    setBallotState(ctx.db, id, 'counted', at);
    appendAudit(ctx.db, at, {
      action: 'ballot.count',
      entity: 'ballot',
      entityId: id,
      before: { state: ballot.state },
      after: { state: 'counted', returned: t.returned, valid: t.valid, invalid: t.invalid, elected: t.elected },
    });
    return t;
  });
  announce(ctx, id);
  return result;
}

/** Hand-counted totals (or the result of a show of hands): checked, stored, and the ballot counted. */
export function aggregateBallot(
  ctx: CongressContext,
  id: number,
  input: { valid: number; invalid: number; votes: Record<string, number> },
): TallyResult {
  const result = inTransaction(ctx, () => {
    const ballot = loadBallot(ctx, id);
    requireState(ballot, ['open'], 'handCount');
    const votes: Record<number, number> = {};
    for (const [k, v] of Object.entries(input.votes)) votes[Number(k)] = v;
    const aggregate: AggregateCounts = { valid: input.valid, invalid: input.invalid, votes };
    // Without papers issued (a show of hands), there is nothing to compare the totals with.
    const problems = checkAggregate({ ...tallyBasis(ballot, ballot.counts.issued ?? input.valid + input.invalid), aggregate });
    // Each problem crosses by key; every client words the list (shared/i18n/messages.ts renderMessage).
    if (problems.length > 0) throw AppError.of('COUNTS_INCONSISTENT', 'ballot.countsRefused', { count: problems.length }, { problems });
    const at = ctx.now();
    const before = getAggregate(ctx.db, id) ?? null;
    const stored: StoredAggregate = { ...aggregate, votes, enteredAt: at };
    putAggregate(ctx.db, id, stored);
    setBallotState(ctx.db, id, 'counted', at);
    const t = computeTally(ballot, { papers: [], aggregate: stored, discrepancies: [] });
    appendAudit(ctx.db, at, {
      action: 'ballot.aggregate',
      entity: 'ballot',
      entityId: id,
      before,
      after: { ...aggregate, state: 'counted' },
    });
    return t;
  });
  announce(ctx, id);
  return result;
}

function transition(
  ctx: CongressContext,
  id: number,
  from: Ballot['state'][],
  to: Ballot['state'],
  action: BallotAction,
  reason: string | null = null,
): Ballot {
  inTransaction(ctx, () => {
    const ballot = loadBallot(ctx, id);
    requireState(ballot, from, action);
    const at = ctx.now();
    setBallotState(ctx.db, id, to, at);
    appendAudit(ctx.db, at, {
      action: `ballot.${to === 'open' ? 'reopen' : to === 'published' ? 'publish' : 'finalize'}`,
      entity: 'ballot',
      entityId: id,
      before: { state: ballot.state },
      after: { state: to },
      reason,
    });
  });
  announce(ctx, id);
  return loadBallot(ctx, id);
}

/** Only a published ballot may reach the projector. */
export function publishBallot(ctx: CongressContext, id: number): Ballot {
  return transition(ctx, id, ['counted'], 'published', 'publish');
}

/** Locks the result: every later write answers BALLOT_FINALIZED until reopened. */
export function finalizeBallot(ctx: CongressContext, id: number): Ballot {
  return transition(ctx, id, ['published'], 'finalized', 'finalize');
}

/** Back to entry, e.g. after a complaint; the reason is kept in the audit log. */
export function reopenBallot(ctx: CongressContext, id: number, reason: string): Ballot {
  const why = cleanReason(reason);
  if (!why) throw reasonRequired('ballotReopen');
  return transition(ctx, id, ['counted', 'published', 'finalized'], 'open', 'reopen', why);
}
