/**
 * Another round (docs/ballots.md): among the names tied at the last seat, or for the seats
 * left open among the candidates not elected. Each round is its own ballot linked to the one before.
 */
import { AppError } from '../../shared/contract/result';
import { sortCandidates } from '../../shared/domain/candidate-order';
import { appendAudit } from '../db/audit';
import { type Ballot, type StoredCandidate, insertBallot, replaceCandidates } from '../db/ballots';
import { computeTally, countData } from './ballot-count-service';
import { announce, loadBallot, requireState } from './ballot-guards';
import { type CongressContext, inTransaction } from './context';

function roundTitle(title: string, round: number): string {
  return `${title.replace(/\s*\(vòng \d+\)\s*$/u, '')} (vòng ${round})`;
}

export function nextRound(ctx: CongressContext, id: number, input: { candidateNumbers?: number[]; title?: string }): Ballot {
  const newId = inTransaction(ctx, () => {
    const prev = loadBallot(ctx, id);
    // A finalized round is the normal case: its result stands and the next round follows it.
    if (prev.state !== 'finalized') requireState(prev, ['counted', 'published'], 'nextRound');
    const result = computeTally(prev, countData(ctx, prev));
    const elected = new Set(result.elected);
    const wanted = input.candidateNumbers ? new Set(input.candidateNumbers) : null;
    if (wanted) {
      const known = new Set(prev.candidates.map((c) => c.number));
      const bad = [...wanted].filter((n) => !known.has(n));
      if (bad.length > 0) {
        throw AppError.of('UNKNOWN_CANDIDATE_NUMBER', 'ballot.unknownPrevious', { numbers: bad.join(', ') }, { numbers: bad });
      }
      const already = [...wanted].filter((n) => elected.has(n));
      if (already.length > 0) {
        throw AppError.of('INVALID_INPUT', 'ballot.alreadyElected', { numbers: already.join(', ') }, { numbers: already });
      }
    }
    const chosen = prev.candidates.filter((c) => (wanted ? wanted.has(c.number) : !elected.has(c.number)));
    // Exactly the tie group: the seats it contests; otherwise every seat still open.
    const tie = result.tie;
    const isTieGroup = tie !== null && wanted !== null && wanted.size === tie.numbers.length && tie.numbers.every((n) => wanted.has(n));
    const seats = isTieGroup ? tie.seatsContested : result.seatsOpen;
    if (seats <= 0) {
      throw AppError.of('BALLOT_WRONG_STATE', 'ballot.seatsFilled', { title: prev.title, count: prev.seats });
    }
    if (chosen.length === 0) {
      throw AppError.of('INVALID_INPUT', 'ballot.roundEmpty');
    }
    const at = ctx.now();
    const round = prev.round + 1;
    const settings = {
      title: input.title?.trim() || roundTitle(prev.title, round),
      kind: prev.kind,
      seatsApproved: prev.seatsApproved,
      seats,
      method: prev.method,
      preset: prev.preset,
      rules: prev.rules,
      entryMode: prev.entryMode,
      passes: prev.passes,
    };
    const newId = insertBallot(ctx.db, { ...settings, round, previousBallotId: prev.id }, at);
    const base = chosen.map(({ name, birthDate, delegateId }) => ({ name, birthDate, delegateId }));
    const ordered = prev.orderOverrideReason ? base : sortCandidates(base);
    const candidates: StoredCandidate[] = ordered.map((c, i) => ({ ...c, number: i + 1 }));
    replaceCandidates(ctx.db, newId, candidates, prev.orderOverrideReason, at);
    appendAudit(ctx.db, at, {
      action: 'ballot.nextRound',
      entity: 'ballot',
      entityId: newId,
      after: { previousBallotId: prev.id, round, seats, fromNumbers: chosen.map((c) => c.number), settings },
    });
    return newId;
  });
  announce(ctx, newId);
  return loadBallot(ctx, newId);
}
