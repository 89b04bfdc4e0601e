import type { CongressContext } from '../services/context';
import { createVote, listVoteViews, recordVote, reopenVote, setVotePresent, updateVote, voteView } from '../services/vote-service';
import type { Handlers } from './handler-table';

type VoteHandlers = Pick<Handlers, `votes:${string}` & keyof Handlers>;

export function createVoteHandlers(ctx: () => CongressContext): VoteHandlers {
  return {
    'votes:list': () => listVoteViews(ctx()),
    'votes:get': (i) => voteView(ctx(), i.id),
    'votes:create': (i) => createVote(ctx(), i),
    'votes:update': (i) => updateVote(ctx(), i.id, i),
    'votes:setPresent': (i) => setVotePresent(ctx(), i.id, i.present, i.reason),
    'votes:record': (i) => recordVote(ctx(), i.id, i.counts, i.close ?? false),
    'votes:reopen': (i) => reopenVote(ctx(), i.id, i.reason),
  };
}
