import { z } from 'zod';
import { PROJECTOR_THEMES } from '../domain/projector';
import { agendaCommands, agendaEvents } from './agenda-channels';
import { ballotCommands, ballotEvents } from './ballot-channels';
import { exportCommands, exportEvents } from './export-channels';
import { backupCommands } from './backup-channels';
import { voteCommands, voteEvents } from './vote-channels';
import { networkCommands, networkEvents } from './network-channels';
import { scanCommands, scanEvents } from './scan-channels';
import { anomalyCommands, anomalyEvents } from './anomaly-channels';
import { lineText } from './text-schemas';
import { fileLossSchema } from './file-loss';
import {
  appStateSchema,
  attendanceRecordSchema,
  attendanceSummarySchema,
  congressInfoSchema,
  congressSessionSchema,
  congressSettingsSchema,
  delegateInputSchema,
  delegateSchema,
  projectorStageSchema,
  projectorStateSchema,
  projectorViewSchema,
  rosterChangesSchema,
  rosterFileSchema,
  rosterPreviewSchema,
  rosterRowErrorSchema,
  sessionDateSchema,
} from './schemas';

const none = z.object({}).strict();
const id = z.number().int().positive();
/** Check-in commands act on the current session unless one is named. */
const sessionRef = { sessionId: id.optional() };
const reason = lineText(500);

/**
 * The whole command/query contract, declared once (Actual's Handlers map). The Electron preload,
 * the browser host and the CLI are adapters generated from this map; a handler missing for a
 * channel, or a misspelt channel, does not compile.
 */
export const commands = {
  'app:state': { input: none, output: appStateSchema },
  'congress:create': {
    input: z.object({ name: lineText(500).min(1), path: z.string().max(4096).optional() }).strict(),
    output: congressInfoSchema,
  },
  'congress:open': { input: z.object({ path: z.string().min(1).max(4096) }).strict(), output: congressInfoSchema },
  'congress:openDemo': { input: none, output: congressInfoSchema },
  'congress:close': { input: none, output: z.null() },
  'congress:update': { input: congressSettingsSchema.partial().strict(), output: congressInfoSchema },
  'sessions:create': {
    input: z.object({ title: lineText(200).min(1), date: sessionDateSchema.optional() }).strict(),
    output: congressSessionSchema,
  },
  'sessions:update': {
    input: z.object({ id, title: lineText(200).min(1), date: sessionDateSchema }).strict(),
    output: congressSessionSchema,
  },
  'sessions:setCurrent': { input: z.object({ id }).strict(), output: congressInfoSchema },
  'delegates:list': { input: none, output: z.array(delegateSchema) },
  'delegates:search': {
    input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(5000).optional() }).strict(),
    output: z.array(delegateSchema),
  },
  'delegates:create': { input: delegateInputSchema, output: delegateSchema },
  'delegates:update': { input: delegateInputSchema.extend({ id, code: lineText(40).min(1) }), output: delegateSchema },
  'delegates:remove': { input: z.object({ id, reason: reason.optional() }).strict(), output: z.null() },
  'roster:preview': { input: rosterFileSchema, output: rosterPreviewSchema },
  'roster:import': {
    input: rosterFileSchema.extend({ onlyValid: z.boolean().optional() }),
    output: z.object({
      imported: z.number().int(),
      skipped: z.number().int(),
      errors: z.array(rosterRowErrorSchema),
      /** Update mode only: what was added and changed. */
      changes: rosterChangesSchema.optional(),
    }),
  },
  'checkin:scan': {
    input: z.object({ code: z.string().trim().min(1).max(80), ...sessionRef }).strict(),
    output: z.object({ delegate: delegateSchema, record: attendanceRecordSchema }),
  },
  'checkin:mark': {
    input: z.object({ delegateId: id, ...sessionRef }).strict(),
    output: z.object({ delegate: delegateSchema, record: attendanceRecordSchema }),
  },
  'checkin:undo': { input: z.object({ delegateId: id, ...sessionRef }).strict(), output: z.null() },
  'attendance:markAbsent': {
    input: z.object({ delegateId: id, reason: reason.nullable(), ...sessionRef }).strict(),
    output: attendanceRecordSchema,
  },
  'attendance:list': { input: z.object(sessionRef).strict(), output: z.array(attendanceRecordSchema) },
  'attendance:summary': { input: z.object(sessionRef).strict(), output: attendanceSummarySchema },
  'projector:set': { input: projectorStateSchema.strict(), output: projectorStateSchema },
  'projector:view': { input: none, output: projectorViewSchema },
  /** The stage: queue a slide (null clears the queue), switch it on air, black screen, theme. */
  'projector:stage': { input: none, output: projectorStageSchema },
  'projector:queue': { input: z.object({ next: projectorStateSchema.strict().nullable() }).strict(), output: projectorStageSchema },
  'projector:switch': { input: none, output: projectorStageSchema },
  /** Black on or off, said each time: never a flip, which a retried key would undo. */
  'projector:black': { input: z.object({ on: z.boolean() }).strict(), output: projectorStageSchema },
  'projector:theme': { input: z.object({ theme: z.enum(PROJECTOR_THEMES) }).strict(), output: projectorStageSchema },
  /** Holds the paged slide on air on one page (the clicker), or lets its pages turn again (null). */
  'projector:page': { input: z.object({ page: z.number().int().min(-999).max(999).nullable() }).strict(), output: projectorStageSchema },
  ...ballotCommands,
  ...backupCommands,
  ...agendaCommands,
  ...voteCommands,
  ...exportCommands,
  ...networkCommands,
  ...scanCommands,
  ...anomalyCommands,
} as const;

export type CommandName = keyof typeof commands;
export type CommandInput<C extends CommandName> = z.input<(typeof commands)[C]['input']>;
export type CommandOutput<C extends CommandName> = z.output<(typeof commands)[C]['output']>;
export const COMMAND_NAMES = Object.keys(commands) as CommandName[];

/** Who may call which command, and hear which event: shared/contract/roles.ts. */

/** Pushed from the engine to every window after a transaction commits. */
export const events = {
  'congress:changed': z.object({ congress: congressInfoSchema.nullable() }),
  /** The open file was taken away under the app; the engine has stopped acknowledging commands. */
  'congress:fileLost': z.object({ loss: fileLossSchema }),
  'delegates:changed': z.object({}),
  'attendance:changed': z.object({
    sessionId: z.number().int(),
    records: z.array(attendanceRecordSchema),
    removedDelegateIds: z.array(z.number().int()),
    summary: attendanceSummarySchema,
  }),
  'projector:changed': z.object({ view: projectorViewSchema }),
  /** Operator windows only: the queue and stage changed (the hall's view comes in projector:changed). */
  'projector:staged': z.object({ stage: projectorStageSchema }),
  ...ballotEvents,
  ...agendaEvents,
  ...voteEvents,
  ...exportEvents,
  ...networkEvents,
  ...scanEvents,
  ...anomalyEvents,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
