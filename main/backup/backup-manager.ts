/**
 * Automatic copies of the open congress: every few minutes while it changes, after each milestone
 * (roster imported, ballot counted, published, finalized) and when it is closed. Each copy is made
 * by SQLite itself, so it is consistent: the routine ones with better-sqlite3's db.backup(), page
 * by page between commands so check-in never waits; milestones and the copy on close with VACUUM
 * INTO, at once. A copy is written under a temporary name and renamed, so a copy in the list is
 * always a whole one.
 */
import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo, BackupList, BackupReason } from '../../shared/contract/backup-channels';
import type { CommandName } from '../../shared/contract/channels';
import { AppError, type AppErrorData, type ErrorCode } from '../../shared/contract/result';
import type { DB } from '../db/db';
import { defaultExportDir } from '../export/output';
import { fileError } from '../files/fs-errors';
import { partialPath, removeStalePartials } from '../files/partials';
import type { Clock } from '../services/context';
import { backupFileName, congressStem, copyInto, listBackupFiles, primaryFolder, secondFolderFor } from './backup-files';
import { inspectBackup } from './backup-inspect';
import { BackupSettingsStore } from './backup-settings';
import { forgetInterruptedRestore } from './restore-marker';

/** Commands after which the congress cannot afford to lose what was just done. */
export const MILESTONE_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>([
  'roster:import',
  'ballots:importCandidates',
  'ballots:count',
  'ballots:aggregate',
  'ballots:publish',
  'ballots:finalize',
]);

/** Refusals to open a file for which a copy is the way out. */
const RECOVERABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'FILE_DAMAGED',
  'FILE_NOT_CONGRESS',
  'FILE_FROM_NEWER_APP',
  'FILE_LOCKED',
  'FILE_NOT_FOUND',
]);

/** Rotation: routine copies are many and alike; milestones are few and each one matters. */
const KEEP: Record<BackupReason, number> = { auto: 12, close: 12, manual: 12, milestone: 40, 'before-restore': Infinity };

export interface OpenCongress {
  db: DB;
  path: string;
}

export interface BackupOptions {
  /** Off for throw-away engines (benchmarks); on everywhere else. */
  enabled?: boolean;
}

function totalChanges(db: DB): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Copies are kept in rollback-journal mode: one self-contained file, readable without side files. */
export function makeStandalone(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export class BackupManager {
  readonly settings: BackupSettingsStore;
  private readonly enabled: boolean;
  private baseline = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private secondFolderError: AppErrorData | null = null;
  /** The last copy beside the file failed (disk full, folder not writable): shown until one succeeds. */
  private lastError: AppErrorData | null = null;

  constructor(
    private readonly host: { now: Clock; current(): OpenCongress | null },
    workspaceDir: string,
    options: BackupOptions = {},
  ) {
    this.settings = new BackupSettingsStore(workspaceDir);
    this.enabled = options.enabled ?? true;
  }

  /** A congress was just opened: nothing to copy until it changes; what a crash left half-made goes. */
  opened(db: DB, path: string): void {
    this.baseline = totalChanges(db);
    this.lastError = null; // errors belong to the file they happened to
    this.secondFolderError = null;
    forgetInterruptedRestore(path);
    this.removeStaleCopies(path);
    this.restartTimer();
  }

  /**
   * Removes the temporary copies of this congress a crash left behind (main/files/partials.ts): in
   * its backup folders, beside the file (a restore's, a recovered copy's) and among its documents
   * (the archive's). Copies this process is still writing stay. Never fails the caller.
   */
  removeStaleCopies(congressPath: string): void {
    const stem = congressStem(congressPath);
    const removed = [
      ...this.folders(congressPath).flatMap(({ folder }) => removeStalePartials(folder, (t) => t.startsWith(`${stem}--`))),
      ...removeStalePartials(dirname(congressPath), (t) => t === basename(congressPath) || t.startsWith(`${stem} (khoi phuc`)),
      ...removeStalePartials(defaultExportDir({ path: congressPath })),
    ];
    if (removed.length > 0)
      console.warn(
        `[backup] removed ${removed.length} half-made cop${removed.length > 1 ? 'ies' : 'y'} left by a crash:`,
        removed.map((f) => basename(f)).join(', '),
      );
  }

  restartTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.enabled || !this.host.current()) return;
    const every = this.settings.read().intervalMinutes * 60_000;
    this.timer = setInterval(() => {
      const open = this.host.current();
      // A failed copy is reported in the list (lastError), never thrown into the app's event loop.
      if (open && totalChanges(open.db) > this.baseline) this.snapshot('auto').catch(() => undefined);
    }, every);
    this.timer.unref(); // a copy that is due never keeps the CLI or a test alive
  }

  /**
   * A milestone is copied at once, before the next command can change anything: the copy holds
   * exactly the counted (published, finalized…) ballot.
   */
  commandDone(channel: CommandName): void {
    const open = this.host.current();
    if (this.enabled && open && MILESTONE_COMMANDS.has(channel)) this.copySync(open, 'milestone');
  }

  /**
   * The congress is being closed: a last copy if anything changed since the previous one,
   * synchronous because the file's lock must be released on return, and an app that is quitting
   * does not wait for promises.
   */
  closing(db: DB, path: string): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.enabled && totalChanges(db) > this.baseline) this.copySync({ db, path }, 'close');
  }

  /** VACUUM INTO: SQLite's own consistent copy, in one synchronous step. Never fails the caller. */
  private copySync(open: OpenCongress, reason: BackupReason): void {
    try {
      const changes = totalChanges(open.db);
      this.store(open.path, reason, (partial) => open.db.prepare('VACUUM INTO ?').run(partial));
      this.baseline = changes;
    } catch (error) {
      this.failed(open.path, error); // the command itself has succeeded: it must not fail now
    }
  }

  /** A copy of the open congress now; null when none is open. Copies are made one after another. */
  snapshot(reason: BackupReason): Promise<BackupInfo | null> {
    const run = this.queue.then(() => this.copyNow(reason));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every copy asked for so far is written (or has failed). */
  async idle(): Promise<void> {
    await this.queue;
  }

  private async copyNow(reason: BackupReason): Promise<BackupInfo | null> {
    const open = this.host.current();
    if (!open) return null;
    const changes = totalChanges(open.db);
    try {
      const file = await this.storeAsync(open.path, reason, (partial) => open.db.backup(partial));
      this.baseline = Math.max(this.baseline, changes);
      return this.describe(file, 'primary');
    } catch (error) {
      // Closed while copying: the copy on close has taken its place.
      if (this.host.current()?.db !== open.db) return null;
      throw this.failed(open.path, error);
    }
  }

  private failed(path: string, error: unknown): AppError {
    const folder = primaryFolder(path);
    console.error(`[backup] copy into ${folder} failed`, error);
    const refusal = backupRefused(error, folder);
    this.lastError = refusal.toData();
    return refusal;
  }

  private store(path: string, reason: BackupReason, copy: (partial: string) => unknown): string {
    const { folder, name, partial } = this.target(path, reason);
    try {
      copy(partial);
      return this.finish(path, folder, name, partial);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }

  private async storeAsync(path: string, reason: BackupReason, copy: (partial: string) => Promise<unknown>): Promise<string> {
    const { folder, name, partial } = this.target(path, reason);
    try {
      await copy(partial);
      return this.finish(path, folder, name, partial);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }

  private target(path: string, reason: BackupReason) {
    const folder = primaryFolder(path);
    mkdirSync(folder, { recursive: true });
    const name = backupFileName(folder, path, this.host.now(), reason);
    return { folder, name, partial: partialPath(join(folder, name)) };
  }

  private finish(path: string, folder: string, name: string, partial: string): string {
    makeStandalone(partial);
    const file = join(folder, name);
    renameSync(partial, file);
    this.lastError = null;
    rotate(folder);
    this.copyToSecondFolder(path, file, name);
    this.removeStaleCopies(path); // after each copy too: a crash may have come since the open
    return file;
  }

  private copyToSecondFolder(path: string, file: string, name: string): void {
    const root = this.settings.read().secondFolder;
    if (!root) return;
    try {
      const folder = secondFolderFor(root, path);
      mkdirSync(folder, { recursive: true });
      copyInto(file, join(folder, name));
      rotate(folder);
      this.secondFolderError = null;
    } catch (error) {
      // An unplugged stick must not stop the copy beside the file, nor the congress.
      const refusal = fileError(error, {
        what: { thing: 'copyToSecondFolder', target: root },
        path: secondFolderFor(root, path),
        folder: root,
        outcome: 'besideCopyMade',
        fallback: 'BACKUP_FAILED',
      });
      this.secondFolderError = refusal.toData();
    }
  }

  /** Where the copies of a congress are kept: beside the file, and in the second folder when one is set. */
  folders(congressPath: string): { folder: string; kind: BackupInfo['folder'] }[] {
    const second = this.settings.read().secondFolder;
    const folders: { folder: string; kind: BackupInfo['folder'] }[] = [{ folder: primaryFolder(congressPath), kind: 'primary' }];
    if (second) folders.push({ folder: secondFolderFor(second, congressPath), kind: 'second' });
    return folders;
  }

  /** The copy files of a congress, newest first, found by name only (nothing opened). */
  private copyFiles(congressPath: string) {
    return this.folders(congressPath)
      .flatMap(({ folder, kind }) => listBackupFiles(folder).map((f) => ({ ...f, kind })))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.kind.localeCompare(b.kind));
  }

  /** Every copy of a congress, newest first, each with what it holds. */
  list(congressPath: string): BackupList {
    const [primary, second] = this.folders(congressPath);
    return {
      congressPath,
      folder: primary!.folder,
      secondFolder: second?.folder ?? null,
      secondFolderError: this.secondFolderError,
      lastError: this.lastError,
      copies: this.copyFiles(congressPath).map((f) => this.describe(f.file, f.kind, f)),
    };
  }

  /**
   * Runs an open (or a check before a command); when it is refused in a way a copy can get around,
   * the refusal carries the newest copy this app can open (`details.latestBackup`), so every window
   * can offer it. Work that answers later (an export checking its copy in a worker) is awaited.
   */
  offerOnFailure<T>(path: string, open: () => T): T {
    try {
      const result = open();
      if (result instanceof Promise) return result.catch((error: unknown) => this.throwWithCopy(path, error)) as T;
      return result;
    } catch (error) {
      return this.throwWithCopy(path, error);
    }
  }

  private throwWithCopy(path: string, error: unknown): never {
    if (!(error instanceof AppError) || !RECOVERABLE.has(error.code)) throw error;
    const latestBackup = this.latestUsable(path);
    if (!latestBackup) throw error;
    const details = typeof error.details === 'object' && error.details !== null ? error.details : {};
    throw AppError.fromData({ ...error.toData(), details: { ...details, congressPath: path, latestBackup } });
  }

  /** The newest copy this app can open, for a congress file that would not open; older copies stay unopened. */
  latestUsable(congressPath: string): BackupInfo | null {
    for (const f of this.copyFiles(congressPath)) {
      const copy = this.describe(f.file, f.kind, f);
      if (copy.usable) return copy;
    }
    return null;
  }

  private describe(file: string, folder: BackupInfo['folder'], known?: ReturnType<typeof listBackupFiles>[number]): BackupInfo {
    const meta = known ?? listBackupFiles(join(file, '..')).find((f) => f.file === file)!;
    return {
      file,
      name: meta.name,
      folder,
      createdAt: meta.createdAt,
      reason: meta.reason,
      sizeBytes: meta.sizeBytes,
      ...inspectBackup(file),
    };
  }
}

/** A copy the disk refused, said with what and where (main/files/fs-errors.ts); the congress is not affected. */
export function backupRefused(error: unknown, folder: string): AppError {
  return fileError(error, {
    what: { thing: 'backUpInto', target: folder },
    path: folder,
    folder,
    outcome: 'congressNotAffected',
    fallback: 'BACKUP_FAILED',
  });
}

/** Removes the oldest copies beyond what each kind keeps; copies kept aside by a restore stay. */
export function rotate(folder: string): void {
  const seen = new Map<BackupReason, number>();
  for (const f of listBackupFiles(folder)) {
    const n = (seen.get(f.reason) ?? 0) + 1;
    seen.set(f.reason, n);
    if (n > KEEP[f.reason]) rmSync(f.file, { force: true });
  }
}
