/**
 * Dates as people type them in Vietnam: dd/mm/yyyy (also with - or .), or just the year.
 * Returns ISO `YYYY-MM-DD` / `YYYY`, or null when the text is not a real date.
 */
export function parseTypedDate(text: string, today = new Date()): string | null {
  const s = text.trim();
  const year = /^(\d{4})$/.exec(s);
  if (year) return validYear(Number(year[1]), today) ? year[1]! : null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : [];
  if (!d || !m || !y) return null;
  return isoDate(Number(y), Number(m), Number(d), today);
}

function validYear(y: number, today: Date): boolean {
  return y >= 1900 && y <= today.getFullYear();
}

/** A real calendar date, not in the future, from 1900 on. */
export function isoDate(y: number, m: number, d: number, today = new Date()): string | null {
  if (!validYear(y, today) || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return iso <= today.toISOString().slice(0, 10) ? iso : null;
}
