/**
 * The counting board's side of scanning (docs/scanning.md): the papers the machine had a doubt about,
 * with what it saw, and the board's decision on each — recorded through the batch with source
 * 'review' and audited. The machine never decides a doubtful paper; until the board has, the count waits.
 */
import { AppError } from '../../shared/contract/result';
import type { BoardReason } from '../../shared/domain/ballot';
import type { PageDoubt } from '../../shared/domain/mark-decision';
import type { RowReading } from '../../shared/domain/scan-page';
import { appendAudit } from '../db/audit';
import { countPendingPapers, decideScannedPaper, pendingSheets } from '../db/scanned-sheets';
import { loadBallotHeader } from './ballot-guards';
import { type CongressContext, inTransaction } from './context';
import { recordPapers } from './paper-batch-service';
import { paperKey } from './paper-service';
import type { MachineView } from './scan-service';

export interface PendingPaper {
  pass: number;
  paper: number;
  /** Where its sheets are, in sheet order: the board takes the paper itself from the stack. */
  sheets: { file: string; page: number; sheet: number }[];
  rows: RowReading[];
  doubts: PageDoubt[];
}

export function pendingPapers(ctx: CongressContext, ballotId: number): PendingPaper[] {
  loadBallotHeader(ctx, ballotId);
  const papers = new Map<string, PendingPaper>();
  for (const s of pendingSheets(ctx.db, ballotId)) {
    const key = `${s.pass}:${s.paper}`;
    const p = papers.get(key) ?? { pass: s.pass, paper: s.paper!, sheets: [], rows: [], doubts: [] };
    const seen = s.doubts as MachineView;
    p.sheets.push({ file: s.file, page: s.page, sheet: s.sheet! });
    p.rows.push(...seen.rows);
    for (const d of seen.doubts) if (!p.doubts.includes(d)) p.doubts.push(d);
    papers.set(key, p);
  }
  return [...papers.values()];
}

export interface ScanDecision {
  ballotId: number;
  paper: number;
  /** Needed only when the same number waits in two passes. */
  pass?: number;
  /** The numbers struck, as the board reads the paper; or the reason it is invalid. */
  struck?: readonly number[];
  invalid?: BoardReason;
}

export function decidePendingPaper(ctx: CongressContext, d: ScanDecision): { pass: number; paper: number } {
  if ((d.struck === undefined) === (d.invalid === undefined)) throw AppError.of('INVALID_INPUT', 'scan.decideOne');
  return inTransaction(ctx, () => {
    const waiting = pendingPapers(ctx, d.ballotId).filter((p) => p.paper === d.paper && (d.pass === undefined || p.pass === d.pass));
    if (waiting.length !== 1) throw AppError.of('NOT_FOUND', 'scan.notPending', { paper: d.paper });
    const { pass, paper, rows, doubts } = waiting[0]!;
    recordPapers(ctx, {
      ballotId: d.ballotId,
      pass,
      papers: [{ paper, numbers: d.struck ?? [], invalid: d.invalid ?? null }],
      numbersAre: 'struck',
      source: 'review',
    });
    const at = ctx.now();
    decideScannedPaper(ctx.db, d.ballotId, pass, paper, ctx.caller?.()?.deviceId ?? 'operator', at);
    appendAudit(ctx.db, at, {
      action: 'scan.review',
      entity: 'paper',
      entityId: paperKey(d.ballotId, pass, paper),
      before: { seen: { rows, doubts } },
      after: { struck: d.struck ?? [], invalid: d.invalid ?? null },
    });
    return { pass, paper };
  });
}

/** The paper numbers still waiting, for the count's refusal. */
export function waitingPapers(ctx: CongressContext, ballotId: number): number[] {
  if (countPendingPapers(ctx.db, ballotId) === 0) return [];
  return pendingPapers(ctx, ballotId).map((p) => p.paper);
}
