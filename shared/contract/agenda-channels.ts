import { z } from 'zod';
import {
  agendaStateSchema,
  agendaStepInputSchema,
  agendaStepSchema,
  agendaTemplateSchema,
  agendaTemplateSummarySchema,
  applyTemplateResultSchema,
  speakerInputSchema,
  speakerSchema,
  timerSchema,
  timerSettingsSchema,
} from './agenda-schemas';
import { lineText } from './text-schemas';

const id = z.number().int().positive();
const ref = z.object({ id }).strict();
const index = z.number().int().min(0).max(10_000);
const seconds = z
  .number()
  .int()
  .min(1)
  .max(6 * 3600);

/**
 * Agenda, speakers and the countdown, merged into the one contract map in channels.ts.
 * Every write answers only after its transaction committed; `agenda:changed` follows.
 */
export const agendaCommands = {
  /** Everything the operator's agenda screen shows, in one read. */
  'agenda:get': { input: z.object({}).strict(), output: agendaStateSchema },
  'agenda:templates': { input: z.object({}).strict(), output: z.array(agendaTemplateSummarySchema) },
  /** A template by id (built in or from the workspace folder), or a whole template read from a file. */
  'agenda:applyTemplate': {
    input: z
      .object({ templateId: z.string().max(60).optional(), template: agendaTemplateSchema.optional(), replace: z.boolean().optional() })
      .strict()
      .refine((i) => (i.templateId === undefined) !== (i.template === undefined), 'Chọn đúng một mẫu chương trình'),
    output: applyTemplateResultSchema,
  },
  /** Inserted after `afterId`, or at the end. */
  'agenda:addStep': { input: agendaStepInputSchema.extend({ afterId: id.nullable().optional() }).strict(), output: agendaStepSchema },
  'agenda:updateStep': { input: agendaStepInputSchema.partial().extend({ id }).strict(), output: agendaStepSchema },
  /** To a 0-based place among the steps (drag and drop, Alt+↑/↓). */
  'agenda:moveStep': { input: z.object({ id, toIndex: index }).strict(), output: z.array(agendaStepSchema) },
  'agenda:removeStep': { input: z.object({ id, reason: lineText(500).optional() }).strict(), output: z.null() },
  /** Ends the current step (recording the time) and starts the next / previous / a chosen one. */
  'agenda:next': { input: z.object({}).strict(), output: agendaStateSchema },
  'agenda:previous': { input: z.object({}).strict(), output: agendaStateSchema },
  'agenda:goTo': { input: ref, output: agendaStateSchema },
  'speakers:add': { input: speakerInputSchema.extend({ stepId: id }).strict(), output: speakerSchema },
  'speakers:update': { input: speakerInputSchema.partial().extend({ id }).strict(), output: speakerSchema },
  'speakers:move': { input: z.object({ id, toIndex: index }).strict(), output: z.array(speakerSchema) },
  'speakers:remove': { input: ref, output: z.null() },
  /** The one speaking is marked spoken; the next waiting one in the current step is called. */
  'speakers:callNext': { input: z.object({}).strict(), output: agendaStateSchema },
  'speakers:call': { input: ref, output: agendaStateSchema },
  /** Says which way (spoken, or back to waiting): a retried or late click cannot undo itself. */
  'speakers:markSpoken': { input: z.object({ id, spoken: z.boolean() }).strict(), output: agendaStateSchema },
  /** Starts or resumes; a duration restarts it with that many seconds. */
  'timer:start': { input: z.object({ seconds: seconds.optional() }).strict(), output: timerSchema },
  'timer:pause': { input: z.object({}).strict(), output: timerSchema },
  /** Back to the full duration (the current step's default unless given), stopped. */
  'timer:reset': { input: z.object({ seconds: seconds.optional() }).strict(), output: timerSchema },
  'timer:settings': { input: timerSettingsSchema.partial().strict(), output: timerSettingsSchema },
} as const;

export const agendaEvents = {
  'agenda:changed': z.object({}),
} as const;
