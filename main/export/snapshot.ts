/**
 * A consistent copy of the open congress for a worker thread (the open file is held with an exclusive
 * lock, so no second connection can read it, see main/db/connection.ts): the engine takes it with
 * SQLite's backup API, a hundred pages a step, so check-ins go on between steps; the worker reads it
 * with a connection of its own. The copy holds the whole roster: a private folder, removed whatever happens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listActiveDelegates } from '../db/delegates';
import type { CongressContext } from '../services/context';
import { writeFailed } from './output';

/** On the engine's thread: the copy exists while `use` runs. */
export async function withSnapshot<T>(ctx: CongressContext, use: (snapshotPath: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'congress-export-'));
  const snapshotPath = join(folder, 'snapshot.congress');
  try {
    try {
      await ctx.db.backup(snapshotPath);
    } catch (error) {
      throw writeFailed(snapshotPath, error);
    }
    return await use(snapshotPath);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** In the worker: the copy opened read-only as a congress (`now` is the engine's clock, read once). */
export async function readSnapshot<T>(
  input: { snapshotPath: string; congressPath: string; now: string },
  use: (ctx: CongressContext) => Promise<T>,
): Promise<T> {
  // The copy says WAL in its header like the file it came from: one file, read without a -shm
  const fix = new Database(input.snapshotPath, { fileMustExist: true });
  fix.pragma('journal_mode = DELETE');
  fix.close();
  const db = new Database(input.snapshotPath, { readonly: true, fileMustExist: true });
  try {
    let delegates: ReturnType<typeof listActiveDelegates> | null = null;
    const ctx: CongressContext = {
      db,
      path: input.congressPath,
      now: () => input.now,
      delegates: () => (delegates ??= listActiveDelegates(db)),
      emit: () => {},
    };
    return await use(ctx);
  } finally {
    db.close();
  }
}
