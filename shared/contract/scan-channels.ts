/**
 * Reading scanned ballot papers (docs/scanning.md): a stack of files read as a pass, the papers the
 * machine had a doubt about, and the counting board's decision on each. Files are chosen on the
 * laptop (local only); the board's review may also sit at a reviewer device.
 */
import { z } from 'zod';
import { BOARD_REASONS } from '../domain/ballot';
import { messageParamsSchema } from './error-schema';
import { lineText } from './text-schemas';

const id = z.number().int().positive();
const pass = z.number().int().min(1).max(3);

/** One file as a scanner wrote it: a scanner's PDF, JPEG, PNG or TIFF (every page). */
const scanFile = z.object({ fileName: lineText(260), contentBase64: z.string().max(60 * 1024 * 1024) }).strict();

const pageOutcome = z.object({
  file: z.string(),
  page: z.number().int(),
  status: z.enum(['accepted', 'pending', 'refused', 'duplicate']),
  paper: z.number().int().optional(),
  sheet: z.number().int().optional(),
  key: z.string().optional(),
  params: messageParamsSchema.optional(),
});

const rowReading = z.object({
  number: z.number().int(),
  decision: z.enum(['struck', 'kept', 'yes', 'no', 'doubtful']),
  reasons: z.array(z.string()).readonly(),
});

export const scanCommands = {
  /** Every page of every file read in the order given, each sheet once ever; doubtful papers wait for the board. */
  'papers:scan': {
    input: z.object({ ballotId: id, pass, files: z.array(scanFile).min(1).max(2000) }).strict(),
    output: z.object({
      pages: z.array(pageOutcome),
      accepted: z.number().int(),
      pending: z.number().int(),
      refused: z.number().int(),
      duplicates: z.number().int(),
    }),
  },
  'papers:pending': {
    input: z.object({ ballotId: id }).strict(),
    output: z.array(
      z.object({
        pass,
        paper: z.number().int(),
        sheets: z.array(z.object({ file: z.string(), page: z.number().int(), sheet: z.number().int() })),
        rows: z.array(rowReading),
        doubts: z.array(z.string()),
      }),
    ),
  },
  /** The board's reading of a paper the machine doubted: the numbers struck, or why it is invalid. */
  'papers:decide': {
    input: z
      .object({
        ballotId: id,
        paper: id,
        pass: pass.optional(),
        struck: z.array(z.number().int().positive()).max(2000).optional(),
        invalid: z.enum(BOARD_REASONS).optional(),
      })
      .strict(),
    output: z.object({ pass, paper: z.number().int() }),
  },
} as const;
