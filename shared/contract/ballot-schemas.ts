import { z } from 'zod';
import {
  ALL_STRUCK_RULES,
  BALLOT_KINDS,
  BALLOT_METHODS,
  BALLOT_STATES,
  BOARD_REASONS,
  INVALID_REASONS,
  RULE_PRESETS,
  THRESHOLD_BASES,
  TIE_RULES,
} from '../domain/ballot';
import type { TallyResult } from '../domain/tally';
import { lineText } from './text-schemas';

const presetNames = Object.keys(RULE_PRESETS) as [keyof typeof RULE_PRESETS, ...(keyof typeof RULE_PRESETS)[]];
const isoDate = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'YYYY hoặc YYYY-MM-DD');
const count = z.number().int().min(0).max(1_000_000);
const candidateNumber = z.number().int().min(1).max(2000);

export const ballotRulesSchema = z.object({
  base: z.enum(THRESHOLD_BASES),
  allStruck: z.enum(ALL_STRUCK_RULES),
  tie: z.enum(TIE_RULES),
});

/** The operator types the numbers struck through, or the numbers kept: a per-ballot choice. */
export const ENTRY_MODES = ['struck', 'kept'] as const;

export const candidateSchema = z.object({
  number: candidateNumber,
  name: z.string().min(1).max(200),
  birthDate: isoDate.nullable(),
  delegateId: z.number().int().nullable(),
  /** True when an identical name is on the list: the paper prints the birth date beside it. */
  showBirthDate: z.boolean(),
});

export const candidateInputSchema = z.object({
  name: lineText(200).min(1, 'Thiếu họ và tên'),
  birthDate: isoDate.nullable(),
  delegateId: z.number().int().positive().nullable().optional(),
});

export const ballotSettingsSchema = z.object({
  title: lineText(500).min(1),
  kind: z.enum(BALLOT_KINDS),
  seatsApproved: z.number().int().min(1).max(2000),
  seats: z.number().int().min(1).max(2000),
  method: z.enum(BALLOT_METHODS),
  preset: z.enum(presetNames).nullable(),
  rules: ballotRulesSchema,
  entryMode: z.enum(ENTRY_MODES),
  /** Independent entry passes of every paper (verified entry): 1, 2 or 3. */
  passes: z.number().int().min(1).max(3),
});

export const ballotSchema = ballotSettingsSchema.extend({
  id: z.number().int(),
  state: z.enum(BALLOT_STATES),
  round: z.number().int(),
  previousBallotId: z.number().int().nullable(),
  /** Snapshotted from attendance when the ballot opens; editable with an audited reason. */
  counts: z.object({ summoned: count.nullable(), present: count.nullable(), issued: count.nullable() }),
  orderOverrideReason: z.string().nullable(),
  candidates: z.array(candidateSchema),
});

export const ballotSummarySchema = ballotSchema
  .pick({ id: true, title: true, kind: true, state: true, seats: true, seatsApproved: true, round: true, method: true })
  .extend({
    candidateCount: z.number().int(),
  });

export const paperEntrySchema = z.object({
  pass: z.number().int().min(1).max(3),
  paper: z.number().int().min(1).max(100_000),
  struck: z.array(candidateNumber),
  invalid: z.enum(INVALID_REASONS).nullable(),
  enteredAt: z.string(),
});

const marksSchema = z.object({ struck: z.array(candidateNumber), invalid: z.enum(INVALID_REASONS).nullable() });

/** A scanned paper in the entry log: its kept images and, if the board looked at it, what the board decided. */
export const scanNoteSchema = z.object({
  /** The first 12 hex digits of each sheet's kept image (scanned_sheets.image_sha256), in sheet order. */
  images: z.array(z.string()),
  /** Null when the machine read the paper alone. */
  board: z
    .object({
      rows: z.array(z.object({ number: candidateNumber, mark: z.enum(['struck', 'kept']) })),
      /** The page's doubts (writing, no stamp) cleared. */
      pageValid: z.boolean(),
      /** The whole paper decided at once. */
      whole: marksSchema.nullable(),
    })
    .nullable(),
});

/**
 * The entry log (nhật ký nhập phiếu): every paper and pass, how disagreements were settled, every
 * correction, and (`scans`, by "pass:paper") the papers that entered their pass from a scan.
 */
export const entryLogSchema = z.object({
  rows: z.array(
    z.object({
      paper: z.number().int(),
      passes: z.array(paperEntrySchema.nullable()),
      agreed: z.boolean(),
      resolution: marksSchema.nullable(),
      counted: marksSchema.extend({ valid: z.boolean() }).nullable(),
    }),
  ),
  corrections: z.array(
    z.object({
      at: z.string(),
      action: z.enum(['replace', 'void', 'resolve']),
      /** Null for the board's settlement, which is across passes. */
      pass: z.number().int().nullable(),
      paper: z.number().int(),
      before: marksSchema.nullable(),
      after: marksSchema.nullable(),
      reason: z.string().nullable(),
    }),
  ),
  scans: z.record(z.string(), scanNoteSchema),
});

const candidateResultSchema = z.object({
  number: z.number().int(),
  name: z.string(),
  birthDate: z.string().nullable(),
  votes: z.number().int(),
  percentOfBase: z.number().int(),
  percentOfValid: z.number().int(),
  passed: z.boolean(),
  elected: z.boolean(),
  tiedAtCutoff: z.boolean(),
  rank: z.number().int(),
});

export const tallySchema = z.object({
  seats: z.number().int(),
  issued: z.number().int(),
  returned: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  invalidByReason: z.record(z.enum(INVALID_REASONS), z.number().int()),
  base: z.object({ kind: z.enum(THRESHOLD_BASES), value: z.number().int() }),
  candidates: z.array(candidateResultSchema),
  elected: z.array(z.number().int()),
  tie: z.object({ numbers: z.array(z.number().int()), votes: z.number().int(), seatsContested: z.number().int() }).nullable(),
  seatsFilled: z.number().int(),
  seatsOpen: z.number().int(),
}) satisfies z.ZodType<TallyResult>; // the domain's result, checked so the two cannot drift apart

export const ballotProgressSchema = z.object({
  ballotId: z.number().int(),
  state: z.enum(BALLOT_STATES),
  entered: z.array(z.object({ pass: z.number().int(), papers: z.number().int(), nextPaper: z.number().int() })),
  /** Paper numbers on which the passes disagree (or that a pass lacks) and that are not resolved. */
  discrepancies: z.array(z.number().int()),
  /** Provisional, for the counting board's screen only: never projected before "published". */
  tally: tallySchema,
});

export const paperRecordInputSchema = z
  .object({
    ballotId: z.number().int().positive(),
    pass: z.number().int().min(1).max(3),
    paper: z.number().int().min(1).max(100_000),
    /** Numbers as typed: struck or kept according to the ballot's entry mode. */
    numbers: z.array(candidateNumber).max(2000),
    invalid: z.enum(BOARD_REASONS).nullable(),
    /** Re-entering an existing paper number edits it, and then needs a reason (audited). */
    replaceReason: lineText(500).min(1).optional(),
  })
  .strict();

export const aggregateInputSchema = z
  .object({
    ballotId: z.number().int().positive(),
    valid: count,
    invalid: count,
    votes: z.record(z.string().regex(/^\d+$/), count),
  })
  .strict();
