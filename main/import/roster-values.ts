/**
 * One roster cell → one typed value, or what was expected, by key (shared/i18n/vi-list-files.ts).
 * Each parser receives the raw cell (string, number, Date… as the file gave it), so that Excel
 * dates and serial numbers are not first turned into text and then misread.
 */
import type { DelegateKind, DelegateStatus, Gender } from '../../shared/domain/delegate';
import { foldForSearch, normalizeText } from '../../shared/domain/vietnamese-text';
import type { KeyedProblem, SharedKey } from '../../shared/i18n/translator';
import { repairLegacyText } from './legacy-encoding';
import type { CellValue } from './sheet-reader';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: KeyedProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
/** The cell is quoted as the user reads it in Excel. */
const fail = <T>(key: SharedKey, value: CellValue): Parsed<T> => ({ ok: false, problem: { key, params: { value: displayText(value) } } });

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The length limits of the delegate schema (shared/contract/schemas.ts), checked here so a bad row is named. */
export const TEXT_LIMITS = {
  code: 40,
  fullName: 200,
  ethnicity: 100,
  religion: 100,
  education: 200,
  position: 500,
  unit: 500,
  group: 100,
  seat: 40,
} as const;

/** A cell as the user would read it: numbers without ".0", dates as dd/mm/yyyy, text normalised. */
export function displayText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) {
    const d = utcDay(value);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return normalizeText(value);
}

/** Free text (names, units…): normalised, legacy TCVN3/VNI converted, empty → null. */
export function textValue(value: CellValue): string | null {
  const text = displayText(value);
  if (!text) return null;
  const repaired = repairLegacyText(text);
  return repaired.encoding ? normalizeText(repaired.text) : text;
}

/**
 * Excel turns "12/12" typed in an education column into 12 December of the current year; the
 * organiser meant the school grade, so a date there is read back as day/month.
 */
export function educationValue(value: CellValue): string | null {
  if (value instanceof Date) {
    const d = utcDay(value);
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
  }
  return textValue(value);
}

export function tooLong(text: string, max: number): KeyedProblem | null {
  return text.length > max ? { key: 'listRow.tooLong', params: { length: text.length, max } } : null;
}

/**
 * Folded and without a leading "đại biểu"/"ĐB", which some files prefix to every category.
 * Memoised: a roster repeats the same few categories thousands of times.
 */
const foldedCategories = new Map<string, string>();
function foldCategory(value: CellValue): string {
  const text = displayText(value);
  let out = foldedCategories.get(text);
  if (out === undefined) {
    out = foldForSearch(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/^(dai bieu|db) /, '')
      .trim();
    if (foldedCategories.size > 5_000) foldedCategories.clear();
    foldedCategories.set(text, out);
  }
  return out;
}

function lookup<T>(table: Record<string, readonly string[]>, folded: string): T | null {
  for (const [value, words] of Object.entries(table)) if (words.includes(folded)) return value as T;
  return null;
}

const GENDERS: Record<Gender, readonly string[]> = {
  male: ['nam', 'm', 'male', 'trai'],
  female: ['nu', 'f', 'female', 'gai'],
};

export function parseGender(value: CellValue): Parsed<Gender | null> {
  const folded = foldCategory(value);
  if (!folded) return ok(null);
  const gender = lookup<Gender>(GENDERS, folded);
  return gender ? ok(gender) : fail('listRow.badGender', value);
}

const KINDS: Record<DelegateKind, readonly string[]> = {
  ex_officio: ['duong nhien', 'dn'],
  nominated: ['hiep thuong cu', 'duoc hiep thuong cu', 'hiep thuong', 'duoc cu', 'cu', 'bau', 'duoc bau', 'bau cu'],
  appointed: ['chi dinh', 'duoc chi dinh'],
};

export function parseKind(value: CellValue): Parsed<DelegateKind | null> {
  const folded = foldCategory(value);
  if (!folded) return ok(null);
  const kind = lookup<DelegateKind>(KINDS, folded);
  return kind ? ok(kind) : fail('listRow.badKind', value);
}

const STATUSES: Record<DelegateStatus, readonly string[]> = {
  official: ['chinh thuc', 'ct'],
  alternate: ['du khuyet', 'dk'],
  guest: ['khach moi', 'khach', 'km'],
};

/** An empty status means an official delegate: that is what a plain list of names is. */
export function parseStatus(value: CellValue): Parsed<DelegateStatus> {
  const folded = foldCategory(value);
  if (!folded) return ok('official');
  const status = lookup<DelegateStatus>(STATUSES, folded);
  return status ? ok(status) : fail('listRow.badStatus', value);
}

const PARTY_YES = [
  'x',
  'v',
  'co',
  'dang vien',
  'dv',
  'dcsvn',
  'dcs',
  'dang csvn',
  'dang cong san viet nam',
  'dcs viet nam',
  '1',
  'true',
  'yes',
  'y',
];
const PARTY_NO = ['0', 'khong', 'ko', 'k', 'ngoai dang', 'quan chung', 'khong dang phai', 'false', 'no', 'n'];
const TICKS = /^[✓✔√☑]$/u;

/**
 * Empty means "not a member", both under "Đảng viên (x)" and under "Đảng phái". A date or a year
 * counts as yes: many lists write the date of joining the Party in that column.
 */
export function parsePartyMember(value: CellValue, now = new Date()): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const text = displayText(value);
  if (!text || /^[-–—.]$/.test(text)) return ok(false);
  if (TICKS.test(text)) return ok(true);
  const folded = foldCategory(value);
  if (PARTY_YES.includes(folded)) return ok(true);
  if (PARTY_NO.includes(folded)) return ok(false);
  if (value instanceof Date || parseBirthDate(value, now).ok) return ok(true);
  return fail('listRow.badPartyMember', value);
}

/** Code as typed, upper-cased ("db012" and "DB012" are the same card); empty → null. */
export function codeValue(value: CellValue): string | null {
  const text = displayText(value);
  return text ? text.toUpperCase() : null;
}

// ---------------------------------------------------------------- dates

/** exceljs builds dates from floating-point serials; snap to the UTC day they mean. */
function utcDay(date: Date): Date {
  return new Date(Math.floor((date.getTime() + 1000) / DAY_MS) * DAY_MS);
}

/** Excel's day 1 is 1900-01-01 and it counts a 29/02/1900 that never was, hence the two epochs. */
function fromSerial(serial: number): Date {
  const days = Math.floor(serial + 1e-6);
  return new Date((days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31)) + days * DAY_MS);
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function isoDate(year: number, month: number, day: number, now: Date): string | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || t > now.getTime()) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isoYear(year: number, now: Date): string | null {
  return year >= 1900 && year <= now.getUTCFullYear() ? pad(year, 4) : null;
}

function fromDate(date: Date, now: Date): string | null {
  const d = utcDay(date);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), now);
}

/**
 * A year typed into a date-formatted cell is stored as serial 1970, shown as 23/05/1905: nobody
 * born in 1905 comes to a congress, so a date cell whose serial is a plausible year is that year.
 */
function yearInDateCell(date: Date, now: Date): string | null {
  const serial = (date.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
  return Math.abs(serial - Math.round(serial)) < 1e-6 ? isoYear(Math.round(serial), now) : null;
}

/**
 * Birth date or year → ISO `YYYY-MM-DD` / `YYYY`. Accepts Excel dates, serial numbers, a four-digit
 * year (number or text), dd/mm/yyyy with / - or . and yyyy-mm-dd. Impossible dates, years before
 * 1900 and dates in the future are refused rather than guessed.
 */
export function parseBirthDate(value: CellValue, now = new Date()): Parsed<string | null> {
  if (value === null || (typeof value === 'string' && !normalizeText(value))) return ok(null);
  const result = birthDateOf(value, now);
  return result ? ok(result) : fail('listRow.badBirthDate', value);
}

function birthDateOf(value: CellValue, now: Date): string | null {
  if (value instanceof Date) return yearInDateCell(value, now) ?? fromDate(value, now);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1000 && value <= 9999) return isoYear(value, now);
    return value > 0 && value < 2_958_466 ? fromDate(fromSerial(value), now) : null;
  }
  if (typeof value !== 'string') return null;
  const text = normalizeText(value).replace(TIME_SUFFIX, '');
  if (/^\d{4}$/.test(text)) return isoYear(Number(text), now);
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromDate(fromSerial(Number(text)), now);
  const dmy = DMY.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), now);
  const ymd = YMD.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), now);
  return null;
}
