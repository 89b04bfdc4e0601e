/**
 * Dates as people type them in Vietnam: dd/mm/yyyy (also with - or .), or just the year.
 * Returns ISO `YYYY-MM-DD` / `YYYY`, or null when the text is not a real date.
 */
export function parseTypedDate(text: string, today = new Date()): string | null {
  const s = text.trim();
  const year = /^(\d{4})$/.exec(s);
  if (year) return validYear(Number(year[1]), today) ? year[1]! : null;
  const day = dayMonthYear(s);
  return day && isoDate(day.y, day.m, day.d, today);
}

/** The day, month and year of "15/12/2026" (also with - or .) or "2026-12-15". */
function dayMonthYear(s: string): { d: number; m: number; y: number } | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : [];
  return d && m && y ? { d: Number(d), m: Number(m), y: Number(y) } : null;
}

/** A day of the congress itself (its start, its end), typed dd/mm/yyyy: any real date, days ahead too. */
export function parseEventDate(text: string): string | null {
  const day = dayMonthYear(text.trim());
  return day && day.y >= 1900 && day.y <= 2100 ? calendarDay(day.y, day.m, day.d) : null;
}

/** `YYYY-MM-DD` when the day exists in that month. */
function calendarDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function validYear(y: number, today: Date): boolean {
  return y >= 1900 && y <= today.getFullYear();
}

/** A real calendar date, not in the future, from 1900 on. */
export function isoDate(y: number, m: number, d: number, today = new Date()): string | null {
  const iso = validYear(y, today) ? calendarDay(y, m, d) : null;
  return iso && iso <= today.toISOString().slice(0, 10) ? iso : null;
}
