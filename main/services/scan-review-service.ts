/**
 * The counting board's side of scanning (docs/scanning.md): the papers the machine had a doubt about,
 * with what it saw, and the board's decisions on them — the whole paper at once, or one doubtful row or
 * the page's doubts at a time, kept per sheet (scanned_sheets.board) and audited with what the machine
 * saw. A paper enters its pass (source 'review') the moment nothing on it is undecided; until then the
 * count waits. The machine never decides a doubtful item.
 */
import { AppError } from '../../shared/contract/result';
import type { BoardReason } from '../../shared/domain/ballot';
import type { PageDoubt } from '../../shared/domain/mark-decision';
import type { RowReading } from '../../shared/domain/scan-page';
import { appendAudit } from '../db/audit';
import {
  countPendingPapers,
  decideScannedPaper,
  pendingSheets,
  type ScannedSheet,
  setSheetBoard,
  sheetsOfPaper,
} from '../db/scanned-sheets';
import { loadBallotHeader } from './ballot-guards';
import { type CongressContext, inTransaction } from './context';
import { recordPapers } from './paper-batch-service';
import { paperKey } from './paper-service';
import { type MachineView, struckOf } from './scan-service';

/** The board's reading of a row the machine doubted: on a yes/no list "struck" is a "no", as in struckOf. */
export type BoardMark = 'struck' | 'kept';

/** What the board has said so far about one sheet (scanned_sheets.board, JSON). */
export interface SheetBoard {
  /** The sheet's doubtful rows the board has read. */
  rows: { number: number; mark: BoardMark }[];
  /** The sheet's page doubts looked at and found no reason to refuse the paper. */
  valid: boolean;
  /** The whole paper decided at once: the numbers struck, or why it is invalid. */
  whole?: { struck: number[]; invalid: BoardReason | null };
}

export function sheetBoard(s: Pick<ScannedSheet, 'board'>): SheetBoard {
  const b = (s.board ?? {}) as Partial<SheetBoard>;
  return { rows: b.rows ?? [], valid: b.valid ?? false, ...(b.whole ? { whole: b.whole } : {}) };
}

export interface PendingRow extends RowReading {
  sheet: number;
  board?: BoardMark;
}

export interface PendingPaper {
  pass: number;
  paper: number;
  /** Where its sheets are, in sheet order: the board takes the paper itself from the stack. */
  sheets: { file: string; page: number; sheet: number; image: string | null }[];
  rows: PendingRow[];
  doubts: PageDoubt[];
  /** The board has looked at the page's doubts and found the paper valid. */
  cleared: boolean;
}

/** A paper as the machine saw it, with the board's readings so far, from its sheets in sheet order. */
function paperView(pass: number, paper: number, sheets: readonly ScannedSheet[]): PendingPaper {
  const p: PendingPaper = { pass, paper, sheets: [], rows: [], doubts: [], cleared: false };
  let doubted = 0;
  let cleared = 0;
  for (const s of sheets) {
    const seen = s.doubts as MachineView;
    const board = sheetBoard(s);
    p.sheets.push({ file: s.file, page: s.page, sheet: s.sheet!, image: s.image });
    for (const r of seen.rows) {
      const mark = board.rows.find((b) => b.number === r.number)?.mark;
      p.rows.push({ ...r, sheet: s.sheet!, ...(mark ? { board: mark } : {}) });
    }
    for (const d of seen.doubts) if (!p.doubts.includes(d)) p.doubts.push(d);
    if (seen.doubts.length > 0) {
      doubted++;
      if (board.valid) cleared++;
    }
  }
  p.cleared = doubted > 0 && cleared === doubted;
  return p;
}

/** What still waits for the board on a paper: its doubtful rows not yet read, its page doubts not cleared. */
export function undecidedOf(p: {
  rows: readonly { number: number; decision: string; board?: BoardMark }[];
  doubts: readonly string[];
  cleared: boolean;
}): { rows: number[]; page: string[] } {
  return {
    rows: p.rows.filter((r) => r.decision === 'doubtful' && r.board === undefined).map((r) => r.number),
    page: p.cleared ? [] : [...p.doubts],
  };
}

const undecidedCount = (p: PendingPaper) => {
  const u = undecidedOf(p);
  return u.rows.length + u.page.length;
};

export function pendingPapers(ctx: CongressContext, ballotId: number): PendingPaper[] {
  loadBallotHeader(ctx, ballotId);
  const papers = new Map<string, ScannedSheet[]>();
  for (const s of pendingSheets(ctx.db, ballotId)) {
    const key = `${s.pass}:${s.paper}`;
    papers.set(key, [...(papers.get(key) ?? []), s]);
  }
  return [...papers.values()].map((sheets) => paperView(sheets[0]!.pass, sheets[0]!.paper!, sheets));
}

export interface ScanDecision {
  ballotId: number;
  paper: number;
  /** Needed only when the same number waits in two passes. */
  pass?: number;
  /** The whole paper: the numbers struck, as the board reads it; or the reason it is invalid. */
  struck?: readonly number[];
  invalid?: BoardReason;
  /** Or a part of it: doubtful rows read, the page's doubts cleared. */
  rows?: readonly { number: number; mark: BoardMark }[];
  valid?: true;
}

export interface DecisionOutcome {
  pass: number;
  paper: number;
  recorded: boolean;
  undecided: number;
}

/** The sheets of the one pass the paper waits in; refused by key when it waits nowhere or in two passes. */
function waitingSheets(ctx: CongressContext, d: ScanDecision): ScannedSheet[] {
  const sheets = sheetsOfPaper(ctx.db, d.ballotId, d.paper, d.pass);
  const waiting = sheets.filter((s) => s.status === 'pending');
  const passes = [...new Set(waiting.map((s) => s.pass))];
  if (passes.length > 1) throw AppError.of('INVALID_INPUT', 'scan.whichPass', { paper: d.paper, passes: passes.join(', ') });
  if (passes.length === 0) {
    const recorded = sheets.find((s) => s.status === 'accepted');
    if (recorded) throw AppError.of('PAPER_EXISTS', 'scan.alreadyRecorded', { paper: d.paper, pass: recorded.pass });
    throw AppError.of('NOT_FOUND', 'scan.notPending', { paper: d.paper });
  }
  return waiting;
}

/** The boards of the sheets with the decision applied; refused by key for an item the machine did not doubt. */
function applyDecision(d: ScanDecision, view: PendingPaper, sheets: readonly ScannedSheet[]): Map<string, SheetBoard> {
  const boards = new Map(sheets.map((s) => [s.hash, sheetBoard(s)]));
  const onSheet = (sheet: number) => boards.get(sheets.find((s) => s.sheet === sheet)!.hash)!;
  if (d.struck !== undefined || d.invalid !== undefined) {
    for (const b of boards.values()) b.whole = { struck: [...(d.struck ?? [])], invalid: d.invalid ?? null };
  }
  const given = new Set<number>();
  for (const r of d.rows ?? []) {
    const row = view.rows.find((x) => x.number === r.number);
    if (!row || row.decision !== 'doubtful')
      throw AppError.of('INVALID_INPUT', 'scan.rowNotDoubtful', { paper: d.paper, number: r.number });
    if (given.has(r.number)) throw AppError.of('INVALID_INPUT', 'scan.rowTwice', { paper: d.paper, number: r.number });
    given.add(r.number);
    const board = onSheet(row.sheet);
    board.rows = [...board.rows.filter((b) => b.number !== r.number), { number: r.number, mark: r.mark }];
  }
  if (d.valid) {
    if (view.doubts.length === 0) throw AppError.of('INVALID_INPUT', 'scan.noPageDoubt', { paper: d.paper });
    for (const s of sheets) if ((s.doubts as MachineView).doubts.length > 0) boards.get(s.hash)!.valid = true;
  }
  return boards;
}

/** The struck numbers of a paper nothing is undecided on: the machine's sure ones and the board's. */
const struckOfPaper = (p: PendingPaper): number[] =>
  [...struckOf(p.rows.filter((r) => r.decision !== 'doubtful')), ...p.rows.filter((r) => r.board === 'struck').map((r) => r.number)].sort(
    (a, b) => a - b,
  );

export function decidePendingPaper(ctx: CongressContext, d: ScanDecision): DecisionOutcome {
  const whole = d.struck !== undefined || d.invalid !== undefined;
  const parts = d.rows !== undefined || d.valid !== undefined;
  if (whole === parts || (d.struck !== undefined && d.invalid !== undefined)) throw AppError.of('INVALID_INPUT', 'scan.decideOne');
  return inTransaction(ctx, () => {
    loadBallotHeader(ctx, d.ballotId);
    const sheets = waitingSheets(ctx, d);
    const { pass, paper } = { pass: sheets[0]!.pass, paper: d.paper };
    const before = paperView(pass, paper, sheets);
    const boards = applyDecision(d, before, sheets);
    const decided = sheets.map((s) => ({ ...s, board: boards.get(s.hash) }));
    const after = paperView(pass, paper, decided);
    const undecided = whole ? 0 : undecidedCount(after);
    const at = ctx.now();
    sheets.forEach((s, i) => {
      const b = decided[i]!.board!;
      if (JSON.stringify(b) !== JSON.stringify(sheetBoard(s))) setSheetBoard(ctx.db, d.ballotId, s.hash, b);
    });
    const by = ctx.caller?.()?.deviceId ?? 'operator';
    if (undecided === 0) decideScannedPaper(ctx.db, d.ballotId, pass, paper, by, at);
    appendAudit(ctx.db, at, {
      action: 'scan.review',
      entity: 'paper',
      entityId: paperKey(d.ballotId, pass, paper),
      // what the machine saw of the items in doubt, and what the board had said before
      before: {
        seen: {
          rows: before.rows.filter((r) => r.decision === 'doubtful').map(({ number, reasons }) => ({ number, reasons })),
          doubts: before.doubts,
        },
        board: before.rows.filter((r) => r.board).map((r) => ({ number: r.number, mark: r.board })),
      },
      after: {
        ...(whole ? { struck: [...(d.struck ?? [])], invalid: d.invalid ?? null } : {}),
        ...(d.rows ? { rows: d.rows } : {}),
        ...(d.valid ? { valid: true } : {}),
        recorded: undecided === 0,
        undecided,
      },
    });
    if (undecided === 0) {
      recordPapers(ctx, {
        ballotId: d.ballotId,
        pass,
        papers: [{ paper, numbers: whole ? (d.struck ?? []) : struckOfPaper(after), invalid: d.invalid ?? null }],
        numbersAre: 'struck',
        source: 'review',
      });
    }
    return { pass, paper, recorded: undecided === 0, undecided };
  });
}

/** The paper numbers still waiting, for the count's refusal. */
export function waitingPapers(ctx: CongressContext, ballotId: number): number[] {
  if (countPendingPapers(ctx.db, ballotId) === 0) return [];
  return pendingPapers(ctx, ballotId).map((p) => p.paper);
}
