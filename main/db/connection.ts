import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import { APPLICATION_ID, checkHeader, checkIdentity, checkPages, damaged, isBusy, isNotADatabase } from './file-checks';
import { migrate } from './migrate';
import { assertRegularFile } from '../files/fs-errors';
import { installChangeCapture } from './change-capture';
import { fileIdentity, fileLocked, heldPath, holdFile } from './open-files';
import { preserveDamagedWal } from './wal-evidence';
import { recordWalLoss } from './wal-loss';

import type { DB } from './db';
export { APPLICATION_ID, damaged };

/**
 * Opens (or creates) a congress file. WAL + synchronous=FULL so an acknowledged write survives a
 * power cut; locking_mode=EXCLUSIVE so a second process (or window) cannot open the same file and
 * write behind our back: the OS releases the lock if we crash, so there is no stale lock file.
 */
export function openCongressDb(path: string, options: { create: boolean }): DB {
  const exists = existsSync(path);
  if (exists) assertRegularFile(path); // a folder or a FIFO named x.congress: refused before anything opens it
  if (!exists && !options.create) {
    throw AppError.of('FILE_NOT_FOUND', 'file.notFound', { path });
  }
  if (exists && options.create) {
    throw AppError.of('FILE_EXISTS', 'file.existsChooseAnother', { path });
  }
  if (exists) {
    // Before any descriptor is opened: closing one would drop this process's lock on a held file.
    const heldAs = heldPath(path);
    if (heldAs) throw fileLocked(path, heldAs);
    checkHeader(path);
  }

  // Before SQLite reads the log: its recovery drops what follows a damaged frame (wal-evidence.ts).
  const walEvidence = exists ? preserveDamagedWal(path) : null;

  // timeout 0: a file held by another process answers "busy" at once instead of hanging 5 s.
  const db = new Database(path, { timeout: 0 });
  try {
    // Identity is checked before anything is written (even the switch to WAL, which rewrites the
    // header): a file that is not ours, or is from a newer app, is left byte-for-byte untouched.
    guardLock(path, () => {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
      // Room for every page of a national congress (memory is taken only as pages are read): the
      // check at open reads them all, so a file written over under the app can still be copied out
      // whole from the cache (engine/file-rescue.ts).
      db.pragma('cache_size = -262144');
      if (exists) {
        checkIdentity(db, path);
        checkPages(db, path);
      }
      db.pragma('journal_mode = WAL');
    });
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (!exists) db.pragma(`application_id = ${APPLICATION_ID}`);
    if (walEvidence) recordWalLoss(db, walEvidence);
    migrate(db, path);
    installChangeCapture(db);
    holdFile(path, fileIdentity(path)!, () => db.open);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function guardLock(path: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    if (isBusy(error)) {
      throw fileLocked(path);
    }
    // The header said SQLite (checkHeader), so a page that does not read is damage, not a stranger.
    if (isNotADatabase(error)) throw damaged(path, (error as Error).message);
    throw error;
  }
}
