import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import type { Ballot } from './ballots-store';

export interface CandidateInput {
  name: string;
  birthDate: string | null;
  delegateId?: number | null;
}

export const inputsOf = (ballot: Ballot): CandidateInput[] =>
  ballot.candidates.map((c) => ({ name: c.name, birthDate: c.birthDate, delegateId: c.delegateId }));

/**
 * The list is replaced as a whole (the engine renumbers it). An order the board overrode stays
 * overridden, under the reason already given, until someone asks for alphabetical order again.
 */
export async function saveCandidates(
  ballot: Ballot,
  candidates: CandidateInput[],
  orderOverrideReason = ballot.orderOverrideReason,
): Promise<boolean> {
  const r = await client().call('ballots:setCandidates', {
    id: ballot.id,
    candidates,
    ...(orderOverrideReason ? { orderOverrideReason } : {}),
  });
  if (!r.ok) useApp.getState().fail(r.error);
  return r.ok;
}
