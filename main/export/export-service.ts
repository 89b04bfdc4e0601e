/**
 * Runs one export: reads the congress in one read transaction (never writes it), renders the
 * document(s), writes each atomically, and reports progress between steps. The producers of each
 * kind of document are in producers.ts; the archive bundles them all (archive.ts).
 */
import type { z } from 'zod';
import { EXPORT_FORMATS_OF, type exportRequestSchema } from '../../shared/contract/export-schemas';
import { AppError } from '../../shared/contract/result';
import type { CongressContext } from '../services/context';
import { defaultExportDir, type ExportedFile, targetPath, writeAtomically } from './output';
import { PRODUCERS, type Progress } from './producers';
import { writeArchive } from './archive';

export type ExportRequest = z.output<typeof exportRequestSchema>;


export async function runExport(ctx: CongressContext, request: ExportRequest, progress: Progress = () => {}): Promise<{ files: ExportedFile[] }> {
  const allowed = EXPORT_FORMATS_OF[request.what];
  if (!allowed.includes(request.format)) {
    throw new AppError(
      'INVALID_INPUT',
      `Tài liệu «${request.what}» không xuất được dạng ${request.format}; chọn một trong: ${allowed.join(', ')}.`,
      `"${request.what}" cannot be exported as ${request.format}; choose one of: ${allowed.join(', ')}.`,
    );
  }
  const dir = defaultExportDir(ctx);
  if (request.what === 'archive') return writeArchive(ctx, request, dir, progress);
  const produced = await PRODUCERS[request.what](ctx, request, progress);
  const files = produced.map((p) => {
    const file = writeAtomically(targetPath(request.out, dir, p.name), p.data);
    p.after?.();
    return file;
  });
  progress(1, 1, 'Xong');
  return { files };
}
