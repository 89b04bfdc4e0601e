import { z } from 'zod';

/** A remark on a saved paper, as a catalog key (shared/i18n, `paper.warn.*`) and its parameters: each client words it. */
export const paperWarningSchema = z.object({ key: z.string(), params: messageParamsSchema.optional() });
export type PaperWarning = z.output<typeof paperWarningSchema>;
import {
  aggregateInputSchema,
  entryLogSchema,
  ballotProgressSchema,
  ballotSchema,
  ballotSettingsSchema,
  ballotSummarySchema,
  candidateInputSchema,
  paperEntrySchema,
  paperRecordInputSchema,
  tallySchema,
} from './ballot-schemas';
import { messageParamsSchema } from './error-schema';
import { rosterFileSchema, rosterRowErrorSchema } from './schemas';
import { lineText } from './text-schemas';

const id = z.number().int().positive();
const ballotRef = z.object({ id }).strict();
const reason = lineText(500).min(1, 'Cần ghi lý do');
/** Where a paper entry came from (main/db/paper-origin.ts): typed, a file, a scan, a review. */
const paperSource = z.enum(['keyboard', 'file', 'scan', 'review']);

/** Ballot commands, merged into the one contract map in channels.ts. */
export const ballotCommands = {
  'ballots:list': { input: z.object({}).strict(), output: z.array(ballotSummarySchema) },
  'ballots:get': { input: ballotRef, output: ballotSchema },
  'ballots:create': { input: ballotSettingsSchema.strict(), output: ballotSchema },
  /** Settings can change while preparing; rules also while open (before the count). */
  'ballots:update': { input: ballotSettingsSchema.partial().extend({ id }).strict(), output: ballotSchema },
  /**
   * Replaces the list. Printed order is Vietnamese alphabetical (given name, family, middle, birth
   * date) unless `orderOverrideReason` is given, in which case the order sent is kept (audited).
   */
  'ballots:setCandidates': {
    input: z.object({ id, candidates: z.array(candidateInputSchema).max(2000), orderOverrideReason: reason.optional() }).strict(),
    output: ballotSchema,
  },
  'ballots:importCandidates': { input: rosterFileSchema.extend({ id }), output: ballotSchema },
  /** The list a file would give, read and checked but not written: what the operator confirms before importing. */
  'ballots:previewCandidates': {
    input: rosterFileSchema.extend({ id }),
    output: z.object({
      fileName: z.string(),
      candidates: z.array(z.object({ row: z.number().int(), name: z.string(), birthDate: z.string().nullable() })),
      errors: z.array(rosterRowErrorSchema),
    }),
  },
  /** preparing → open: snapshots summoned/present from the current session's attendance. */
  'ballots:open': { input: ballotRef, output: ballotSchema },
  'ballots:setCounts': {
    input: z
      .object({
        id,
        issued: z.number().int().min(0).optional(),
        present: z.number().int().min(0).optional(),
        summoned: z.number().int().min(0).optional(),
        reason: reason.optional(),
      })
      .strict(),
    output: ballotSchema,
  },
  'papers:record': {
    input: paperRecordInputSchema.extend({ source: paperSource.optional() }),
    output: z.object({
      entry: paperEntrySchema,
      valid: z.boolean(),
      invalidReason: z.string().nullable(),
      warnings: z.array(paperWarningSchema),
    }),
  },
  /**
   * Many papers of one pass in one transaction, all or nothing: each checked as `papers:record`
   * checks one (a paper already entered is refused, not replaced), and one bad paper refuses the
   * batch with every bad one named (details.errors: row, paper, code, message). `row` is where the
   * paper stands in its source (a file's line), else its place in the list from 1. `numbersAre`
   * says how the numbers are written when not as the ballot is entered (a file lists struck names).
   */
  'papers:recordMany': {
    input: z
      .object({
        ballotId: id,
        pass: z.number().int().min(1).max(3),
        papers: z
          .array(
            paperRecordInputSchema
              .pick({ paper: true, numbers: true, invalid: true })
              .extend({ row: z.number().int().min(1).optional() })
              .strict(),
          )
          .min(1)
          .max(20_000),
        numbersAre: z.enum(['struck', 'kept']).optional(),
        source: paperSource.optional(),
        /** Checks every paper and answers the refusal, but saves nothing even when all are good. */
        checkOnly: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ recorded: z.number().int() }),
  },
  'papers:void': { input: z.object({ ballotId: id, pass: z.number().int().min(1).max(3), paper: id, reason }).strict(), output: z.null() },
  'papers:list': {
    input: z.object({ ballotId: id, pass: z.number().int().min(1).max(3).optional() }).strict(),
    output: z.array(paperEntrySchema),
  },
  'papers:log': { input: z.object({ ballotId: id }).strict(), output: entryLogSchema },
  /** Settles a paper on which the passes disagree, after the board looked at the paper again. */
  'papers:resolve': {
    input: paperRecordInputSchema.omit({ pass: true, replaceReason: true }).strict(),
    output: z.null(),
  },
  'ballots:aggregate': { input: aggregateInputSchema, output: tallySchema },
  'ballots:progress': { input: ballotRef, output: ballotProgressSchema },
  /** open → counted; refused while passes disagree or papers returned exceed papers issued. */
  'ballots:count': { input: ballotRef, output: tallySchema },
  'ballots:tally': { input: ballotRef, output: tallySchema.extend({ discrepancies: z.array(z.number().int()) }) },
  'ballots:publish': { input: ballotRef, output: ballotSchema },
  'ballots:finalize': { input: ballotRef, output: ballotSchema },
  'ballots:reopen': { input: z.object({ id, reason }).strict(), output: ballotSchema },
  /** A new round linked to this one: among the tied names, or for the seats left open. */
  'ballots:nextRound': {
    input: z.object({ id, candidateNumbers: z.array(z.number().int().min(1)).optional(), title: lineText(500).optional() }).strict(),
    output: ballotSchema,
  },
} as const;

/**
 * One paper saved, replaced or voided, and the ballot's entry progress after it: a window applies
 * this to what it shows instead of re-reading the ballot (the provisional tally is recomputed only
 * when the count is looked at). `entry` is null for a voided paper; `disagrees` says whether the
 * passes now disagree on this paper number (and the board has not settled it).
 */
export const paperChangeSchema = z.object({
  change: z.enum(['recorded', 'replaced', 'voided']),
  pass: z.number().int().min(1).max(3),
  paper: z.number().int().min(1),
  entry: paperEntrySchema.nullable(),
  entered: ballotProgressSchema.shape.entered,
  disagrees: z.boolean(),
});

export const ballotEvents = {
  /** Without `paper`, anything about the ballot may have changed: re-read it. */
  'ballots:changed': z.object({ ballotId: z.number().int(), paper: paperChangeSchema.optional() }),
} as const;
