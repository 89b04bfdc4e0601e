import { z } from 'zod';
import { keyedProblemSchema } from './error-schema';
import { VOTE_RULES, VOTE_STATES, type VoteOutcome } from '../domain/vote';
import { lineText } from './text-schemas';

const count = z.number().int().min(0).max(100_000);

export const voteCountsSchema = z.object({ for: count, against: count, abstain: count });

export const voteOutcomeSchema = z.object({
  base: z.number().int(),
  baseKind: z.enum(['present', 'summoned']),
  required: z.number().int(),
  passed: z.boolean(),
  unanimous: z.boolean(),
  percent: z.object({ for: z.string(), against: z.string(), abstain: z.string() }),
}) satisfies z.ZodType<VoteOutcome>; // the domain's outcome, checked so the two cannot drift apart

export const voteSchema = z.object({
  id: z.number().int(),
  question: z.string(),
  rule: z.enum(VOTE_RULES),
  stepId: z.number().int().nullable(),
  sessionId: z.number().int().nullable(),
  state: z.enum(VOTE_STATES),
  /** Official delegates present and summoned, snapshotted from attendance when the vote opened. */
  present: z.number().int(),
  summoned: z.number().int(),
  /** Null until the operator enters them; kept while open so nothing typed is lost. */
  counts: voteCountsSchema.nullable(),
  /** Only when the counts add up to those present. */
  outcome: voteOutcomeSchema.nullable(),
  /** Why the counts cannot be closed yet, by key (each window words it), or null. */
  problem: keyedProblemSchema.nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

export const voteCreateSchema = z.object({
  question: lineText(500).min(1, 'Thiếu nội dung biểu quyết'),
  rule: z.enum(VOTE_RULES).optional(),
  stepId: z.number().int().positive().nullable().optional(),
  /** Overrides the attendance snapshot (the CLI, or a hall where the count was taken by hand). */
  present: count.optional(),
});

/** The vote as the projector shows it: only a closed vote reaches the wall. */
export const projectedVoteSchema = voteSchema.pick({
  id: true,
  question: true,
  rule: true,
  present: true,
  summoned: true,
  counts: true,
  outcome: true,
});
