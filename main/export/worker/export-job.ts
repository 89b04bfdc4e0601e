/**
 * The export, in the worker thread: the engine hands over a consistent copy of the congress (the
 * open file is held with an exclusive lock, so no second connection can read it, see
 * main/db/connection.ts) and the worker reads the copy with a connection of its own, renders, and
 * writes the documents (temporary name + rename, output.ts). It never opens the congress file itself.
 * The full integrity check of an export runs here too, on the copy (main/engine/handlers.ts).
 */
import type { ExportedFile } from '../output';
import { produceExport } from '../export-service';
import { EXPORT_PURPOSE, type ExportRequest } from '../export-types';
import { assertIntact } from '../../db/integrity';
import { readSnapshot } from '../snapshot';

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
  return readSnapshot(input, async (ctx) => {
    // Here and not on the engine's thread: the copy holds the file's pages as they were.
    assertIntact(ctx.db, input.congressPath, EXPORT_PURPOSE);
    return produceExport(ctx, input.request, (done, total, label) => progress({ done, total, label }));
  });
}
