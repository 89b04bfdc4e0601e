/**
 * The congress files this process holds open, by what the file IS (device and inode), never by
 * how its path is spelt: `./x.congress`, `//dir/x.congress`, a symlink, a hard link or another case
 * on a case-insensitive disk all name the same inode.
 *
 * Why this matters: the exclusive lock on an open congress is a POSIX fcntl lock, and POSIX drops
 * every fcntl lock a process holds on a file when the process closes ANY descriptor of it. So a
 * descriptor must never be opened (and closed) on a held file — not to read its header, not to read
 * it as a roster or a template. Ask here first (SECURITY.md, "One file, one writer").
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/contract/result';

export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

interface Held {
  identity: FileIdentity;
  path: string;
  isOpen(): boolean;
}

const held: Held[] = [];

/** dev + ino of what the path names now (symlinks followed), or null when nothing is there. */
export function fileIdentity(path: string): FileIdentity | null {
  const stat = statSync(resolve(path), { bigint: true, throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** The path under which this process holds the file that `path` names, or null. */
export function heldPath(path: string): string | null {
  const identity = fileIdentity(path);
  if (!identity) return null;
  for (let i = held.length - 1; i >= 0; i--) {
    const h = held[i]!;
    if (!h.isOpen())
      held.splice(i, 1); // closed since: forget it
    else if (sameIdentity(h.identity, identity)) return h.path;
  }
  return null;
}

/** Records a congress file this process now holds; forgotten by itself once `isOpen` says false. */
export function holdFile(path: string, identity: FileIdentity, isOpen: () => boolean): void {
  held.push({ identity, path, isOpen });
}

export function fileLocked(path: string, heldAs?: string): AppError {
  const details = heldAs ? { heldAs } : undefined;
  if (heldAs && heldAs !== path) return AppError.of('FILE_LOCKED', 'file.lockedAs', { path, heldAs }, details);
  return AppError.of('FILE_LOCKED', 'file.locked', { path }, details);
}

/**
 * Refuses to read, as an ordinary file, a congress file this process holds open (a roster, a
 * candidate list or a template picked by mistake): reading it would drop the congress's lock.
 */
export function assertNotHeld(path: string): void {
  const heldAs = heldPath(path);
  if (heldAs) {
    throw AppError.of('FILE_LOCKED', 'file.isOpenCongress', { path, heldAs }, { heldAs });
  }
}
