import { z } from 'zod';
import { fileLossSchema } from './file-loss';
import { walRecoverySchema } from './wal-recovery';
import { appErrorSchema, keyedProblemSchema } from './error-schema';
import { DELEGATE_KINDS, DELEGATE_STATUSES, GENDERS, ROSTER_FIELDS } from '../domain/delegate';
import { QUORUM_RULES } from '../domain/attendance';
import { MESSAGE_MAX, PROJECTOR_THEMES, SLIDE_KINDS, type SlideRef } from '../domain/projector';
import { ballotSchema, tallySchema } from './ballot-schemas';
import { projectedVoteSchema } from './vote-schemas';
import { projectedAgendaSchema } from './agenda-schemas';
import { lineText, multilineText } from './text-schemas';

export const projectedBallotSchema = z.object({
  ballot: ballotSchema.pick({
    id: true,
    title: true,
    preset: true,
    seats: true,
    seatsApproved: true,
    counts: true,
    candidates: true,
    rules: true,
  }),
  tally: tallySchema,
});

/** Bounded strings everywhere: nothing from a window reaches SQLite without a length limit. */
const text = (max = 500) => lineText(max);
const optionalText = (max = 500) => text(max).nullable();
const isoDate = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'YYYY hoặc YYYY-MM-DD');
/** A session's date as stored and answered: what a command takes is checked against the same rule. */
export const sessionDateSchema = isoDate.nullable();

export const delegateInputSchema = z.object({
  code: lineText(40).nullable(),
  fullName: lineText(200).min(1, 'Thiếu họ và tên'),
  gender: z.enum(GENDERS).nullable(),
  birthDate: isoDate.nullable(),
  ethnicity: optionalText(100),
  religion: optionalText(100),
  partyMember: z.boolean().nullable(),
  education: optionalText(200),
  position: optionalText(500),
  unit: optionalText(500),
  group: optionalText(100),
  seat: optionalText(40),
  kind: z.enum(DELEGATE_KINDS).nullable(),
  status: z.enum(DELEGATE_STATUSES),
});

export const delegateSchema = delegateInputSchema.extend({ id: z.number().int(), code: z.string() });

export const congressSettingsSchema = z.object({
  name: text(500),
  term: text(100),
  level: text(100),
  venue: text(500),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  theme: text(500),
  organiser: text(500),
  quorumRule: z.enum(QUORUM_RULES),
});

export const congressSessionSchema = z.object({
  id: z.number().int(),
  title: text(200),
  date: sessionDateSchema,
  position: z.number().int(),
});

export const congressInfoSchema = z.object({
  path: z.string(),
  settings: congressSettingsSchema,
  sessions: z.array(congressSessionSchema),
  currentSessionId: z.number().int().nullable(),
  schemaVersion: z.number().int(),
  /** Present while the file is open if its write-ahead log was damaged when it was opened. */
  walRecovery: walRecoverySchema.optional(),
});

export const recentFileSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });

export const appStateSchema = z.object({
  appVersion: z.string(),
  /** The congress-file schema this app writes and reads (About box); congress.schemaVersion is the open file's. */
  schemaVersion: z.number().int(),
  congress: congressInfoSchema.nullable(),
  recent: z.array(recentFileSchema),
  workspaceDir: z.string(),
  /** The open file was deleted, replaced or overwritten under the app: nothing more is acknowledged. */
  fileLost: fileLossSchema.nullable(),
  /** Why the congress used last was not reopened at start-up (main/backup/reopen-problem.ts); null once a file is open. */
  startupProblem: appErrorSchema.nullable(),
});

export const attendanceStateSchema = z.enum(['present', 'absent_excused', 'absent']);
export const attendanceRecordSchema = z.object({
  delegateId: z.number().int(),
  sessionId: z.number().int(),
  state: attendanceStateSchema,
  reason: z.string().nullable(),
  recordedAt: z.string(),
});

const presence = z.object({ summoned: z.number().int(), present: z.number().int() });
export const attendanceSummarySchema = z.object({
  sessionId: z.number().int().nullable(),
  summoned: z.number().int(),
  present: z.number().int(),
  absentWithReason: z.number().int(),
  absentWithoutReason: z.number().int(),
  alternates: presence,
  guestsInvited: z.number().int(),
  guestsPresent: z.number().int(),
  byCategory: z.object({
    exOfficio: presence,
    nominated: presence,
    appointed: presence,
    women: presence,
    nonParty: presence,
    ethnicMinority: presence,
    religious: presence,
  }),
  quorum: z.object({ rule: z.enum(QUORUM_RULES), required: z.number().int(), met: z.boolean() }),
});

/** A bad cell of a roster or candidate file, by key (shared/i18n/vi-list-files.ts); the client words it. */
export const rosterRowErrorSchema = keyedProblemSchema.extend({
  row: z.number().int(),
  column: z.object({ header: z.string(), letter: z.string() }),
});
/** Add only new delegates (a code already used is an error), or update the roster by code (main/services/roster-update.ts). */
export const rosterModeSchema = z.enum(['add', 'update']);
const rosterFieldValueSchema = z.union([z.string(), z.boolean(), z.null()]);
/** What an update would do to the roster, shown to the operator before it is done. */
export const rosterChangesSchema = z.object({
  added: z.array(z.object({ row: z.number().int(), code: z.string(), fullName: z.string() })),
  updated: z.array(
    z.object({
      row: z.number().int(),
      delegateId: z.number().int(),
      code: z.string(),
      fullName: z.string(),
      fields: z.array(z.object({ field: z.enum(ROSTER_FIELDS), before: rosterFieldValueSchema, after: rosterFieldValueSchema })),
    }),
  ),
  unchanged: z.number().int(),
  /** Delegates of the congress the file does not list: kept; removal is done one by one in the roster screen. */
  notInFile: z.array(z.object({ delegateId: z.number().int(), code: z.string(), fullName: z.string() })),
});
export const rosterPreviewSchema = z.object({
  fileName: z.string(),
  sheetName: z.string().nullable(),
  headerRow: z.number().int(),
  columns: z.array(z.object({ index: z.number().int(), letter: z.string(), header: z.string(), field: z.enum(ROSTER_FIELDS).nullable() })),
  rows: z.array(z.object({ row: z.number().int(), delegate: delegateInputSchema.nullable(), errors: z.array(rosterRowErrorSchema) })),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(rosterRowErrorSchema),
  /** Update mode only. */
  changes: rosterChangesSchema.optional(),
});

/** A roster file travels as base64 so the same command works over IPC, HTTP and the CLI. */
export const rosterFileSchema = z.object({
  fileName: text(260),
  // 20 MB of file is ~27 MB of base64; the reader refuses anything larger with a clear message.
  contentBase64: z.string().max(40 * 1024 * 1024),
  mapping: z.record(z.string(), z.enum(ROSTER_FIELDS).nullable()).optional(),
  /** Default 'add'. */
  mode: rosterModeSchema.optional(),
});

const slideRefId = z.number().int().positive().nullable().optional();
/** A slide as chosen by the operator: its kind and the references it reads (see shared/domain/projector.ts). */
export const projectorStateSchema = z.object({
  slide: z.enum(SLIDE_KINDS),
  ballotId: slideRefId,
  voteId: slideRefId,
  stepId: slideRefId,
  message: multilineText(MESSAGE_MAX).nullable().optional(),
  page: z.number().int().min(-999).max(999).nullable().optional(),
}) satisfies z.ZodType<SlideRef>; // the domain's SlideRef, checked so the two cannot drift apart
export const projectorViewSchema = z.object({
  slide: z.enum(SLIDE_KINDS),
  congress: congressSettingsSchema.nullable(),
  sessionTitle: z.string().nullable(),
  attendance: attendanceSummarySchema.nullable(),
  /** Present only for ballot slides, and only once the ballot is published. */
  ballot: projectedBallotSchema.nullable(),
  /** Present only for the vote result slide, and only while the vote is closed. */
  vote: projectedVoteSchema.nullable().optional(),
  /** The agenda slides' data (agenda, current step, speaker with countdown, countdown alone). */
  agenda: projectedAgendaSchema.nullable().optional(),
  /** The free message slide's text. */
  message: z.string().nullable().optional(),
  theme: z.enum(PROJECTOR_THEMES).optional(),
  /** Emergency black screen: the hall sees nothing, whatever slide is on air underneath. */
  black: z.boolean().optional(),
  /** The page a paged slide is held on (shared/domain/projector.ts), or null while its pages turn. */
  page: z.number().int().nullable().optional(),
});

/** The operator's side of the stage: what is on air, what is queued next, black, theme. */
export const projectorStageSchema = z.object({
  onAir: projectorStateSchema,
  next: projectorStateSchema.nullable(),
  /** The queued slide rendered as it would look on air, for the "next" preview. */
  nextView: projectorViewSchema.nullable(),
  black: z.boolean(),
  theme: z.enum(PROJECTOR_THEMES),
});
