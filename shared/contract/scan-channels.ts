/**
 * Reading scanned ballot papers (docs/scanning.md): a stack of files read as a pass (sent, named by
 * their paths on the laptop, or a folder watched as the scanner writes into it), the papers the
 * machine had a doubt about, and the counting board's decision on each, a row or the page at a time.
 * Files are chosen on the laptop (local only); the board's review may also sit at a reviewer device.
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
  /** The page's resolution as read (dots per inch), when it was read: below 180 it got no second look (docs/scanning.md). */
  dpi: z.number().int().optional(),
  key: z.string().optional(),
  params: messageParamsSchema.optional(),
});

/** A part of a kept sheet image, as fractions of its width and height. */
const imageBox = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

const rowReading = z.object({
  number: z.number().int(),
  decision: z.enum(['struck', 'kept', 'yes', 'no', 'doubtful']),
  reasons: z.array(z.string()).readonly(),
  /** Which sheet of the paper the row is on (1 on a one-sheet paper) and where on its image. */
  sheet: z.number().int().optional(),
  box: imageBox.optional(),
  /** The board's reading of a doubtful row, once given (papers:decide `rows`). */
  board: z.enum(['struck', 'kept']).optional(),
});

/** SHA-256 of a kept sheet image (its file lies beside the congress file). */
const imageHash = z.string().regex(/^[0-9a-f]{64}$/);

/** An absolute path on the laptop (the engine reads it itself: nothing is copied through the window). */
const localPath = lineText(1000).refine((p) => p.length > 0);

/** What one run of reading (a call, or one batch of a watched folder) made of its pages. */
const scanReport = z.object({
  pages: z.array(pageOutcome),
  accepted: z.number().int(),
  pending: z.number().int(),
  refused: z.number().int(),
  duplicates: z.number().int(),
});

/** A folder being watched for a ballot's pass, and what it has given so far. */
const watchState = z.object({
  ballotId: id,
  pass,
  folder: z.string(),
  files: z.number().int(),
  accepted: z.number().int(),
  pending: z.number().int(),
  refused: z.number().int(),
  duplicates: z.number().int(),
  /** The sheets of a long paper read so far whose next sheet has not come yet. */
  waiting: z.number().int(),
});

export const scanCommands = {
  /** Every page of every file read in the order given, each sheet once ever; doubtful papers wait for the board. */
  'papers:scan': {
    input: z
      .object({
        ballotId: id,
        pass,
        files: z.array(scanFile).min(1).max(2000).optional(),
        /** Files (or folders, read in file-name order) on the laptop, read one at a time. */
        paths: z.array(localPath).min(1).max(20000).optional(),
      })
      .strict()
      .refine((v) => (v.files === undefined) !== (v.paths === undefined), { message: 'files or paths' }),
    output: scanReport,
  },
  /** Reads a folder as the scanner writes into it, until papers:unwatch; each batch is recorded as it is read. */
  'papers:watch': {
    input: z.object({ ballotId: id, pass, folder: localPath }).strict(),
    output: watchState,
  },
  /** Stops the watch; the sheets of a long paper still waiting for their next sheet are refused (missing sheet). */
  'papers:unwatch': {
    input: z.object({}).strict(),
    output: watchState.nullable(),
  },
  'papers:watching': {
    input: z.object({}).strict(),
    output: watchState.nullable(),
  },
  /** A kept sheet image, for the board to look at. */
  'papers:sheetImage': {
    input: z.object({ ballotId: id, image: imageHash }).strict(),
    output: z.object({ mime: z.enum(['image/jpeg', 'image/png']), contentBase64: z.string() }),
  },
  'papers:pending': {
    input: z.object({ ballotId: id }).strict(),
    output: z.array(
      z.object({
        pass,
        paper: z.number().int(),
        sheets: z.array(z.object({ file: z.string(), page: z.number().int(), sheet: z.number().int(), image: imageHash.nullable() })),
        rows: z.array(rowReading),
        doubts: z.array(z.string()),
        /** The board has looked at the page's doubts (writing, no stamp) and found the paper valid. */
        cleared: z.boolean(),
      }),
    ),
  },
  /**
   * The board's reading of a paper the machine doubted: the whole paper (the numbers struck, or why it
   * is invalid), or a part of it (a doubtful row struck or kept, the page's doubts cleared). The paper
   * enters its pass once nothing on it is undecided.
   */
  'papers:decide': {
    input: z
      .object({
        ballotId: id,
        paper: id,
        pass: pass.optional(),
        struck: z.array(z.number().int().positive()).max(2000).optional(),
        invalid: z.enum(BOARD_REASONS).optional(),
        rows: z
          .array(z.object({ number: z.number().int().positive(), mark: z.enum(['struck', 'kept']) }).strict())
          .min(1)
          .max(2000)
          .optional(),
        valid: z.literal(true).optional(),
      })
      .strict(),
    output: z.object({
      pass,
      paper: z.number().int(),
      /** True once the paper has entered its pass (nothing on it left undecided). */
      recorded: z.boolean(),
      /** Doubtful rows and page doubts still waiting on this paper. */
      undecided: z.number().int(),
    }),
  },
} as const;

export const scanEvents = {
  /** A batch of a watched folder (or a papers:scan call) was recorded; the operator only (it names files). */
  'papers:scanned': z.object({ ballotId: z.number().int(), pass: z.number().int(), report: scanReport, watch: watchState.nullable() }),
} as const;
