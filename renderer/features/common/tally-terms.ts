/**
 * How a tally is read out, the same on the count screen and on the projector's result slide: the
 * words for the base of the percentages, and the order of the candidates.
 */
import type { ThresholdBase } from '../../../shared/domain/ballot';
import type { MessageKey } from '../../i18n/vi';

export const BASE_PHRASE: Record<ThresholdBase, MessageKey> = {
  present: 'tally.base.present',
  summoned: 'tally.base.summoned',
  valid: 'tally.base.valid',
  returned: 'tally.base.returned',
};

/** Candidates by votes (rank, then printed number), as the minutes list them. */
export function byVotes<T extends { rank: number; number: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.rank - b.rank || a.number - b.number);
}
