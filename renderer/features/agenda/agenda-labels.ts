import type { StepKind } from '../../../shared/domain/agenda';
import type { MessageKey } from '../../i18n/vi';
import type { Translate } from '../../i18n/i18n';

export const KIND_LABEL: Record<StepKind, MessageKey> = {
  ceremony: 'kind.ceremony',
  report: 'kind.report',
  discussion: 'kind.discussion',
  vote: 'kind.vote',
  ballot: 'kind.ballot',
  break: 'kind.break',
};

/** "Chậm 8 phút" / "Sớm 3 phút" / "Đúng giờ"; null when the meeting has not started. */
export function delayText(t: Translate, minutes: number | null): string | null {
  if (minutes === null) return null;
  if (minutes > 0) return t('agenda.behind', { n: minutes });
  if (minutes < 0) return t('agenda.ahead', { n: -minutes });
  return t('agenda.onTime');
}

export function delayClass(minutes: number | null): string {
  if (minutes === null) return 'delay-none';
  // Within five minutes is on time for a hall: a programme is printed to the quarter hour.
  if (minutes > 5) return 'delay-behind';
  if (minutes < -5) return 'delay-ahead';
  return 'delay-ok';
}

/** +3 / −2 beside a step's actual start. */
export function varianceText(minutes: number | null): string {
  if (minutes === null) return '';
  if (minutes === 0) return '0';
  return minutes > 0 ? `+${minutes}` : `−${-minutes}`;
}
