import { z } from 'zod';
import { messageParamsSchema } from './error-schema';
import { lineText } from './text-schemas';

const text = (max = 300) => lineText(max);

/**
 * What the documents need that the congress settings do not hold, entered once (docs/rules.md): the letterhead, the place on the date line and who signs.
 */
export const documentSettingsSchema = z.object({
  /** Cơ quan chủ quản, first line top-left: "ỦY BAN MTTQ VIỆT NAM QUẬN BA ĐÌNH". */
  parentOrganisation: text(),
  /** Tên tổ chức, bold under it: "BAN TỔ CHỨC ĐẠI HỘI". */
  organisation: text(),
  /** Địa danh on the date line: "Hà Nội". */
  place: text(100),
  /** Signs for the presidium (TM. Đoàn Chủ tịch). */
  presidiumSigner: text(200),
  countingBoardChair: text(200),
  countingBoardMembers: z.array(text(200)).max(30),
  credentialsBoardChair: text(200),
  secretarySigner: text(200),
  /** A folder with the user's own copies of resources/templates/*.json, used instead of the bundled ones. */
  templateDir: z.string().max(4096).nullable(),
});

export const EXPORT_KINDS = [
  'minutes',
  'entry_log',
  'tally',
  'ballot_papers',
  'cards',
  'cards_missing',
  'credentials',
  'attendance',
  'votes',
  'archive',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv', 'folder', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z
  .object({
    what: z.enum(EXPORT_KINDS),
    format: z.enum(EXPORT_FORMATS),
    ballotId: z.number().int().positive().optional(),
    sessionId: z.number().int().positive().optional(),
    /** A folder (the file gets its usual name) or a full file path; default: beside the congress file. */
    out: z.string().min(1).max(4096).optional(),
    /** Ballot papers per A4 page (1, 2 or 4). */
    perPage: z.union([z.literal(1), z.literal(2), z.literal(4)]).optional(),
    /** A document of the same name already there: refuse (default), overwrite it, or write "… (2)" beside it. */
    ifExists: z.enum(['refuse', 'overwrite', 'new-name']).optional(),
    /** Cards: only the delegates without a card printed yet (per the records in the output folder). */
    missingOnly: z.boolean().optional(),
    /** Names the progress events of this export. */
    jobId: z.string().max(100).optional(),
    /** Archive: the kept scan images too, under anh-quet/ with a list of ballot, pass, paper and sheet (docs/scanning.md). */
    scanImages: z.boolean().optional(),
  })
  .strict();

/** What was made, beyond the file, by catalog key (shared/i18n/vi-papers.ts): "2 phiếu/trang". */
export const exportNoteSchema = z.object({ key: z.string(), params: messageParamsSchema });
export const exportedFileSchema = z.object({
  path: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  note: exportNoteSchema.optional(),
});
export const exportResultSchema = z.object({ files: z.array(exportedFileSchema) });

export const exportProgressSchema = z.object({
  jobId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  label: z.string(),
});

/** Which formats each document comes in (the first is the default). */
export const EXPORT_FORMATS_OF: Record<ExportKind, readonly ExportFormat[]> = {
  minutes: ['docx', 'pdf'],
  entry_log: ['pdf', 'docx'],
  tally: ['xlsx', 'csv'],
  ballot_papers: ['pdf'],
  cards: ['pdf'],
  cards_missing: ['xlsx', 'csv'],
  credentials: ['docx', 'pdf'],
  attendance: ['docx', 'xlsx', 'pdf'],
  votes: ['docx', 'xlsx', 'pdf'],
  archive: ['folder', 'zip'],
};
