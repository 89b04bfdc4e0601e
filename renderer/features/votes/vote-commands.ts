import type { Result } from '../../../shared/contract/result';
import type { Vote } from '../../../shared/contract/vote-types';
import type { VoteCounts } from '../../../shared/domain/vote';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useProjector } from '../projector-control/projector-store';
import { useVotes } from './votes-store';

/**
 * Runs a vote command; the answer replaces the cached vote, an error goes to the notice bar. A
 * decisive success (closed, reopened) clears a refusal still shown from before; a quiet draft save
 * does not, so "the numbers do not add up" stays on screen while the operator fixes them.
 */
async function run(call: Promise<Result<Vote>>, clearsRefusal: boolean): Promise<boolean> {
  const r = await call;
  if (!r.ok) {
    useApp.getState().fail(r.error);
    return false;
  }
  useVotes.getState().put(r.value);
  if (clearsRefusal && useApp.getState().notice?.kind === 'error') useApp.getState().dismiss();
  return true;
}

/** Saves the hands; with `close`, closes the vote (refused unless they add up). */
export const recordVote = (id: number, counts: VoteCounts | 'unanimous', close: boolean) =>
  run(client().call('votes:record', { id, counts, close }), close);

export const reopenVote = (id: number, reason: string) => run(client().call('votes:reopen', { id, reason }), true);
export const setVotePresent = (id: number, present: number, reason: string) =>
  run(client().call('votes:setPresent', { id, present, reason }), true);

export const projectVote = (voteId: number) => useProjector.getState().show({ slide: 'vote_result', voteId });
export const queueVote = (voteId: number) => useProjector.getState().queue({ slide: 'vote_result', voteId });
