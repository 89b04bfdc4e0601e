/**
 * The shapes every export part shares (the service, the producers, the archive), in a file of their
 * own so none of them imports another only for its types.
 */
import type { z } from 'zod';
import type { exportNoteSchema, exportRequestSchema } from '../../shared/contract/export-schemas';
import type { PurposeKey } from '../db/integrity';
import type { CongressContext } from '../services/context';

export type ExportRequest = z.output<typeof exportRequestSchema>;

export type Progress = (done: number, total: number, label: string) => void;

/** What an export says about a file beyond its path, by catalog key (shared/i18n): "2 phiếu/trang". */
export type ExportNote = z.output<typeof exportNoteSchema>;

export interface Produced {
  name: string;
  data: Buffer;
  note?: ExportNote;
  /** Runs once the file is safely written (the cards' printed-record). */
  after?: () => void;
}

export type Producer = (ctx: CongressContext, request: ExportRequest, progress: Progress) => Promise<Produced[]>;

/** What a refused export would have done, for FILE_DAMAGED (main/db/integrity.ts). */
export const EXPORT_PURPOSE = 'export' as const satisfies PurposeKey;
