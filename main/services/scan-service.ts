/**
 * A stack of scans made a pass of the count (docs/scanning.md). The pages come here already read (main/scan
 * reads pixels; this layer may not import it): each page's code is checked against this congress,
 * ballot and list, the same content seen before is not counted again (scanned_sheets, migration 009),
 * sheets of a long paper are put together in scan order, and papers are numbered after the pass's last.
 * A paper the machine has no doubt about is recorded through the batch (source 'scan'); any doubt,
 * of a row or of the page, keeps it pending for the counting board, and the count waits for it.
 */
import { AppError } from '../../shared/contract/result';
import type { PageDoubt } from '../../shared/domain/mark-decision';
import { parsePaperCode, type PaperCode } from '../../shared/domain/paper-code';
import { markingFor, sheetsOf } from '../../shared/domain/paper-layout';
import type { PageInterpretation, RowReading } from '../../shared/domain/scan-page';
import type { MessageParams, SharedKey } from '../../shared/i18n/translator';
import { appendAudit } from '../db/audit';
import type { Ballot } from '../db/ballots';
import { passProgress } from '../db/papers';
import { lastScannedPaper, putScannedSheet, scannedByHash, type ScanStatus } from '../db/scanned-sheets';
import { announce, loadBallot, loadBallotHeader } from './ballot-guards';
import { type CongressContext, inTransaction } from './context';
import { type BatchPaper, recordPapers } from './paper-batch-service';
import { checkEntry } from './paper-service';
import { layoutHash, paperIdentity } from './paper-identity';

/** One page as main/scan read it; `refusal` when its file could not even be decoded. */
export type ReadPage =
  | {
      file: string;
      page: number;
      hash: string;
      reading: PageInterpretation;
      /** SHA-256 of the page's image as kept beside the congress file (main/scan), when it was kept. */
      image?: string;
    }
  | { file: string; page: number; refusal: { key: SharedKey; params: MessageParams } };

export interface ScanInput {
  ballotId: number;
  pass: number;
  pages: readonly ReadPage[];
}

/**
 * One batch of a longer stack (main/engine/scan-batches.ts). Not `final`: the sheets of a long paper
 * at the end of the batch whose next sheet may lie in the next one are not recorded but handed back
 * (`carry`, in scan order, with any copy of them), to lead the next batch.
 */
export interface ScanBatchInput extends ScanInput {
  final: boolean;
}

/** What became of one page, by key, with the file and page the operator knows. */
export interface PageOutcome {
  file: string;
  page: number;
  status: ScanStatus | 'duplicate';
  paper?: number;
  sheet?: number;
  key?: SharedKey;
  params?: MessageParams;
  /** The resolution its page was read at (a sheet of this ballot, or a copy of one): the scan panel's 200 dpi advice. */
  dpi?: number;
}

export interface ScanReport {
  pages: PageOutcome[];
  /** Papers (not pages): recorded, waiting for the board; pages refused and pages already scanned. */
  accepted: number;
  pending: number;
  refused: number;
  duplicates: number;
}

/** What the machine saw on a paper, kept for the board (never pixels). */
export interface MachineView {
  rows: readonly RowReading[];
  doubts: readonly PageDoubt[];
}

interface ReadSheet {
  file: string;
  page: number;
  hash: string;
  image?: string;
  code: PaperCode;
  reading: Extract<PageInterpretation, { kind: 'read' }>;
  /** This page's line of the report, filled in as the page is put with its paper or refused. */
  outcome: PageOutcome;
}

type Checked = { ok: true; sheet: Omit<ReadSheet, 'outcome'> } | { ok: false; outcome: PageOutcome };

const where = (p: { file: string; page: number }) => ({ file: p.file, page: p.page });
/** The page's file and place, and the resolution it was read at. */
const readAt = (p: ReadPage) => {
  const dpi = 'reading' in p && p.reading.kind === 'read' ? p.reading.dpi : undefined;
  return { ...where(p), ...(dpi === undefined ? {} : { dpi }) };
};

function refusedPage(p: { file: string; page: number }, key: SharedKey, params: MessageParams = {}): PageOutcome {
  return { ...where(p), status: 'refused', key, params: { ...params, ...where(p) } };
}

/** Checks a page's code against this ballot: the congress, the ballot and its round, the list and form. */
export function codeChecker(ctx: CongressContext, ballot: Ballot) {
  const identity = paperIdentity(ctx, ballot);
  const marking = markingFor(ballot.candidates.length, ballot.seats);
  const names = ballot.candidates.map((c) => c.name);
  const layouts = new Map<string, string>();
  const layoutOf = (code: PaperCode) => {
    const key = JSON.stringify(code.form);
    if (!layouts.has(key))
      layouts.set(
        key,
        layoutHash(
          ballot.candidates,
          sheetsOf(code.form, marking, names).map((s) => s.geometry),
        ),
      );
    return layouts.get(key)!;
  };
  return (text: string): SharedKey | PaperCode => {
    const code = parsePaperCode(text);
    if (!code) return 'scan.notOurCode';
    if (code.congress !== identity.congress) return 'scan.otherCongress';
    if (code.ballot !== identity.ballot) return 'scan.otherBallot';
    if (code.layout !== layoutOf(code)) return 'scan.otherLayout';
    return code;
  };
}

function checkPage(p: ReadPage, check: ReturnType<typeof codeChecker>): Checked {
  if ('refusal' in p) return { ok: false, outcome: refusedPage(p, p.refusal.key, p.refusal.params) };
  const r = p.reading;
  switch (r.kind) {
    case 'blank':
      return { ok: false, outcome: refusedPage(p, 'scan.blank') };
    case 'unreadable':
      return { ok: false, outcome: refusedPage(p, 'scan.unreadable', { reason: r.reason }) };
    case 'uncut':
      return { ok: false, outcome: refusedPage(p, 'scan.uncutPage', { papers: r.papers }) };
    case 'wrong-scale':
      return { ok: false, outcome: refusedPage(p, 'scan.wrongScale', { percent: Math.round(r.scale * 1000) / 10 }) };
    case 'wrong-ballot': {
      const found = check(r.code);
      return { ok: false, outcome: refusedPage(p, typeof found === 'string' ? found : 'scan.otherLayout') };
    }
    case 'read': {
      const found = check(r.code);
      if (typeof found === 'string') return { ok: false, outcome: refusedPage(p, found) };
      return { ok: true, sheet: { file: p.file, page: p.page, hash: p.hash, image: p.image, code: found, reading: r } };
    }
  }
}

/**
 * Sheets put together into papers in scan order: 1, 2, …, n. A gap stops the paper (a sheet 1 then
 * starts the next one), a repeat stops it with the repeated sheet; each refused page names itself.
 */
function assemble(sheets: readonly ReadSheet[], final = true): { papers: ReadSheet[][]; open: ReadSheet[] } {
  const papers: ReadSheet[][] = [];
  let open: ReadSheet[] = [];
  const refuse = (s: ReadSheet, key: SharedKey, sheet: number) =>
    Object.assign(s.outcome, refusedPage(s, key, { sheet, sheets: s.code.sheets, at: s.code.sheet }));
  const drop = (key: SharedKey, sheet: number) => {
    for (const o of open) refuse(o, key, sheet);
    open = [];
  };
  for (const s of sheets) {
    const first = open[0];
    if (first) {
      const same = s.code.sheets === first.code.sheets;
      if (same && s.code.sheet !== 1 && open.some((o) => o.code.sheet === s.code.sheet)) {
        open.push(s);
        drop('scan.sheetRepeated', s.code.sheet);
        continue;
      }
      if (!same || s.code.sheet !== open.length + 1) drop('scan.sheetMissing', open.length + 1);
    }
    if (open.length === 0 && s.code.sheet !== 1) {
      refuse(s, 'scan.sheetMissing', 1);
      continue;
    }
    open.push(s);
    if (open.length === s.code.sheets) {
      papers.push(open);
      open = [];
    }
  }
  if (final && open.length > 0) drop('scan.sheetMissing', open.length + 1);
  return { papers, open };
}

/** The machine's view of a whole paper: every sheet's rows, every page doubt. */
function machineView(paper: readonly ReadSheet[]): MachineView & { review: boolean } {
  return {
    rows: paper.flatMap((s) => s.reading.rows),
    doubts: [...new Set(paper.flatMap((s) => s.reading.doubts))],
    review: paper.some((s) => s.reading.review),
  };
}

/** On a strike list a struck name; on a yes/no list a "no": the numbers the batch records as struck. */
export const struckOf = (rows: readonly RowReading[]) =>
  rows.filter((r) => r.decision === 'struck' || r.decision === 'no').map((r) => r.number);

export function recordScannedPages(ctx: CongressContext, input: ScanInput): ScanReport {
  return recordScanBatch(ctx, { ...input, final: true }).report;
}

/** A batch recorded in one transaction: what is committed is acknowledged; `carry` is not recorded yet. */
export function recordScanBatch(ctx: CongressContext, input: ScanBatchInput): { report: ScanReport; carry: ReadPage[] } {
  const recorded = inTransaction(ctx, () => {
    checkEntry(loadBallotHeader(ctx, input.ballotId), input.pass);
    const ballot = loadBallot(ctx, input.ballotId);
    const check = codeChecker(ctx, ballot);
    const outcomes = new Map<ReadPage, PageOutcome>();
    const fresh: ReadSheet[] = [];
    const seen = new Map<string, PageOutcome>();
    const copies: [copy: PageOutcome, first: PageOutcome][] = [];
    for (const p of input.pages) {
      const c = checkPage(p, check);
      if (!c.ok) {
        outcomes.set(p, c.outcome);
        continue;
      }
      const before = scannedByHash(ctx.db, ballot.id, c.sheet.hash);
      const earlier = seen.get(c.sheet.hash);
      if (before || earlier) {
        const outcome: PageOutcome = { ...readAt(p), status: 'duplicate', key: 'scan.duplicate' };
        outcomes.set(p, outcome);
        // a copy of a page met earlier in this run: said once that page has its paper (or its refusal)
        if (earlier) copies.push([outcome, earlier]);
        else outcome.params = { ...where(p), paper: before!.paper ?? 0, firstFile: before!.file, firstPage: before!.page };
        continue;
      }
      const outcome: PageOutcome = { ...readAt(p), status: 'pending' };
      seen.set(c.sheet.hash, outcome);
      outcomes.set(p, outcome);
      fresh.push({ ...c.sheet, outcome });
    }
    const { papers, open } = assemble(fresh, input.final);
    // the open paper's sheets and their copies wait for the next batch: nothing of them said or written
    const waiting = new Set<PageOutcome>(open.map((s) => s.outcome));
    for (const [copy, first] of copies) if (waiting.has(first)) waiting.add(copy);
    const at = ctx.now();
    let next =
      Math.max(passProgress(ctx.db, ballot.id).get(input.pass)?.maxPaper ?? 0, lastScannedPaper(ctx.db, ballot.id, input.pass)) + 1;
    const batch: BatchPaper[] = [];
    let pending = 0;
    for (const paper of papers) {
      const number = next++;
      const view = machineView(paper);
      const status: ScanStatus = view.review ? 'pending' : 'accepted';
      if (status === 'pending') pending++;
      else batch.push({ paper: number, numbers: struckOf(view.rows), invalid: null });
      for (const s of paper) {
        Object.assign(s.outcome, { status, paper: number, sheet: s.code.sheet });
        const seenOnPage: MachineView = { rows: s.reading.rows, doubts: s.reading.doubts };
        putScannedSheet(ctx.db, ballot.id, {
          ...sheetRow(input.pass, s, at),
          image: s.image ?? null,
          sheet: s.code.sheet,
          paper: number,
          status,
          doubts: seenOnPage,
        });
      }
    }
    for (const [copy, first] of copies) {
      if (waiting.has(copy)) continue;
      if (first.status === 'refused')
        Object.assign(copy, { status: 'refused', key: first.key, params: { ...first.params, ...where(copy) } });
      else copy.params = { ...where(copy), paper: first.paper!, firstFile: first.file, firstPage: first.page };
    }
    for (const p of input.pages) {
      const o = outcomes.get(p)!;
      if (o.status === 'refused' && 'hash' in p)
        putScannedSheet(ctx.db, ballot.id, {
          ...sheetRow(input.pass, p, at),
          image: null,
          sheet: null,
          paper: null,
          status: 'refused',
          doubts: { key: o.key },
        });
    }
    if (batch.length > 0) recordPapers(ctx, { ballotId: ballot.id, pass: input.pass, papers: batch, numbersAre: 'struck', source: 'scan' });
    const carry = input.pages.filter((p) => waiting.has(outcomes.get(p)!));
    const report = summary(
      [...outcomes.values()].filter((o) => !waiting.has(o)),
      batch.length,
      pending,
    );
    appendAudit(ctx.db, at, {
      action: 'scan.run',
      entity: 'ballot',
      entityId: ballot.id,
      after: {
        pass: input.pass,
        accepted: report.accepted,
        pending: report.pending,
        refused: report.refused,
        duplicates: report.duplicates,
      },
    });
    return { report, carry };
  });
  // Once a batch, never a paper: the papers counted at once were announced with their entries
  // (paper-batch-service.ts); a batch of papers that all wait for the board changes the ballot too
  // (what the reviewer settles, the count it holds back), and its windows re-read it.
  if (recorded.report.accepted === 0 && recorded.report.pending > 0) announce(ctx, input.ballotId);
  return recorded;
}

const sheetRow = (pass: number, p: { file: string; page: number; hash: string }, at: string) => ({
  pass,
  hash: p.hash,
  file: p.file,
  page: p.page,
  scannedAt: at,
});

function summary(pages: PageOutcome[], accepted: number, pending: number): ScanReport {
  return {
    pages,
    accepted,
    pending,
    refused: pages.filter((p) => p.status === 'refused').length,
    duplicates: pages.filter((p) => p.status === 'duplicate').length,
  };
}

/** A refusal of the count while a scanned paper of the ballot waits for the board (ballot-count-service.ts). */
export function scansPending(papers: readonly number[]): AppError {
  const shown = papers.slice(0, 20).join(', ') + (papers.length > 20 ? ', …' : '');
  return AppError.of('SCAN_PENDING', 'scan.pendingBlocksCount', { count: papers.length, papers: shown }, { papers });
}
