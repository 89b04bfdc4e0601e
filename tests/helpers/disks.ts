import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real disks that refuse, for the tests of what the app says when they do: a small tmpfs filled to
 * its last byte (every write answers ENOSPC, as a full USB stick does) and a read-only tmpfs (EROFS,
 * as a write-protected stick). Mounting needs root: CI runs as root (.ci/run installs with apt-get),
 * as does this project's development container. Without root a read-only folder falls back to
 * chmod 555 (EACCES), and a full disk cannot be made: the test then fails, saying why.
 */
const mounted: string[] = [];

const isRoot = () => process.getuid?.() === 0;

function mount(dir: string, options: string): void {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`This test mounts a small tmpfs at ${dir} and needs root for it (CI runs as root): ${(error as Error).message}`, {
      cause: error,
    });
  }
  mounted.push(dir);
}

/** The name of the file that fills a full disk: the only thing on it before the test writes. */
export const FILLER = 'filler.bin';

/** A small disk of its own at `dir` (a tmpfs), with room until `fill` takes the rest. */
export function smallDisk(dir: string, sizeKb = 256): string {
  mount(dir, `size=${sizeKb}k,mode=0777`);
  return dir;
}

/** Takes every byte left on the disk holding `dir`: from now on each write answers ENOSPC. */
export function fill(dir: string): void {
  const fd = openSync(join(dir, FILLER), 'a');
  const chunk = Buffer.alloc(4096, 0x55);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

/** Turns a disk made by `smallDisk` read-only, with what is on it kept (a write-protected stick). */
export function protect(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
}

/**
 * A folder on a disk with no byte left: files can still be named there (tmpfs), never written.
 * `prepare` puts files on it first, while there is room (an earlier document, say).
 */
export function fullDisk(dir: string, sizeKb = 256, prepare: (dir: string) => void = () => {}): string {
  smallDisk(dir, sizeKb);
  prepare(dir);
  fill(dir);
  return dir;
}

/** A folder that refuses writing: a read-only tmpfs (root), else a folder with mode 555. */
export function readOnlyFolder(dir: string): string {
  if (isRoot()) {
    mount(dir, 'ro,size=64k');
  } else {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o555);
  }
  return dir;
}

/** What a folder holds, hidden files included, sorted: "nothing was left behind" is this unchanged. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Unmounts what the tests mounted (call in afterEach, before the temporary folder is removed). */
export function unmountDisks(): void {
  while (mounted.length > 0) {
    const dir = mounted.pop()!;
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    } catch {
      // already gone
    }
  }
}
