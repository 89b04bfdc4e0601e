/**
 * A stack of scans read in bounded batches (docs/scanning.md "A watched folder"): each batch of files
 * is read in a worker thread (main/workers/scan-job.ts) and recorded in a transaction of its own, so
 * what a batch committed is acknowledged (`papers:scanned` says so at once) and a crash loses none
 * of it. The sheets of a long paper whose next sheet lies in the next batch are carried, unrecorded,
 * until the paper is whole. Nothing of a batch is kept once it is recorded but its lines of the report,
 * and the ballot's blank sheets, which the run's first batch renders and every later one is given.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { availableParallelism } from 'node:os';
import type { Caller } from '../../shared/contract/envelope';
import { AppError } from '../../shared/contract/result';
import { withCaller } from '../db/audit-actor';
import { withSnapshot } from '../export/snapshot';
import type { ExpectedSheet } from '../scan/interpret';
import type { ScanFile } from '../scan/scan-papers';
import { loadBallot, loadBallotHeader } from '../services/ballot-guards';
import type { CongressContext } from '../services/context';
import { checkEntry } from '../services/paper-service';
import { forgetUnrecordedImages } from '../services/scan-images';
import { codeChecker, type ReadPage, recordScanBatch, type ScanReport } from '../services/scan-service';
import { runJob } from '../workers/job-runner';
import type { ScanBlanks, ScanJobInput, ScanJobOutput } from '../workers/scan-job';

/** Files a batch: a few seconds of reading each, and the worker's start paid once a batch. */
export const SCAN_BATCH_FILES = 20;

/** The batch size; CONGRESS_SCAN_BATCH_FILES sets another (the tests split papers across small batches). */
export function scanBatchFiles(): number {
  const n = Number(process.env.CONGRESS_SCAN_BATCH_FILES);
  return Number.isInteger(n) && n > 0 ? n : SCAN_BATCH_FILES;
}

/**
 * Runs `work` outside any command: captured as this module loads. A batch's events are delivered as it
 * commits, not when the command that started it answers (a watch's command answered long ago).
 */
const outsideCommands = AsyncLocalStorage.snapshot();

export function outsideCommand<T>(caller: Caller | null, work: () => T): T {
  return outsideCommands(() => withCaller(caller, work));
}

export const emptyReport = (): ScanReport => ({ pages: [], accepted: 0, pending: 0, refused: 0, duplicates: 0 });

/** The counts and lines of a report, as the service makes it or as the contract carries it. */
interface ReportLike<P> {
  pages: P[];
  accepted: number;
  pending: number;
  refused: number;
  duplicates: number;
}

/** Adds a batch's counts to `total`, and its lines when `lines` (a watch keeps the counts only). */
export function addReport<P>(total: ReportLike<P>, batch: ReportLike<P>, lines = true): void {
  if (lines) total.pages.push(...batch.pages);
  total.accepted += batch.accepted;
  total.pending += batch.pending;
  total.refused += batch.refused;
  total.duplicates += batch.duplicates;
}

export interface ScanRunTarget {
  ballotId: number;
  pass: number;
}

/**
 * One reading of a stack into a pass, batch after batch, on the congress open when it began: a batch
 * that ends after that congress was closed (or another opened) records nothing.
 */
export class ScanRun {
  private carry: ReadPage[] = [];
  /** The ballot's blank sheets as the run's first batch rendered them (seconds of work), given to the next ones. */
  private blanks: ExpectedSheet[] | null = null;
  private readonly db: CongressContext['db'];
  private readonly caller: Caller | null;

  constructor(
    private readonly ctx: () => CongressContext,
    readonly target: ScanRunTarget,
    /** Told of each batch once committed, outside any command (its events go out at once). */
    private readonly recorded: (report: ScanReport) => void,
  ) {
    const c = ctx();
    this.db = c.db;
    this.caller = c.caller?.() ?? null;
  }

  /** Sheets of a long paper read but not recorded yet: their next sheet has not come. */
  get waiting(): number {
    return this.carry.length;
  }

  /** The congress this run records into, still open; else why not. */
  congress(): CongressContext {
    const c = this.ctx();
    if (c.db !== this.db) throw AppError.of('NO_CONGRESS_OPEN', 'scan.congressChanged');
    return c;
  }

  /** Reads `files` in the worker and records them; `final` ends the run. */
  async read(files: readonly ScanFile[], final: boolean): Promise<ScanReport> {
    const c = this.congress();
    const job = (part: readonly ScanFile[], blanks: ScanBlanks) => {
      const input: ScanJobInput = { files: [...part], congressPath: c.path, blanks };
      return runJob<ScanJobOutput>('scan', input);
    };
    const blanks = this.blanksStillPrinted(c) ?? (await this.render(c, job));
    // the batch's files read by as many workers as the machine has cores, their pages put back in order
    const parts = await Promise.all(partsOf(files, READERS).map((part) => job(part, { sheets: blanks })));
    const pages = parts.flatMap((p) => p.pages);
    return outsideCommand(this.caller, () => {
      const report = this.record(pages, final);
      this.recorded(report);
      return report;
    });
  }

  /** The ballot's blank sheets rendered by a worker from a copy of the congress: once a run, seconds of work. */
  private async render(c: CongressContext, job: (part: readonly ScanFile[], blanks: ScanBlanks) => Promise<ScanJobOutput>) {
    const { rendered } = await withSnapshot(c, (snapshotPath) => job([], { ballotId: this.target.ballotId, snapshotPath, now: c.now() }));
    this.blanks = rendered!;
    return this.blanks;
  }

  /**
   * The carried sheets recorded as they are, outside any command (a paper without its next sheet is
   * refused): the run ends. Not told to `recorded`: the one ending the run says so.
   */
  finish(): ScanReport {
    return this.carry.length === 0 ? emptyReport() : outsideCommand(this.caller, () => this.record([], true));
  }

  /**
   * The blank sheets rendered earlier in this run while each one's code is still that of this ballot's
   * papers as the congress holds them now: the congress, the ballot and its round, the list and the layout
   * (the checks a scanned page's code gets, main/services/scan-service.ts); else none, and the batch renders
   * them again. The run is bound to one congress file and one ballot, whose list is fixed once it is open:
   * this makes sure no blank of another paper is ever read against, whatever changes. What the code does
   * not carry (the heading's words) stays as printed when the run began.
   */
  private blanksStillPrinted(c: CongressContext): ExpectedSheet[] | null {
    const blanks = this.blanks;
    if (!blanks) return null;
    const check = codeChecker(c, loadBallot(c, this.target.ballotId));
    this.blanks = blanks.every((s) => typeof check(s.code) !== 'string') ? blanks : null;
    return this.blanks;
  }

  private record(pages: readonly ReadPage[], final: boolean): ScanReport {
    const c = this.congress();
    const all = [...this.carry, ...pages];
    const { report, carry } = recordScanBatch(c, { ...this.target, pages: all, final });
    this.carry = carry;
    // the worker kept every readable page's image; those no sheet was recorded with go (a carried one waits)
    forgetUnrecordedImages(
      c,
      all.filter((p) => !carry.includes(p)),
    );
    return report;
  }
}

/**
 * Workers reading one batch at once: the cores of the machine, at most four (a batch is 20 files). On the
 * hall's two-core laptop, two: the engine's own work between batches is small, the interface is another process.
 */
const READERS = Math.max(1, Math.min(4, availableParallelism()));

/** `files` cut into at most `n` runs in order, none empty. */
function partsOf<T>(files: readonly T[], n: number): T[][] {
  const size = Math.ceil(files.length / Math.max(1, n));
  return [...batchesOf(files, Math.max(1, size))];
}

/** Files cut into batches in scan order. */
function* batchesOf<T>(files: readonly T[], size = scanBatchFiles()): Generator<T[]> {
  for (let i = 0; i < files.length; i += size) yield files.slice(i, i + size);
}

/** A summed report's lines in scan order: the files' order, then their pages (a carried sheet is told in a later batch). */
export function inScanOrder(report: ScanReport, files: readonly { name: string }[]): ScanReport {
  const order = new Map<string, number>();
  files.forEach((f, i) => order.has(f.name) || order.set(f.name, i));
  const at = (file: string) => order.get(file) ?? files.length;
  report.pages.sort((a, b) => at(a.file) - at(b.file) || a.page - b.page);
  return report;
}

/**
 * A `papers:scan` call: the files in batches, against blanks rendered once, each batch recorded and
 * `recorded` as it commits; the answer is the sum. The pass is checked before anything is read.
 */
export async function scanStack(
  ctx: () => CongressContext,
  target: ScanRunTarget,
  files: readonly ScanFile[],
  recorded: (report: ScanReport) => void,
): Promise<ScanReport> {
  const c = ctx();
  checkEntry(loadBallotHeader(c, target.ballotId), target.pass);
  const run = new ScanRun(ctx, target, recorded);
  const total = emptyReport();
  const batches = [...batchesOf(files)];
  for (const [i, batch] of batches.entries()) addReport(total, await run.read(batch, i === batches.length - 1));
  return inScanOrder(total, files);
}
