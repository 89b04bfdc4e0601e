/**
 * An export as the engine runs it: on its own thread only what must be: a consistent copy of the
 * open congress (snapshot.ts); the reading, rendering and writing run in a worker thread (worker/export-job.ts), whose progress
 * comes back as it goes. Exports never write the congress file.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { CongressContext } from '../services/context';
import { AppError } from '../../shared/contract/result';
import { runJob } from '../workers/job-runner';
import type { ExportRequest, Progress } from './export-types';
import { defaultExportDir, type ExportedFile } from './output';
import { withSnapshot } from './snapshot';
import type { ExportJobInput, ExportProgress } from './worker/export-job';

/** Exports of this process in flight: the clean-up after a stopped worker must not take another's files. */
let inFlight = 0;

/**
 * A worker ended midway (stopped, crashed) cannot clean up: the temporary names it was writing
 * (`.<name>.<pid>.partial`, output.ts and archive.ts) are removed from the folder it wrote to,
 * those made since the export began, and only when no other export of this process runs.
 */
function removeLeftovers(request: ExportRequest, congressPath: string, since: number): void {
  const out =
    request.out && extname(request.out) && request.what !== 'archive'
      ? dirname(request.out)
      : (request.out ?? defaultExportDir({ path: congressPath }));
  const mine = new RegExp(`^\\..+\\.${process.pid}\\.partial(?:-journal|-wal|-shm)?$`);
  try {
    for (const name of readdirSync(out)) {
      const path = join(out, name);
      if (mine.test(name) && statSync(path).mtimeMs >= since - 1000) rmSync(path, { recursive: true, force: true });
    }
  } catch {
    // no folder made yet: nothing was left
  }
}

export async function runExport(
  ctx: CongressContext,
  request: ExportRequest,
  progress: Progress = () => {},
  signal?: AbortSignal,
): Promise<{ files: ExportedFile[] }> {
  const now = ctx.now();
  const since = Date.now();
  return withSnapshot(ctx, async (snapshotPath) => {
    const input: ExportJobInput = { request, congressPath: ctx.path, snapshotPath, now };
    inFlight++;
    try {
      return await runJob<{ files: ExportedFile[] }, ExportProgress>('export', input, {
        onProgress: (p) => progress(p.done, p.total, p.label),
        signal,
      });
    } catch (error) {
      if (stoppedMidway(error) && inFlight === 1) removeLeftovers(request, ctx.path, since);
      throw error;
    } finally {
      inFlight--;
    }
  });
}

function stoppedMidway(error: unknown): boolean {
  const details = error instanceof AppError ? (error.details as { stopped?: boolean } | undefined) : undefined;
  return details?.stopped === true;
}
