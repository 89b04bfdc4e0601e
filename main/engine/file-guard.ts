/**
 * Watches the open congress file for being deleted, moved, replaced or written over by someone
 * else while the app runs (a cleanup tool, a copy onto it, a USB stick pulled). SQLite goes on
 * writing into the descriptor it holds, so without this the app would acknowledge check-ins into
 * a file nobody can open again. On such a loss the engine stops acknowledging and writes an
 * emergency copy from the open connection, which still reads everything (SECURITY.md, "The file
 * under the app").
 */
import { statSync, type BigIntStats } from 'node:fs';
import type { FileLossKind } from '../../shared/contract/types';

/** Content changes show in size and mtime; ctime is left out: a hard link or a chmod changes it too. */
interface Seen {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

function seen(path: string): Seen | null {
  const s: BigIntStats | undefined = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s ? { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs } : null;
}

const sameFile = (a: Seen, b: Seen) => a.dev === b.dev && a.ino === b.ino;
const unchanged = (a: Seen, b: Seen) => sameFile(a, b) && a.size === b.size && a.mtimeNs === b.mtimeNs;

export class FileGuard {
  private file: Seen;
  private wal: Seen | null;
  private changes: number;

  /** `changes` counts this connection's own writes (SQLite's total_changes()). */
  constructor(
    readonly path: string,
    private readonly changesSoFar: () => number,
  ) {
    const file = seen(path);
    if (!file) throw new Error(`${path} vanished while it was being opened`);
    this.file = file;
    this.wal = seen(`${path}-wal`);
    this.changes = changesSoFar();
  }

  /**
   * What happened to the file since the app last wrote it, or null when it is still ours. Our own
   * writes (the WAL on every commit, the file itself at a checkpoint) are taken in by `record()`.
   */
  check(): FileLossKind | null {
    const file = seen(this.path);
    if (!file) return 'deleted';
    if (!sameFile(file, this.file)) return 'replaced';
    const wal = seen(`${this.path}-wal`);
    if (this.wal && (!wal || !sameFile(wal, this.wal))) return 'wal_removed';
    if (!unchanged(file, this.file)) {
      // A write of ours that went around the engine (a service called directly): it is ours.
      if (this.changesSoFar() !== this.changes) {
        this.record();
        return null;
      }
      return 'overwritten';
    }
    return null;
  }

  /** The -wal beside the path is still the one this connection writes. */
  ownsWal(): boolean {
    const wal = seen(`${this.path}-wal`);
    return this.wal !== null && wal !== null && sameFile(wal, this.wal);
  }

  /** After a command of ours: what the file looks like now is what we wrote. */
  record(): void {
    const file = seen(this.path);
    if (file && sameFile(file, this.file)) this.file = file;
    const wal = seen(`${this.path}-wal`);
    if (wal && (!this.wal || sameFile(wal, this.wal))) this.wal = wal;
    this.changes = this.changesSoFar();
  }
}
