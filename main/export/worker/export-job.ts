/**
 * The export, in the worker thread: the engine hands over a consistent copy of the congress (the
 * open file is held with an exclusive lock, so no second connection can read it, see
 * main/db/connection.ts) and the worker reads the copy with a connection of its own, renders, and
 * writes the documents (temporary name + rename, output.ts). It never opens the congress file itself.
 * The full integrity check of an export runs here too, on the copy (main/engine/handlers.ts).
 */
import Database from 'better-sqlite3';
import { listActiveDelegates } from '../../db/delegates';
import type { CongressContext } from '../../services/context';
import type { ExportedFile } from '../output';
import { produceExport } from '../export-service';
import { EXPORT_PURPOSE, type ExportRequest } from '../export-types';
import { assertIntact } from '../../db/integrity';

export interface ExportJobInput {
  request: ExportRequest;
  /** The congress file: names the default folder and the archived copy, never opened here. */
  congressPath: string;
  /** The engine's copy of it, taken with SQLite's backup API. */
  snapshotPath: string;
  /** The engine's clock, read once when the export began: the documents' date. */
  now: string;
}

export interface ExportProgress {
  done: number;
  total: number;
  label: string;
}

export async function exportJob(input: ExportJobInput, progress: (p: ExportProgress) => void): Promise<{ files: ExportedFile[] }> {
  // The copy says WAL in its header like the file it came from: one file, read without a -shm
  const fix = new Database(input.snapshotPath, { fileMustExist: true });
  fix.pragma('journal_mode = DELETE');
  fix.close();
  const db = new Database(input.snapshotPath, { readonly: true, fileMustExist: true });
  try {
    // Here and not on the engine's thread: the copy holds the file's pages as they were.
    assertIntact(db, input.congressPath, EXPORT_PURPOSE);
    let delegates: ReturnType<typeof listActiveDelegates> | null = null;
    const ctx: CongressContext = {
      db,
      path: input.congressPath,
      now: () => input.now,
      delegates: () => (delegates ??= listActiveDelegates(db)),
      emit: () => {},
    };
    return await produceExport(ctx, input.request, (done, total, label) => progress({ done, total, label }));
  } finally {
    db.close();
  }
}
