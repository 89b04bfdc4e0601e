/**
 * Wording and numbers as Vietnamese administrative documents print them (docs/rules.md, Nghị định 30/2020/NĐ-CP): "ngày 15 tháng 01 năm 2026", "x/y phiếu, đạt z %".
 */
import { formatCount, formatHundredths as screenHundredths } from './format';
import { vietnamTime } from './hall-time';

export { vietnamTime };

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

/** "14 giờ 05 phút" in Vietnam time: when the minutes say the count was made. */
export function formatClock(iso: string): string {
  const v = vietnamTime(iso);
  return /T\d{2}:\d{2}/.test(v) ? `${v.slice(11, 13)} giờ ${v.slice(14, 16)} phút` : '..... giờ ..... phút';
}

/** No line break may fall here: a no-break space, and the joiner that holds a dash to what follows. */
export const NBSP = '\u00a0';
export const JOINER = '\u2060';

/** Words that go with the number before them (docs/documents.md, Line breaks). */
const UNITS = ['%', 'phiếu', 'tuổi', 'người', 'giờ', 'phút', 'chỗ', 'đại biểu', 'đồng chí'];
const UNIT_AFTER_NUMBER = new RegExp(`(\\d) (${UNITS.join('|')})(?![\\p{L}\\d])`, 'gu');
/** "118 (97,52 %)": a count and its percentage. */
const COUNT_WITH_PERCENT = /(\d) \((?=[\d.]+,\d+[ \u00a0]?%\))/g;
/** "2025 - 2030", "2025–2030": a term of office. */
const YEAR_RANGE = /(\d{4})( ?)([-–])( ?)(\d{4})/g;

/**
 * Text as a document prints it, with the breaks a reader would call wrong taken out (docs/documents.md,
 * Line breaks): a number keeps its unit ("118 phiếu", "97,52 %"), a count its percentage in brackets
 * ("118 (97,52 %)"), a term of office its two years ("2025 - 2030"). Each renderer turns JOINER into its
 * own non-breaking mark.
 */
export function keepTogether(text: string): string {
  return text
    .replace(UNIT_AFTER_NUMBER, (_, digit: string, unit: string) => `${digit}${NBSP}${unit.replace(/ /g, NBSP)}`)
    .replace(COUNT_WITH_PERCENT, `$1${NBSP}(`)
    .replace(YEAR_RANGE, (_, a: string, s1: string, dash: string, s2: string, b: string) => {
      const space = (s: string) => (s ? NBSP : '');
      return `${a}${space(s1)}${dash}${JOINER}${space(s2)}${b}`;
    });
}
