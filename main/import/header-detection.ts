/**
 * Finds the header row of a table typed by people: below title rows and merged banners, with
 * spelling variants, upper case, NFD text and notes in parentheses. Generic over the fields: the
 * roster passes its alias table, a candidate-list importer can pass another.
 */
import { foldForSearch } from '../../shared/domain/vietnamese-text';
import { type CellValue, type SheetRow, isBlank } from './sheet-reader';

export type AliasTable<F extends string> = Readonly<Record<F, readonly string[]>>;

export interface HeaderOptions<F extends string> {
  aliases: AliasTable<F>;
  /** A row is the header only if it has this field (e.g. the name column). */
  required: F;
  /** …and at least this many distinct fields. */
  minFields: number;
  /** How many non-blank rows from the top to look at. */
  scanRows: number;
  /**
   * Fields whose header may span sub-columns on the next row, e.g. "Năm sinh" over "Nam" | "Nữ":
   * the sub-column labels, in order; a matched column gets `sub` = the label's position.
   */
  splits?: Partial<Record<F, readonly string[]>>;
}

export interface DetectedColumn<F extends string> {
  index: number;
  /** The header as typed (normalised), with the sub-label appended for split columns. */
  header: string;
  field: F | null;
  /** For a split column, which sub-label it is under; otherwise null. */
  sub: number | null;
}

export interface HeaderMatch<F extends string> {
  /** Sheet row number of the header (the first row, when it spans two). */
  headerRow: number;
  /** Index into the rows array of the first data row. */
  dataStart: number;
  columns: DetectedColumn<F>[];
}

/**
 * Folds a header for comparison: no case, no diacritics, no "(dd/mm/yyyy)" notes, no punctuation;
 * dots vanish rather than split, so the abbreviation "S.T.T" is "stt".
 */
export function foldHeader(text: string): string {
  return foldForSearch(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '))
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

type Matcher<F extends string> = (folded: string) => F | null;

/**
 * Exact alias first; otherwise the longest alias of two words or more that starts the header
 * ("Họ và tên đại biểu dự Đại hội" → fullName). One-word aliases ("Tổ", "Mã", "Đoàn") only match
 * exactly, so that "Tổ chức đề cử" or "Đoàn thể" do not become the group column.
 */
export function aliasMatcher<F extends string>(aliases: AliasTable<F>): Matcher<F> {
  const exact = new Map<string, F>();
  const prefixes: [string, F][] = [];
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) {
      const folded = foldHeader(alias);
      exact.set(folded, field);
      if (folded.includes(' ')) prefixes.push([`${folded} `, field]);
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return (folded) => {
    if (!folded) return null;
    const hit = exact.get(folded);
    if (hit) return hit;
    return prefixes.find(([p]) => folded.startsWith(p))?.[1] ?? null;
  };
}

/**
 * Each field goes to its leftmost column; a later column with another header for the same field
 * stays unmapped. A column repeating its left neighbour's header exactly is the same merged cell
 * (exceljs copies the master's value), e.g. "Họ và tên" spread over the family and given names.
 */
function mapRow<F extends string>(cells: readonly CellValue[], match: Matcher<F>): DetectedColumn<F>[] {
  const taken = new Set<F>();
  const columns: DetectedColumn<F>[] = [];
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    const left = columns[index - 1];
    if (header && left && left.header === header) {
      columns.push({ index, header, field: left.field, sub: null });
      return;
    }
    const field = match(foldHeader(header));
    const free = field !== null && !taken.has(field);
    if (free) taken.add(field);
    columns.push({ index, header, field: free ? field : null, sub: null });
  });
  return columns;
}

export function detectHeader<F extends string>(rows: readonly SheetRow[], options: HeaderOptions<F>): HeaderMatch<F> | null {
  const match = aliasMatcher(options.aliases);
  const limit = Math.min(rows.length, options.scanRows);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    const columns = mapRow(row.cells, match);
    const fields = new Set(columns.flatMap((c) => (c.field ? [c.field] : [])));
    if (!fields.has(options.required) || fields.size < options.minFields) continue;
    const next = rows[i + 1];
    const consumed = next && next.row === row.row + 1 ? applySplits(row, next, columns, match, options) : false;
    return { headerRow: row.row, dataStart: i + (consumed ? 2 : 1), columns };
  }
  return null;
}

/**
 * The two-level header: a parent cell ("Năm sinh", merged or followed by blanks) over sub-labels
 * ("Nam" | "Nữ"). When the row below holds such sub-labels it is part of the header; any other
 * header text on it fills columns that the top row left blank (merged vertically elsewhere).
 * Returns whether the row below was consumed.
 */
function applySplits<F extends string>(
  top: SheetRow,
  below: SheetRow,
  columns: DetectedColumn<F>[],
  match: Matcher<F>,
  options: HeaderOptions<F>,
): boolean {
  const splits: Partial<Record<F, readonly string[]>> = options.splits ?? {};
  const width = Math.max(columns.length, below.cells.length);
  for (let index = columns.length; index < width; index++) columns.push({ index, header: '', field: null, sub: null });
  // Group the columns under each parent cell (a non-blank top cell and the blanks or merged
  // copies to its right) and collect the sub-labels found below it.
  const groups: { field: F | null; header: string; subs: { index: number; sub: number; text: string }[] }[] = [];
  for (let index = 0; index < width; index++) {
    const topCell = top.cells[index] ?? null;
    const topText = cellText(topCell);
    const current = groups[groups.length - 1];
    if (!isBlank(topCell) && !(current && current.header === topText)) {
      groups.push({ field: match(foldHeader(topText)), header: topText, subs: [] });
    }
    const group = groups[groups.length - 1];
    const labels = group?.field ? splits[group.field] : undefined;
    if (!group || !labels) continue;
    const text = cellText(below.cells[index] ?? null);
    const sub = labels.findIndex((l) => foldHeader(l) === foldHeader(text));
    if (sub >= 0) group.subs.push({ index, sub, text });
  }
  // Two different labels under one parent, or it is just a data row that says "Nam" under "Giới tính".
  let consumed = false;
  for (const group of groups) {
    if (!group.field || new Set(group.subs.map((s) => s.sub)).size < 2) continue;
    consumed = true;
    for (const { index, sub, text } of group.subs) {
      columns[index] = { index, header: `${group.header} – ${text}`, field: group.field, sub };
    }
  }
  if (!consumed) return false;
  // Vertically merged headers (STT, Họ và tên…) repeat or leave blank on the lower row; a header
  // that only appears on the lower row is taken if its field is still free.
  const taken = new Set(columns.flatMap((c) => (c.field ? [c.field] : [])));
  below.cells.forEach((cell, index) => {
    const existing = columns[index];
    if (existing && existing.field !== null) return;
    const header = cellText(cell);
    const field = match(foldHeader(header));
    if (field && !taken.has(field)) {
      taken.add(field);
      columns[index] = { index, header, field, sub: null };
    }
  });
  return true;
}
