/**
 * What a saved paper changes in the ballot's progress, read by index and never by a tally: the
 * papers standing per pass (one COUNT per pass on the primary key) and whether the passes now
 * disagree on this one paper number (its entries in each pass and the board's settling, if any).
 */
import type { z } from 'zod';
import type { paperChangeSchema } from '../../shared/contract/ballot-channels';
import { reconcilePasses } from '../../shared/domain/reconcile';
import type { BallotHeader } from '../db/ballots';
import { getPaper, getResolution, passProgress } from '../db/papers';
import type { CongressContext } from './context';

export type PaperChange = z.output<typeof paperChangeSchema>;

function enteredByPass(ctx: CongressContext, ballot: BallotHeader): PaperChange['entered'] {
  const byPass = passProgress(ctx.db, ballot.id);
  return Array.from({ length: ballot.passes }, (_, i) => {
    const p = byPass.get(i + 1);
    return { pass: i + 1, papers: p?.papers ?? 0, nextPaper: (p?.maxPaper ?? 0) + 1 };
  });
}

/** The same rule as the count (ballot-count-service.ts countData), for one paper number. */
function disagreesOn(ctx: CongressContext, ballot: BallotHeader, paper: number): boolean {
  if (ballot.passes === 1 || getResolution(ctx.db, ballot.id, paper)) return false;
  const passes = Array.from({ length: ballot.passes }, (_, i) => {
    const e = getPaper(ctx.db, ballot.id, i + 1, paper);
    return e && e.voidedAt === null ? [{ paper, struck: e.struck, invalid: e.invalid }] : [];
  });
  return reconcilePasses(passes).discrepancies.length > 0;
}

/** Called inside the saving transaction, after the write: the event then says the committed state. */
export function paperChange(
  ctx: CongressContext,
  ballot: BallotHeader,
  change: PaperChange['change'],
  pass: number,
  paper: number,
  entry: PaperChange['entry'],
): PaperChange {
  return { change, pass, paper, entry, entered: enteredByPass(ctx, ballot), disagrees: disagreesOn(ctx, ballot, paper) };
}

/** The event of one paper: every window applies it; other ballot changes still say "re-read". */
export function announcePaper(ctx: CongressContext, ballotId: number, paper: PaperChange): void {
  ctx.emit('ballots:changed', { ballotId, paper });
}
