import type { BallotKind, BallotMethod, BallotState } from '../../../shared/domain/ballot';
import type { Label } from '../../../shared/domain/ballot-messages';
import { type Translate, useLocale } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

export const KIND_LABEL: Record<BallotKind, MessageKey> = {
  committee: 'ballot.kind.committee',
  delegation_official: 'ballot.kind.delegation_official',
  delegation_alternate: 'ballot.kind.delegation_alternate',
  other: 'ballot.kind.other',
};

export const METHOD_LABEL: Record<BallotMethod, MessageKey> = {
  paper: 'ballot.method.paper',
  hands_per_name: 'ballot.method.hands_per_name',
  hands_whole_list: 'ballot.method.hands_whole_list',
};

export const STATE_LABEL: Record<BallotState, MessageKey> = {
  preparing: 'ballot.state.preparing',
  open: 'ballot.state.open',
  counted: 'ballot.state.counted',
  published: 'ballot.state.published',
  finalized: 'ballot.state.finalized',
};

/** "12 names · 9 seats", each count with its own plural (renderer/i18n/plural.ts). */
export function ballotSize(t: Translate, names: number, seats: number): string {
  return `${t('ballots.names', { count: names })} · ${t('ballots.seats', { count: seats })}`;
}

/** The rule labels live in shared/ (the minutes use them too); pick the operator's language. */
export function useLabel(): (label: Label) => string {
  const locale = useLocale((s) => s.locale);
  return (label) => (locale === 'en' ? label.en : label.vi);
}
