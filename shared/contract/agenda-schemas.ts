import { z } from 'zod';
import { CLOCK_PATTERN, SPEAKER_STATES, STEP_KINDS, STEP_PROGRESS, TIMER_STATES } from '../domain/agenda';
import { lineText, multilineText } from './text-schemas';

const clock = z.string().regex(CLOCK_PATTERN, 'Giờ dạng HH:MM, ví dụ 07:30');

/** What the operator types for a step (and what a template file holds per step). */
export const agendaStepInputSchema = z.object({
  title: lineText(500).min(1, 'Thiếu tên bước'),
  presenter: lineText(300),
  sessionId: z.number().int().positive().nullable(),
  /** Null: the step follows the previous one. */
  plannedStart: clock.nullable(),
  durationMinutes: z.number().int().min(0).max(1440),
  kind: z.enum(STEP_KINDS),
  notes: multilineText(2000),
});

/** Planned against actual, in the hall's local clock ('HH:MM'); computed by the engine. */
export const stepScheduleSchema = z.object({
  plannedStart: clock.nullable(),
  plannedEnd: clock.nullable(),
  actualStart: clock.nullable(),
  actualEnd: clock.nullable(),
  /** Minutes the step started after (positive) or before (negative) its planned start. */
  startVarianceMinutes: z.number().int().nullable(),
});

export const agendaStepSchema = agendaStepInputSchema.extend({
  id: z.number().int(),
  position: z.number().int(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  progress: z.enum(STEP_PROGRESS),
  schedule: stepScheduleSchema,
});

export const speakerInputSchema = z.object({
  name: lineText(200).min(1, 'Thiếu tên người phát biểu'),
  /** Picked from the roster; null for a guest typed by hand. */
  delegateId: z.number().int().positive().nullable(),
  organisation: lineText(300),
  topic: lineText(500),
});

export const speakerSchema = speakerInputSchema.extend({
  id: z.number().int(),
  stepId: z.number().int(),
  position: z.number().int(),
  state: z.enum(SPEAKER_STATES),
  calledAt: z.string().nullable(),
  spokenAt: z.string().nullable(),
});

/**
 * The hall's countdown. Running: `endsAt` (ISO) is the truth and every screen ticks from it
 * locally; paused or idle: `remainingMs`.
 */
export const timerSchema = z.object({
  state: z.enum(TIMER_STATES),
  durationMs: z.number().int().min(0),
  endsAt: z.string().nullable(),
  remainingMs: z.number().int(),
  stepId: z.number().int().nullable(),
  speakerId: z.number().int().nullable(),
});

const kindSeconds = z.object(
  Object.fromEntries(
    STEP_KINDS.map((k) => [
      k,
      z
        .number()
        .int()
        .min(10)
        .max(6 * 3600),
    ]),
  ) as Record<(typeof STEP_KINDS)[number], z.ZodNumber>,
);

export const timerSettingsSchema = z.object({
  /** Countdown per step kind, in seconds. */
  defaults: kindSeconds,
  /** Calling a speaker starts the countdown for them. */
  autoStartWithSpeaker: z.boolean(),
});

export const agendaStateSchema = z.object({
  steps: z.array(agendaStepSchema),
  currentStepId: z.number().int().nullable(),
  speakers: z.array(speakerSchema),
  timer: timerSchema,
  timerSettings: timerSettingsSchema,
  /** How far behind (positive) or ahead (negative) the meeting runs; null before it starts. */
  delayMinutes: z.number().int().nullable(),
  /** The engine's clock when this was read (the delay above is computed at this instant). */
  now: z.string(),
});

/** A template as a file: resources/agenda-templates/*.json, or a copy in the workspace folder. */
export const agendaTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'id: chữ thường không dấu, số và dấu gạch ngang'),
  title: lineText(200).min(1),
  titleEn: lineText(200).min(1),
  description: multilineText(1000).default(''),
  /** Session titles; steps name theirs by index. Matched to the congress's sessions by title. */
  sessions: z.array(lineText(200).min(1)).max(20),
  steps: z
    .array(
      agendaStepInputSchema.omit({ sessionId: true }).extend({
        presenter: lineText(300).default(''),
        notes: multilineText(2000).default(''),
        plannedStart: clock.nullable().default(null),
        session: z.number().int().min(0).max(19).nullable().default(null),
      }),
    )
    .max(200),
});

export const agendaTemplateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  stepCount: z.number().int(),
  /** 'builtin' ships with the app; 'workspace' is a file the user put in the workspace folder. */
  source: z.enum(['builtin', 'workspace']),
});

export const applyTemplateResultSchema = z.object({
  steps: z.number().int(),
  sessionsCreated: z.array(z.string()),
});

/** What an agenda slide needs and nothing more (the projector never reads operator notes). */
export const projectedAgendaSchema = z.object({
  steps: z.array(
    agendaStepSchema.pick({ id: true, title: true, presenter: true, kind: true, progress: true }).extend({
      plannedStart: clock.nullable(),
    }),
  ),
  currentStep: agendaStepSchema
    .pick({ id: true, title: true, presenter: true, kind: true })
    .extend({ sessionTitle: z.string().nullable() })
    .nullable(),
  speaker: speakerSchema.pick({ name: true, organisation: true, topic: true }).nullable(),
  nextSpeaker: z.string().nullable(),
  timer: timerSchema,
  now: z.string(),
});
