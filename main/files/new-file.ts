/**
 * Creating a file that must come out whole: a congress file is opened by SQLite, migrated and
 * filled in several writes, any of which a full disk can refuse. On a failure the half-made file
 * and SQLite's side files are removed, so nothing is left that would later look like a congress.
 */
import { rmSync, statSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import { fileError, type FsDoing, isFileSystemError } from './fs-errors';

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** A file this call may have made; under a "folder" that is a file (ENOTDIR) nothing can have been made. */
function removeMade(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOTDIR') throw error;
  }
}

export function createWhole<T extends { close(): void }>(target: string, what: FsDoing, open: () => T, fill: (made: T) => void): T {
  const existed = statSync(target, { throwIfNoEntry: false }) !== undefined;
  let made: T | null = null;
  try {
    made = open();
    fill(made);
    return made;
  } catch (error) {
    try {
      made?.close();
    } catch {
      // closing a connection whose disk is full can fail too; the files go anyway
    }
    // Only what this call made: a refusal because the name is taken leaves the file there alone.
    if (!existed) for (const side of SIDE_FILES) removeMade(`${target}${side}`);
    if (error instanceof AppError || !isFileSystemError(error)) throw error;
    throw fileError(error, { what, path: target, fallback: 'INTERNAL' });
  }
}
