/**
 * Runs one export: reads the congress in one read transaction (never writes it), renders the
 * document(s), writes each atomically, and reports progress between steps. The producers of each
 * kind of document are in producers.ts; the archive bundles them all (archive.ts).
 */
import { EXPORT_FORMATS_OF } from '../../shared/contract/export-schemas';
import { AppError } from '../../shared/contract/result';
import { fileError, isFileSystemError } from '../files/fs-errors';
import { removeStalePartials } from '../files/partials';
import type { CongressContext } from '../services/context';
import { decideTargets, defaultExportDir, type ExportedFile, targetPath, writeAtomically } from './output';
import { PRODUCERS } from './producers';
import { writeArchive } from './archive';
import type { ExportNote, ExportRequest, Progress } from './export-types';

/**
 * The archive holds a full copy of the congress: a crashed archive's temporary folder is removed
 * before the next one starts, and a copy refused by the disk (SQLite's own error, not only Node's)
 * is said like any other write.
 */
async function archive(ctx: CongressContext, request: ExportRequest, dir: string, progress: Progress): Promise<{ files: ExportedFile[] }> {
  const parent = request.out ?? dir;
  removeStalePartials(parent);
  try {
    return await writeArchive(ctx, request, dir, progress);
  } catch (error) {
    if (error instanceof AppError || !isFileSystemError(error)) throw error;
    throw fileError(error, {
      what: { thing: 'writeArchive', target: parent },
      path: parent,
      folder: parent,
      outcome: 'noFileMade',
      fallback: 'EXPORT_FAILED',
    });
  }
}

/** In the export's worker thread, on its copy of the congress (worker/export-job.ts). */
export async function produceExport(
  ctx: CongressContext,
  request: ExportRequest,
  progress: Progress = () => {},
): Promise<{ files: (ExportedFile & { note?: ExportNote })[] }> {
  const allowed = EXPORT_FORMATS_OF[request.what];
  if (!allowed.includes(request.format)) {
    throw AppError.of('INVALID_INPUT', 'export.formatNotAllowed', {
      what: request.what,
      format: request.format,
      allowed: allowed.join(', '),
    });
  }
  const dir = defaultExportDir(ctx);
  if (request.what === 'archive') return archive(ctx, request, dir, progress);
  const produced = await PRODUCERS[request.what](ctx, request, progress);
  // never over an earlier document without being asked: it may be the signed one (docs/exports.md)
  const ifExists = request.ifExists ?? 'refuse';
  const targets = decideTargets(
    produced.map((p) => targetPath(request.out, dir, p.name)),
    ifExists,
  );
  const files = produced.map((p, i) => {
    const file = writeAtomically(targets[i]!, p.data, { replace: ifExists === 'overwrite' });
    p.after?.();
    return p.note ? { ...file, note: p.note } : file;
  });
  progress(1, 1, 'Xong');
  return { files };
}
