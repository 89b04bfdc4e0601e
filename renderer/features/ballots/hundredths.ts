import { formatCount } from '../../../shared/domain/format';

/** The tally gives percentages as integer hundredths (3082 → "30,82 %"): no float ever rounds them. */
export function formatHundredths(h: number, withSpace = true): string {
  const text = `${formatCount(Math.floor(h / 100))},${String(h % 100).padStart(2, '0')}`;
  return withSpace ? `${text} %` : `${text}%`;
}
