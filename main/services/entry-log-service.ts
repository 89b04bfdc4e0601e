/**
 * The entry log of a ballot: the standing entries of every pass, reconciled as the count does, and
 * every correction (paper replaced or voided with its reason, disagreement settled by the board)
 * read back from the audit trail, which is append-only and so the honest record of what changed.
 */
import type { z } from 'zod';
import type { entryLogSchema } from '../../shared/contract/ballot-schemas';
import type { InvalidReason } from '../../shared/domain/ballot';
import { entryLogRows } from '../../shared/domain/entry-log';
import { listAuditFor } from '../db/audit';
import { listPapers, listResolutions } from '../db/papers';
import { loadBallot } from './ballot-guards';
import type { CongressContext } from './context';

export type EntryLog = z.output<typeof entryLogSchema>;
type Marks = { struck: number[]; invalid: InvalidReason | null };

const ACTIONS = { 'paper.replace': 'replace', 'paper.void': 'void', 'paper.resolve': 'resolve' } as const;

const marksOf = (v: unknown): Marks | null => {
  if (!v || typeof v !== 'object') return null;
  const m = v as Partial<Marks>;
  return { struck: m.struck ?? [], invalid: m.invalid ?? null };
};

export function entryLog(ctx: CongressContext, ballotId: number): EntryLog {
  const ballot = loadBallot(ctx, ballotId);
  const rows = entryLogRows({
    passes: ballot.passes,
    candidateNumbers: ballot.candidates.map((c) => c.number),
    seats: ballot.seats,
    rules: ballot.rules,
    entries: listPapers(ctx.db, ballot.id),
    resolutions: listResolutions(ctx.db, ballot.id),
  });
  const corrections = listAuditFor(ctx.db, 'paper', `${ballot.id}:`, Object.keys(ACTIONS)).map((a) => {
    // Paper audit ids are "ballot:pass:paper", or "ballot:resolved:paper" for a settlement.
    const [, pass, paper] = (a.entityId ?? '').split(':');
    return {
      at: a.at,
      action: ACTIONS[a.action as keyof typeof ACTIONS],
      pass: pass === 'resolved' ? null : Number(pass),
      paper: Number(paper),
      before: marksOf(a.before),
      after: marksOf(a.after),
      reason: a.reason,
    };
  });
  return { rows, corrections };
}
