import type { z } from 'zod';
import type { voteCreateSchema, voteSchema } from './vote-schemas';

export type Vote = z.output<typeof voteSchema>;
export type VoteCreateInput = z.output<typeof voteCreateSchema>;
