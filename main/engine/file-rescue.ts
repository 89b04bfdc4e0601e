/**
 * What the engine does once the open congress file was taken away under it (file-guard.ts): write
 * an emergency copy from the open connection — SQLite still reads every acknowledged command
 * through the descriptors it holds, even of a deleted file — then let the connection go without
 * harming whatever now stands at the path.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, truncateSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { FileLoss, FileLossKind } from '../../shared/contract/types';
import type { DB } from '../db/db';

function stamp(at: string): string {
  return at
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '')
    .replace('T', '-');
}

/** Beside the lost file when its folder is still there and writable, else in the workspace. */
function candidates(path: string, workspaceDir: string, at: string): string[] {
  const name = `${basename(path, extname(path))}-ban-khan-cap-${stamp(at)}.congress`;
  const folders = [dirname(path), workspaceDir].filter((f, i, all) => existsSync(f) && all.indexOf(f) === i);
  return folders.map((f) => {
    let file = join(f, name);
    for (let n = 2; existsSync(file); n++) file = join(f, name.replace(/\.congress$/, `-${n}.congress`));
    return file;
  });
}

/** SQLite's own consistent copy, checked, made self-contained and on the disk before it is named. */
function writeCopy(db: DB, target: string): void {
  const partial = `${target}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`bản sao không toàn vẹn / the copy is not intact: ${String(check)}`);
    } finally {
      copy.close();
    }
    const fd = openSync(partial, 'r+'); // the copy is ours and not held open: safe to open
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Writes the emergency copy; never throws: a failure is part of what the operator is told. */
export function rescue(db: DB, path: string, kind: FileLossKind, at: string, workspaceDir: string): FileLoss {
  const errors: string[] = [];
  for (const target of candidates(path, workspaceDir, at)) {
    try {
      writeCopy(db, target);
      return { kind, path, detectedAt: at, emergencyCopy: target, emergencyError: null };
    } catch (error) {
      errors.push(`${target}: ${(error as Error).message}`);
    }
  }
  return {
    kind,
    path,
    detectedAt: at,
    emergencyCopy: null,
    emergencyError: errors.join('; ') || 'không có thư mục ghi được / no writable folder',
  };
}

/**
 * Lets the connection go once the copy is safe. Closing checkpoints the log into the file SQLite
 * holds where it can: that heals a deleted -wal. A file written over in place is someone else's
 * now, so the log is emptied first (by path: no descriptor of ours is opened) and their file is
 * left as they wrote it. A deleted, moved or replaced file cannot be checkpointed (SQLite refuses
 * to write a file that has moved) and its log would stay at the path, where SQLite would replay it
 * into whatever file is put there next: it is removed — everything in it is in the checked copy.
 */
export function release(db: DB, path: string, kind: FileLossKind, ownsWal: boolean): void {
  const wal = `${path}-wal`;
  if (kind === 'overwritten' && ownsWal) truncateSync(wal, 0);
  db.close();
  if ((kind === 'deleted' || kind === 'replaced') && ownsWal) rmSync(wal, { force: true });
}

/** The answer to every command once the file is lost, until another file is opened. */
export function fileLostError(loss: FileLoss, duringCommand = false): AppError {
  const common = { path: loss.path, kind: loss.kind };
  if (!loss.emergencyCopy)
    return AppError.of('FILE_LOST', 'file.lostNotSaved', { ...common, emergencyError: String(loss.emergencyError) }, { loss });
  return AppError.of(
    'FILE_LOST',
    duringCommand ? 'file.lostSavedWithLast' : 'file.lostSaved',
    { ...common, emergencyCopy: loss.emergencyCopy },
    { loss },
  );
}
