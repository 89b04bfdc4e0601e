/**
 * A folder watched while the scanner writes into it (docs/scanning.md "A watched folder"). Polled,
 * not fs.watch: change events are unreliable on network and USB shares. A file is taken once its size
 * and time are unchanged over two polls and it can be opened, in the scanner's order (scan-folder.ts),
 * and the files taken are read in batches (scan-batches.ts), each recorded and announced as it
 * commits. A file is remembered by name, size and time; the same content under another name is known
 * by its sheet hash anyway (scan-service.ts).
 */
import { closeSync, openSync, statSync } from 'node:fs';
import type { CommandOutput, EventPayload } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/result';
import { type ScanPath, scanFilesIn } from '../files/scan-folder';
import { loadBallotHeader } from '../services/ballot-guards';
import type { CongressContext } from '../services/context';
import { checkEntry } from '../services/paper-service';
import type { PageOutcome, ScanReport } from '../services/scan-service';
import { addReport, emptyReport, outsideCommand, ScanRun, type ScanRunTarget, scanBatchFiles } from './scan-batches';

export type WatchState = NonNullable<CommandOutput<'papers:watching'>>;

/** How often the folder is looked at: a page a second or two from the feeder, read within a poll or two. */
export const WATCH_POLL_MS = 700;

interface Seen {
  size: number;
  mtimeMs: number;
}

const sameSeen = (a: Seen | undefined, b: Seen) => a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

function canOpen(path: string): boolean {
  try {
    closeSync(openSync(path, 'r')); // a file the scanner still holds locked (Windows) is not done
    return true;
  } catch {
    return false;
  }
}

/** The folder must be there, and the pass open for entry, before a watch starts. */
function checkWatch(ctx: CongressContext, target: ScanRunTarget & { folder: string }): void {
  checkEntry(loadBallotHeader(ctx, target.ballotId), target.pass);
  const s = statSync(target.folder, { throwIfNoEntry: false });
  if (!s) throw AppError.of('FOLDER_NOT_FOUND', 'error.FOLDER_NOT_FOUND', { path: target.folder });
  if (!s.isDirectory()) throw AppError.of('NOT_A_FOLDER', 'error.NOT_A_FOLDER', { path: target.folder });
}

export class FolderWatch {
  private readonly run: ScanRun;
  /** The files taken, by name, as they were when taken. */
  private readonly taken = new Map<string, Seen>();
  /** Each file not taken yet as the last poll saw it. */
  private readonly lastPoll = new Map<string, Seen>();
  private readonly counts = emptyReport();
  private files = 0;
  /** Files of the batch being read: counted with it. */
  private reading = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private busy: Promise<void> | null = null;
  private ended: Promise<WatchState> | null = null;

  constructor(
    ctx: () => CongressContext,
    readonly target: ScanRunTarget & { folder: string },
    /** Called once, when the watch has ended (unwatched, the folder gone, the congress closed). */
    private readonly onEnd: () => void,
  ) {
    checkWatch(ctx(), target);
    this.run = new ScanRun(ctx, target, (report) => this.announce(report, true));
    outsideCommand(null, () => this.schedule()); // its timers, and all that follows, belong to no command
  }

  state(): WatchState {
    const { pages: _, ...counts } = this.counts;
    return { ...this.target, files: this.files, ...counts, waiting: this.run.waiting };
  }

  /** Stops the watch once the batch being read is recorded; the sheets still waiting are refused (missing sheet). */
  stop(): Promise<WatchState> {
    return this.end();
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.poll(), WATCH_POLL_MS);
    this.timer.unref(); // a watch left running never keeps the CLI or a test alive
  }

  private async poll(): Promise<void> {
    this.timer = null;
    if (this.ended) return;
    try {
      this.run.congress();
    } catch {
      return void this.end(null); // closed, or another opened: nothing more may be recorded here
    }
    let ready: ScanPath[];
    try {
      ready = this.readyFiles(scanFilesIn(this.target.folder));
    } catch {
      return void this.end(this.problem('scan.watchFolderGone', { folder: this.target.folder }));
    }
    if (ready.length > 0) {
      this.busy = this.readBatch(ready);
      await this.busy;
      this.busy = null;
    }
    if (!this.ended) this.schedule();
  }

  /** The new files, in the scanner's order, up to the first still being written, at most a batch. */
  private readyFiles(files: readonly ScanPath[]): ScanPath[] {
    const ready: ScanPath[] = [];
    let blocked = false;
    for (const f of files) {
      const s = statSync(f.path, { throwIfNoEntry: false });
      if (!s || !s.isFile()) continue;
      const now: Seen = { size: s.size, mtimeMs: s.mtimeMs };
      if (sameSeen(this.taken.get(f.name), now)) continue;
      const stable = now.size > 0 && sameSeen(this.lastPoll.get(f.name), now);
      this.lastPoll.set(f.name, now);
      // a file still growing holds the later ones back: the sheets of a paper must stay in scan order
      if (blocked || !stable || !canOpen(f.path)) {
        blocked = true;
        continue;
      }
      if (ready.length < scanBatchFiles()) ready.push(f);
    }
    return ready;
  }

  private async readBatch(files: ScanPath[]): Promise<void> {
    try {
      this.reading = files.length;
      await this.run.read(files, false);
      for (const f of files) {
        this.taken.set(f.name, this.lastPoll.get(f.name)!);
        this.lastPoll.delete(f.name);
      }
    } catch (error) {
      this.reading = 0;
      const e = error instanceof AppError ? error : AppError.of('INTERNAL', 'engine.internal', { detail: String(error) });
      void this.end(e.code === 'NO_CONGRESS_OPEN' ? null : this.problem(e.key ?? 'engine.internal', e.params ?? {}));
    }
  }

  /** A batch recorded (or the watch ended): told at once, outside any command. */
  private announce(report: ScanReport, watching: boolean): void {
    this.files += this.reading;
    this.reading = 0;
    addReport(this.counts, report, false);
    const watch = watching ? this.state() : null;
    const payload: EventPayload<'papers:scanned'> = { ballotId: this.target.ballotId, pass: this.target.pass, report, watch };
    this.run.congress().emit('papers:scanned', payload);
  }

  /** Why the watch ended on its own, as a line of its last report. */
  private problem(key: NonNullable<PageOutcome['key']>, params: NonNullable<PageOutcome['params']>): PageOutcome {
    return { file: this.target.folder, page: 0, status: 'refused', key, params };
  }

  /** `why`: null when unwatched (or the congress went: then nothing is recorded or said). */
  private end(why: PageOutcome | null = null): Promise<WatchState> {
    this.ended ??= (async () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      await this.busy;
      try {
        const last = this.run.finish();
        if (why) addReport(last, { ...emptyReport(), pages: [why], refused: 1 });
        outsideCommand(null, () => this.announce(last, false));
      } catch {
        // the congress is closed: the sheets still waiting were never recorded, a rerun reads them again
      }
      this.onEnd();
      return this.state();
    })();
    return this.ended;
  }
}
