import type { z } from 'zod';
import type { projectedVoteSchema, voteCreateSchema, voteSchema } from './vote-schemas';

export type Vote = z.output<typeof voteSchema>;
export type VoteCreateInput = z.output<typeof voteCreateSchema>;
export type ProjectedVote = z.output<typeof projectedVoteSchema>;
