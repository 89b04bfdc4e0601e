/**
 * Entering ballot papers, one at a time from the keyboard or a whole file from the command line.
 * A paper is committed before the call returns: a screen shows it as saved only on that answer (the
 * next number is ready at once, the paper before it «đang lưu…» until then).
 *
 * Ballot secrecy: an entry and its audit row hold the ballot, the pass, the paper number written by
 * the board and the marks; never a delegate, a check-in or anything that could lead to one.
 */
import { AppError } from '../../shared/contract/result';
import type { BoardReason, InvalidReason, PaperMarks } from '../../shared/domain/ballot';
import type { PaperWarning } from '../../shared/contract/ballot-channels';
import { classifyPaper } from '../../shared/domain/tally';
import type { RowProblem } from '../../shared/i18n/translator';
import { appendAudit } from '../db/audit';
import type { BallotHeader } from '../db/ballots';
import { type PaperSource, setPaperOrigin } from '../db/paper-origin';
import { type PaperEntry, getPaper, getResolution, listPapers, putPaper, putResolution, voidPaper } from '../db/papers';
import { announce, cleanReason, loadBallotHeader, requireState } from './ballot-guards';
import { announcePaper, paperChange } from './paper-progress';
import { type CongressContext, inTransaction, missing } from './context';

export interface PaperInput {
  ballotId: number;
  pass: number;
  paper: number;
  /** As typed: struck or kept numbers according to the ballot's entry mode. */
  numbers: readonly number[];
  invalid: BoardReason | null;
  replaceReason?: string;
  /** Where the paper came from (main/db/paper-origin.ts); the operator's screen types it. */
  source?: PaperSource;
}

export interface RecordedPaper {
  entry: PaperEntry;
  valid: boolean;
  invalidReason: InvalidReason | null;
  warnings: PaperWarning[];
}

export function checkEntry(ballot: BallotHeader, pass: number): void {
  requireState(ballot, ['open'], 'enter');
  if (ballot.method !== 'paper') {
    throw AppError.of('BALLOT_WRONG_STATE', 'paper.showOfHands');
  }
  if (pass > ballot.passes) {
    throw AppError.of('INVALID_INPUT', 'paper.noSuchPass', { passes: ballot.passes, pass });
  }
}

function unknownNumbers(bad: readonly number[], count: number): AppError {
  return AppError.of('UNKNOWN_CANDIDATE_NUMBER', 'paper.unknownNumbers', { numbers: bad.join(', '), count }, { numbers: bad });
}

/** The numbers as typed → the struck numbers, ascending, without repeats; refuses unknown numbers. */
export function struckFromTyped(
  ballot: BallotHeader,
  typed: readonly number[],
  mode: BallotHeader['entryMode'] = ballot.entryMode,
): { struck: number[]; repeated: number[] } {
  const known = new Set(ballot.candidateNumbers);
  const bad = [...new Set(typed.filter((n) => !known.has(n)))].sort((a, b) => a - b);
  if (bad.length > 0) throw unknownNumbers(bad, ballot.candidateNumbers.length);
  const unique = new Set(typed);
  const repeated = [...new Set(typed.filter((n, i) => typed.indexOf(n) !== i))];
  const struck = mode === 'kept' ? ballot.candidateNumbers.filter((n) => !unique.has(n)) : [...unique].sort((a, b) => a - b);
  return { struck, repeated };
}

function verdictWarnings(
  ballot: BallotHeader,
  marks: PaperMarks,
): { valid: boolean; reason: InvalidReason | null; warnings: PaperWarning[] } {
  const verdict = classifyPaper(marks, ballot.candidateNumbers, ballot.seats, ballot.rules);
  const warnings: PaperWarning[] = [];
  if (verdict.reason === 'too_many_kept') {
    warnings.push({ key: 'paper.warn.tooManyKept', params: { kept: verdict.kept.length, seats: ballot.seats } });
  } else if (verdict.reason === 'all_struck') {
    warnings.push({ key: 'paper.warn.allStruckInvalid' });
  } else if (verdict.reason) {
    warnings.push({ key: 'paper.warn.invalid', params: { reason: verdict.reason } });
  } else if (verdict.kept.length === 0) {
    warnings.push({ key: 'paper.warn.allStruckValid' });
  }
  return { valid: verdict.valid, reason: verdict.reason, warnings };
}

export const paperKey = (ballotId: number, pass: number, paper: number) => `${ballotId}:${pass}:${paper}`;
/** What the audit keeps of a paper: where it sits and its marks, nothing else. */
export const auditMarks = (ballotId: number, e: Pick<PaperEntry, 'pass' | 'paper' | 'struck' | 'invalid'>) => ({
  ballotId,
  pass: e.pass,
  paper: e.paper,
  struck: e.struck,
  invalid: e.invalid,
});

function passStats(ctx: CongressContext, ballotId: number, pass: number): { papers: number; maxPaper: number } {
  const row = ctx.db
    .prepare('SELECT count(*) AS n, max(paper) AS m FROM paper_entries WHERE ballot_id = ? AND pass = ? AND voided_at IS NULL')
    .get(ballotId, pass) as { n: number; m: number | null };
  return { papers: row.n, maxPaper: row.m ?? 0 };
}

export function recordPaper(ctx: CongressContext, input: PaperInput): RecordedPaper {
  const { change, ...result } = inTransaction(ctx, () => {
    const ballot = loadBallotHeader(ctx, input.ballotId);
    checkEntry(ballot, input.pass);
    const { struck, repeated } = struckFromTyped(ballot, input.numbers);
    const existing = getPaper(ctx.db, ballot.id, input.pass, input.paper);
    const replacing = existing !== undefined && existing.voidedAt === null;
    const reason = cleanReason(input.replaceReason);
    if (replacing && !reason) {
      throw AppError.of(
        'PAPER_EXISTS',
        'paper.exists',
        { paper: String(input.paper), pass: input.pass },
        {
          entry: {
            pass: existing.pass,
            paper: existing.paper,
            struck: existing.struck,
            invalid: existing.invalid,
            enteredAt: existing.enteredAt,
          },
        },
      );
    }
    const stats = replacing ? null : passStats(ctx, ballot.id, input.pass);
    const at = ctx.now();
    const entry: PaperEntry = { pass: input.pass, paper: input.paper, struck, invalid: input.invalid, enteredAt: at };
    putPaper(ctx.db, ballot.id, entry);
    setPaperOrigin(ctx.db, ballot.id, input.pass, input.paper, {
      source: input.source ?? 'keyboard',
      device: ctx.caller?.()?.deviceId ?? null,
    });
    appendAudit(ctx.db, at, {
      action: replacing ? 'paper.replace' : 'paper.record',
      entity: 'paper',
      entityId: paperKey(ballot.id, input.pass, input.paper),
      before: replacing ? auditMarks(ballot.id, existing) : undefined,
      after: auditMarks(ballot.id, entry),
      reason: replacing ? reason : null,
    });
    const verdict = verdictWarnings(ballot, { paper: entry.paper, struck, invalid: entry.invalid });
    const warnings = [...verdict.warnings];
    if (repeated.length > 0) warnings.push({ key: 'paper.warn.repeated', params: { numbers: repeated.join(', ') } });
    if (stats && input.paper > stats.maxPaper + 1) {
      const skipped = { paper: String(input.paper), from: String(stats.maxPaper + 1), to: String(input.paper - 1) };
      warnings.push({ key: input.paper > stats.maxPaper + 2 ? 'paper.warn.skippedRange' : 'paper.warn.skipped', params: skipped });
    }
    if (stats && ballot.counts.issued !== null && stats.papers + 1 > ballot.counts.issued) {
      warnings.push({ key: 'paper.warn.overIssued', params: { entered: stats.papers + 1, issued: ballot.counts.issued } });
    }
    const change = paperChange(ctx, ballot, replacing ? 'replaced' : 'recorded', input.pass, input.paper, entry);
    return { entry, valid: verdict.valid, invalidReason: verdict.reason, warnings, change };
  });
  announcePaper(ctx, input.ballotId, change);
  return result;
}

export function voidPaperEntry(ctx: CongressContext, ballotId: number, pass: number, paper: number, reason: string): void {
  const change = inTransaction(ctx, () => {
    const ballot = loadBallotHeader(ctx, ballotId);
    requireState(ballot, ['open'], 'voidPaper');
    const existing = getPaper(ctx.db, ballotId, pass, paper);
    if (!existing || existing.voidedAt !== null) throw missing('paper', { paper: String(paper), pass });
    const at = ctx.now();
    voidPaper(ctx.db, ballotId, pass, paper, reason.trim(), at);
    appendAudit(ctx.db, at, {
      action: 'paper.void',
      entity: 'paper',
      entityId: paperKey(ballotId, pass, paper),
      before: auditMarks(ballotId, existing),
      reason: reason.trim(),
    });
    return paperChange(ctx, ballot, 'voided', pass, paper, null);
  });
  announcePaper(ctx, ballotId, change);
}

export function paperList(ctx: CongressContext, ballotId: number, pass?: number): PaperEntry[] {
  loadBallotHeader(ctx, ballotId);
  return listPapers(ctx.db, ballotId, pass);
}

/** The board's reading of a paper on which the passes disagree; it counts instead of every pass. */
export function resolvePaper(ctx: CongressContext, input: Omit<PaperInput, 'pass' | 'replaceReason'>): void {
  inTransaction(ctx, () => {
    const ballot = loadBallotHeader(ctx, input.ballotId);
    requireState(ballot, ['open'], 'settle');
    const { struck } = struckFromTyped(ballot, input.numbers);
    const marks: PaperMarks = { paper: input.paper, struck, invalid: input.invalid };
    const before = getResolution(ctx.db, ballot.id, input.paper);
    const at = ctx.now();
    putResolution(ctx.db, ballot.id, marks, at);
    appendAudit(ctx.db, at, {
      action: 'paper.resolve',
      entity: 'paper',
      entityId: `${ballot.id}:resolved:${input.paper}`,
      before: before && { ballotId: ballot.id, ...before },
      after: { ballotId: ballot.id, ...marks },
    });
  });
  announce(ctx, input.ballotId);
}

export interface PaperFileRow {
  /** Line in the file (header = 1), for messages. */
  row: number;
  paper: number;
  struck: number[];
  invalid: BoardReason | null;
}

export interface RowError extends RowProblem {
  column: string;
}
