/**
 * Going back to a copy. Nothing is ever overwritten: restoring over the open congress first keeps
 * the current file in the backup folder (listed as "before-restore", so the restore itself can be
 * undone), and a file that would not open is left exactly as it is while a new file made from its
 * copy is opened beside it.
 *
 * Crash-safe (docs/backups.md, "Khôi phục bị gián đoạn"): the chosen copy is first copied, whole and
 * flushed, under a temporary name beside the congress file; the current file is copied aside; then
 * one rename puts the copy in place. At every instant the congress's path holds a whole file, the old
 * one or the restored one, and a note in the backup folder (restore-marker.ts) tells the next start
 * that a restore was interrupted and which of the two it is.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { CongressInfo } from '../../shared/contract/types';
import { fileError, type FsDoing, isFileSystemError } from '../files/fs-errors';
import { flushFolder, partialPath } from '../files/partials';
import { backupFileName, congressStem, copyDurably, copyInto, isBackupOf, primaryFolder } from './backup-files';
import { inspectBackup } from './backup-inspect';
import { type BackupManager, makeStandalone } from './backup-manager';
import { clearNote, fileSha256, writeNote } from './restore-marker';

/** What a restore needs of the engine; declared here so that main/backup never imports the engine above it. */
export interface RestoreHost {
  readonly backups: Pick<BackupManager, 'folders'>;
  context(): { path: string };
  now(): string;
  close(): unknown;
  open(path: string): CongressInfo;
}

/** The points a restore passes, in order (a test stops the process at each one). */
export type RestoreStep = 'copied' | 'closed' | 'kept-aside' | 'replaced' | 'reopened';

function checkCopy(engine: RestoreHost, congressPath: string, file: string): void {
  // Only the folder names: listing (and opening) every copy here would be work thrown away.
  const folders = engine.backups.folders(congressPath).map((f) => f.folder);
  if (!isBackupOf(file, folders) || !existsSync(file)) {
    throw AppError.of('NOT_FOUND', 'backup.notOfThisCongress', { path: file });
  }
  const inspection = inspectBackup(file);
  if (!inspection.usable) {
    throw AppError.of('FILE_DAMAGED', 'backup.unusable', { path: file, problem: String(inspection.problem) });
  }
}

/** A refusal of the disk, said with what and where; anything else (a bug) goes on as it is. */
function restoreFailed(error: unknown, what: FsDoing, path: string, folder: string): unknown {
  if (error instanceof AppError || !isFileSystemError(error)) return error;
  return fileError(error, { what, path, folder, outcome: 'asBeforeRestore', fallback: 'BACKUP_FAILED' });
}

const restoring = (path: string): FsDoing => ({ thing: 'restore', target: path });

/** The current file, whole, into the backup folder: in rollback-journal mode, like every copy there. */
function keepAside(path: string, aside: string): void {
  // The engine has closed the file, which folds its WAL in; one left over (a failed checkpoint) is folded now.
  if (existsSync(`${path}-wal`)) makeStandalone(path);
  const temp = partialPath(aside);
  try {
    copyDurably(path, temp);
    makeStandalone(temp);
    renameSync(temp, aside);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function restoreBackup(engine: RestoreHost, file: string, step: (at: RestoreStep) => void = () => {}): CongressInfo {
  const { path } = engine.context();
  checkCopy(engine, path, file);
  const folder = primaryFolder(path);
  const aside = join(folder, backupFileName(folder, path, engine.now(), 'before-restore'));
  const incoming = partialPath(path);
  try {
    mkdirSync(folder, { recursive: true });
    writeNote({ congressPath: path, copy: file, copySha256: fileSha256(file), aside, startedAt: engine.now(), pid: process.pid });
    copyDurably(file, incoming); // beside the file: the rename that puts it in place cannot cross disks
  } catch (error) {
    rmSync(incoming, { force: true });
    clearNote(path);
    throw restoreFailed(error, restoring(path), path, dirname(path)); // the congress is still open, untouched
  }
  step('copied');
  engine.close(); // releases the lock; a last copy is made if anything changed
  step('closed');
  try {
    keepAside(path, aside);
  } catch (error) {
    // No room to keep the current file: no restore. The congress opens again as it was.
    rmSync(incoming, { force: true });
    clearNote(path);
    engine.open(path);
    throw restoreFailed(error, restoring(path), path, folder);
  }
  step('kept-aside');
  rmSync(`${path}-shm`, { force: true }); // the index of the file from before; the restored one builds its own
  renameSync(incoming, path);
  flushFolder(dirname(path));
  step('replaced');
  clearNote(path);
  try {
    const info = engine.open(path);
    step('reopened');
    return info;
  } catch (error) {
    // The copy passed inspection but will not open here: put the congress back exactly as it was.
    copyInto(aside, path);
    engine.open(path);
    throw error;
  }
}

/** "dai-hoi.congress" → "dai-hoi (khoi phuc 2026-12-15 07h30).congress", never an existing name. */
function recoveredPath(congressPath: string, at: string): string {
  const stamp = at.slice(0, 16).replace('T', ' ').replace(':', 'h');
  for (let n = 1; ; n++) {
    const candidate = join(dirname(congressPath), `${congressStem(congressPath)} (khoi phuc ${stamp}${n > 1 ? ` ${n}` : ''}).congress`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** For a congress file that would not open (damaged, newer, locked): open a new file made from a copy. */
export function openBackupCopy(engine: RestoreHost, congressPath: string, file: string): CongressInfo {
  checkCopy(engine, congressPath, file);
  const target = recoveredPath(congressPath, engine.now());
  try {
    copyInto(file, target);
  } catch (error) {
    throw restoreFailed(error, { thing: 'copyBackupTo', target }, target, dirname(target));
  }
  return engine.open(target);
}
