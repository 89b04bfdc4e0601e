/**
 * Temporary copies ("….partial") and their clean-up. Every copy of a congress (backups, a restore,
 * the archive) and every document is first written under a temporary name and renamed when whole.
 * A crash or a power cut in between leaves the temporary file behind: a full copy of the roster
 * (names, birth dates) nobody sees in the list and nothing ever removes. Each temporary name
 * carries the id of the process writing it, so a later process can tell a copy in flight (its
 * writer still runs) from one left by a crash (docs/backups.md, "Bản sao dở dang").
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.name.1234.partial`, and SQLite's side files of it (`-journal`, `-wal`, `-shm`). */
const PARTIAL = /^\.(.+)\.(\d+)\.partial(?:-journal|-wal|-shm)?$/;
/** The names of earlier versions, without the process id: `name.partial`. */
const OLD_PARTIAL = /^(.+)\.partial(?:-journal|-wal|-shm)?$/;

/** The temporary name beside `target` for this process: hidden, and never listed as a copy. */
export function partialPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
}

/**
 * Writes `data` whole to `temp` (a partialPath) and flushes it to the disk, ready to be renamed into place;
 * `mode` from the first byte (a private key is never readable by others, not even half written).
 */
export function writeFlushed(temp: string, data: Buffer, mode = 0o666): void {
  const fd = openSync(temp, 'w', mode);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts `data` at `target` whole or not at all, and so that a power cut cannot undo it: written and
 * flushed under its partial name, renamed over `target`, then the folder flushed (a rename is
 * durable once its folder is, on POSIX; Windows cannot open a folder and needs not).
 */
export function replaceDurably(target: string, data: Buffer, mode?: number): void {
  const temp = partialPath(target);
  try {
    writeFlushed(temp, data, mode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  flushFolder(dirname(target));
}

/** Removes `path` (if there) so that a power cut cannot bring it back: its folder flushed after. */
export function removeDurably(path: string): void {
  rmSync(path, { force: true });
  flushFolder(dirname(path));
}

/** A rename is durable once its folder is flushed (POSIX); Windows cannot open a folder, and needs not. */
export function flushFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // not supported here (Windows): the rename is still atomic, only perhaps not yet on the disk
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Whether the process that wrote something is still running (this one counts). */
export function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'; // exists, under another user
  }
}

/**
 * Removes from `folder` the temporary copies whose writer is no longer running (this process's own
 * copies in flight stay). With `belongs`, only those it claims by the name of the file they were to
 * become, and then the older names without a process id too (a backup folder: only this app writes
 * there); without it, only names in this app's own shape (a documents folder the user chose, where
 * another program's "….partial" must be left alone). Never throws: a clean-up that fails must not
 * stop an open or a copy. Returns what was removed.
 */
export function removeStalePartials(folder: string, belongs?: (target: string) => boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return []; // no folder (yet), or not readable: nothing of ours can be there
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = PARTIAL.exec(name) ?? (belongs ? OLD_PARTIAL.exec(name) : null);
    if (!m || (belongs && !belongs(m[1]!))) continue;
    if (m[2] !== undefined && running(Number(m[2]))) continue;
    try {
      rmSync(join(folder, name), { recursive: true, force: true }); // the archive's is a folder
      removed.push(join(folder, name));
    } catch (error) {
      console.warn(`[files] could not remove the stale copy ${join(folder, name)}:`, (error as Error).message);
    }
  }
  return removed;
}
