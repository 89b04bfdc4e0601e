/**
 * Wording and numbers as Vietnamese administrative documents print them (docs/rules.md, Nghị định 30/2020/NĐ-CP): "ngày 15 tháng 01 năm 2026", "x/y phiếu, đạt z %".
 */
import { formatCount, formatHundredths as screenHundredths } from './format';

/** Vietnam keeps UTC+7 all year (no daylight saving): stored UTC timestamps read as hall time. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** A UTC ISO timestamp as the wall clock in Vietnam, still ISO-shaped ("2026-01-15T14:30:00"); a bare date is kept. */
export function vietnamTime(iso: string): string {
  if (!iso.includes('T')) return iso;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 19);
}

/** "15/01/2026 14:30:05" in Vietnam time: the entry log's clock column. */
export function formatStamp(iso: string): string {
  const v = vietnamTime(iso);
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)} ${v.slice(11, 19)}`;
}

/**
 * An ISO date or timestamp (`YYYY-MM-DD…`, timestamps in Vietnam time) as "ngày 05 tháng 02 năm 2026",
 * "ngày 15 tháng 8 năm 2026": a 0 only before days under 10 and months 1 and 2 (docs/documents.md, Dates).
 */
export function formatLongDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(vietnamTime(iso));
  if (!m) return 'ngày ..... tháng ..... năm ..........';
  const month = Number(m[2]);
  return `ngày ${m[3]} tháng ${month <= 2 ? m[2] : String(month)} năm ${m[1]}`;
}

/** The place and date line under the national motto: "Hà Nội, ngày 15 tháng 01 năm 2026". */
export function placeDateLine(place: string, iso: string): string {
  const where = place.trim() || '..........';
  return `${where}, ${formatLongDate(iso)}`;
}

/** Hundredths of a percent (3082) as "30,82 %" (a no-break space keeps the sign with its number). */
export function formatHundredths(h: number): string {
  return screenHundredths(h, '\u00a0');
}

/** "x/y phiếu, đạt z %" against the named base. */
export function votesOfBase(votes: number, base: number, hundredths: number): string {
  return `${formatCount(votes)}/${formatCount(base)} phiếu, đạt ${formatHundredths(hundredths)}`;
}
