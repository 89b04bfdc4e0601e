import { vietnamTime } from './hall-time';

/**
 * Vietnamese number conventions: dot thousands separator, decimal comma, percentages with two
 * decimals rounded half-up ("30,82 %"). Computed in integers so 2/3 never becomes 66,66 %.
 */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** part / whole as a percentage with two decimals, half-up, in integer arithmetic. */
export function percentHundredths(part: number, whole: number): number {
  if (whole <= 0) return 0;
  // round(part * 10000 / whole) half-up, exactly, for non-negative integers
  return Math.floor((part * 20000 + whole) / (2 * whole));
}

/**
 * Hundredths of a percent, as the tally gives them (3082), → "30,82 %". `space` goes before the sign:
 * ' ' on screen, '' where space is short, '\u00a0' in documents (the sign stays with its number).
 */
export function formatHundredths(h: number, space = ' '): string {
  return `${formatCount(Math.floor(h / 100))},${String(h % 100).padStart(2, '0')}${space}%`;
}

export function formatPercent(part: number, whole: number, withSpace = true): string {
  return formatHundredths(percentHundredths(part, whole), withSpace ? ' ' : '');
}

/** ISO `YYYY-MM-DD` (or `YYYY`) → `dd/mm/yyyy` (or `yyyy`) as tables show dates. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return m && d ? `${d}/${m}/${y}` : (y ?? '');
}

/** A stored ISO timestamp → `HH:MM:SS dd/mm/yyyy` in hall time (shared/domain/hall-time.ts), as a log shows when something happened. */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const v = vietnamTime(new Date(ms).toISOString());
  return `${v.slice(11, 19)} ${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}
