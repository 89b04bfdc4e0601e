/**
 * Many papers of one pass at once (`papers:recordMany`): a file from the command line now, the
 * scanning work later. All or nothing, in one transaction: each paper is checked as a single save
 * checks it, and one bad paper refuses the batch with every bad paper named, nothing saved.
 */
import { AppError } from '../../shared/contract/result';
import type { BoardReason } from '../../shared/domain/ballot';
import type { RowProblem } from '../../shared/i18n/translator';
import { appendAudit } from '../db/audit';
import { type PaperSource, setPaperOrigin } from '../db/paper-origin';
import { type PaperEntry, getPaper, putPaper } from '../db/papers';
import { announce, loadBallotHeader } from './ballot-guards';
import { type CongressContext, inTransaction } from './context';
import { auditMarks, checkEntry, paperKey, struckFromTyped } from './paper-service';

export interface BatchPaper {
  paper: number;
  numbers: readonly number[];
  invalid: BoardReason | null;
  /** Where it stands in its source (a file's line); else its place in the batch, from 1. */
  row?: number;
}

export interface BatchInput {
  ballotId: number;
  pass: number;
  papers: readonly BatchPaper[];
  numbersAre?: 'struck' | 'kept';
  source?: PaperSource;
  /** Check every paper and refuse as a save would, but save nothing even when all are good. */
  checkOnly?: boolean;
}

/** One refused paper: where, which, and why (the single save's code, key and parameters). */
export interface PaperRowError extends RowProblem {
  paper: number;
  column: 'paper' | 'struck';
  code: string;
}

/** Every paper's refusal, as a single save would refuse it, plus a number repeated in the batch. */
function refusals(ctx: CongressContext, input: BatchInput): { errors: PaperRowError[]; entries: (PaperEntry & { row: number })[] } {
  const ballot = loadBallotHeader(ctx, input.ballotId);
  checkEntry(ballot, input.pass);
  const errors: PaperRowError[] = [];
  const entries: (PaperEntry & { row: number })[] = [];
  const firstRow = new Map<number, number>();
  const at = ctx.now();
  input.papers.forEach((p, i) => {
    const row = p.row ?? i + 1;
    const refuse = (column: PaperRowError['column'], error: AppError) =>
      errors.push({ row, paper: p.paper, column, code: error.code, key: error.key ?? `error.${error.code}`, ...paramsOf(error) });
    let struck: number[] | null = null;
    try {
      struck = struckFromTyped(ballot, p.numbers, input.numbersAre ?? ballot.entryMode).struck;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refuse('struck', error);
    }
    const first = firstRow.get(p.paper);
    if (first !== undefined) {
      refuse('paper', AppError.of('PAPER_EXISTS', 'paper.repeatsRow', { paper: String(p.paper), first: String(first) }));
    } else if (getPaper(ctx.db, ballot.id, input.pass, p.paper)?.voidedAt === null) {
      // a batch never replaces: replacing needs a reason, given paper by paper
      refuse('paper', AppError.of('PAPER_EXISTS', 'paper.existsInBatch', { paper: String(p.paper), pass: input.pass }));
    }
    firstRow.set(p.paper, first ?? row);
    if (struck) entries.push({ row, pass: input.pass, paper: p.paper, struck, invalid: p.invalid, enteredAt: at });
  });
  errors.sort((a, b) => a.row - b.row);
  return { errors, entries };
}

const paramsOf = (error: AppError) => (error.params ? { params: error.params } : {});

/**
 * The batch refused whole, every bad row named by key in `details.errors` (the CLI adds the rows its
 * file reader could not read); each client words the rows (shared/i18n/messages.ts renderMessage).
 */
export function batchRefused(errors: readonly RowProblem[]): AppError {
  const count = new Set(errors.map((e) => e.row)).size;
  return AppError.of('INVALID_INPUT', 'paper.batchRefused', { count }, { errors });
}

export function recordPapers(ctx: CongressContext, input: BatchInput): { recorded: number } {
  const recorded = inTransaction(ctx, () => {
    const { errors, entries } = refusals(ctx, input);
    if (errors.length > 0) throw batchRefused(errors);
    if (input.checkOnly) return 0;
    const origin = { source: input.source ?? 'file', device: ctx.caller?.()?.deviceId ?? null } as const;
    for (const { row: _row, ...entry } of entries) {
      putPaper(ctx.db, input.ballotId, entry);
      setPaperOrigin(ctx.db, input.ballotId, entry.pass, entry.paper, origin);
      appendAudit(ctx.db, entry.enteredAt, {
        action: 'paper.record',
        entity: 'paper',
        entityId: paperKey(input.ballotId, entry.pass, entry.paper),
        after: auditMarks(input.ballotId, entry),
      });
    }
    return entries.length;
  });
  // One event for the batch: without a paper change, every window re-reads the ballot once.
  if (recorded > 0) announce(ctx, input.ballotId);
  return { recorded };
}
