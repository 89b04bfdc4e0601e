/**
 * The note a restore leaves in the backup folder while it replaces the congress file, so that the
 * next start can say "the restore was interrupted" and what state the file is in. The replacement
 * itself is one rename, so the file at the congress's path is always whole: the one from before
 * the restore, or the restored copy. The note tells which by the copy's SHA-256 (the restored file
 * is that copy byte for byte until it is opened, and the note is removed before it is opened).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeDurably, removeStalePartials, replaceDurably, running } from '../files/partials';
import { congressStem, copyInto, primaryFolder } from './backup-files';

export interface RestoreNote {
  congressPath: string;
  /** The copy being restored. */
  copy: string;
  copySha256: string;
  /** Where the file from before the restore is kept ("before-restore" copy). */
  aside: string;
  startedAt: string;
  /** The process restoring: while it runs, the restore is not interrupted but in progress. */
  pid: number;
}

/** completed: the restored copy is in place; rolled-back: the file is the one from before the restore. */
export type RestoreOutcome = 'completed' | 'rolled-back';

export function notePath(congressPath: string): string {
  return join(primaryFolder(congressPath), `${congressStem(congressPath)}--restore-in-progress.json`);
}

export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Written and forced to disk before the congress file is touched: a power cut must not lose it. */
export function writeNote(note: RestoreNote): void {
  replaceDurably(notePath(note.congressPath), Buffer.from(JSON.stringify(note, null, 2)));
}

export function clearNote(congressPath: string): void {
  removeDurably(notePath(congressPath));
}

function readNote(congressPath: string): RestoreNote | null {
  const path = notePath(congressPath);
  if (!existsSync(path)) return null;
  try {
    const note = JSON.parse(readFileSync(path, 'utf8')) as RestoreNote;
    return typeof note.copySha256 === 'string' && typeof note.aside === 'string' ? { ...note, congressPath } : null;
  } catch {
    return null; // half a note: written before the file was touched, so the file is as it was
  }
}

/**
 * After a crash in the middle of a restore: leaves the congress file whole and says which one it is.
 * A restore that had not replaced the file yet is rolled back (its half-made copy removed); one that
 * had is complete. Null when no restore was interrupted. Must run before the file is opened.
 */
export function settleInterruptedRestore(congressPath: string): { note: RestoreNote | null; outcome: RestoreOutcome } | null {
  if (!existsSync(notePath(congressPath))) return null;
  const note = readNote(congressPath);
  if (note && typeof note.pid === 'number' && running(note.pid)) return null;
  // the restored copy on its way in, from the dead process
  removeStalePartials(dirname(congressPath), (target) => target === basename(congressPath));
  let outcome: RestoreOutcome = 'rolled-back';
  if (!existsSync(congressPath)) {
    // never left so by this app's restore; by an older one, the file from before is aside
    if (note && existsSync(note.aside)) copyInto(note.aside, congressPath);
  } else if (note && fileSha256(congressPath) === note.copySha256) {
    outcome = 'completed';
  }
  clearNote(congressPath);
  return { note, outcome };
}

/**
 * The file was opened another way before the start-up looked at it (a file named on the command
 * line): the note is dropped without hashing, since reading a held file would drop its lock.
 */
export function forgetInterruptedRestore(congressPath: string): void {
  if (!existsSync(notePath(congressPath))) return;
  const note = readNote(congressPath);
  if (note && typeof note.pid === 'number' && running(note.pid)) return; // in progress
  console.warn(`[backup] a restore of ${congressPath} was interrupted; the file was opened as it is`);
  removeStalePartials(dirname(congressPath), (target) => target === basename(congressPath));
  clearNote(congressPath);
}
