import { z } from 'zod';
import { VOTE_RULES } from '../domain/vote';
import { voteCountsSchema, voteCreateSchema, voteSchema } from './vote-schemas';
import { lineText } from './text-schemas';

const id = z.number().int().positive();
const reason = lineText(500).min(1, 'Cần ghi lý do');

/** Show-of-hands votes, merged into the one contract map in channels.ts. */
export const voteCommands = {
  'votes:list': { input: z.object({}).strict(), output: z.array(voteSchema) },
  'votes:get': { input: z.object({ id }).strict(), output: voteSchema },
  /** Creates and opens the vote, snapshotting the official delegates present in the current session. */
  'votes:create': { input: voteCreateSchema.strict(), output: voteSchema },
  'votes:update': {
    input: z
      .object({ id, question: lineText(500).min(1).optional(), rule: z.enum(VOTE_RULES).optional(), stepId: id.nullable().optional() })
      .strict(),
    output: voteSchema,
  },
  'votes:setPresent': { input: z.object({ id, present: z.number().int().min(0).max(100_000), reason }).strict(), output: voteSchema },
  /** Saves the hands; `close` also closes the vote, refused unless they add up to those present. */
  'votes:record': {
    input: z.object({ id, counts: z.union([voteCountsSchema.strict(), z.literal('unanimous')]), close: z.boolean().optional() }).strict(),
    output: voteSchema,
  },
  'votes:reopen': { input: z.object({ id, reason }).strict(), output: voteSchema },
} as const;

export const voteEvents = {
  'votes:changed': z.object({ voteId: z.number().int() }),
} as const;
