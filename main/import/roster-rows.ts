/**
 * Sheet rows → roster rows: every cell read by the parser of the field its column is mapped to,
 * every problem reported with the row number and column the user sees in Excel.
 */
import type { DelegateInput, Gender, RosterField } from '../../shared/domain/delegate';
import { foldForSearch } from '../../shared/domain/vietnamese-text';
import type { KeyedProblem } from '../../shared/i18n/translator';
import { aliasMatcher, foldHeader } from './header-detection';
import { GENDER_SUB, JOIN_WITH_SPACE, ROSTER_HEADER_ALIASES } from './roster-columns';
import type { ColumnRef, RosterColumn, RosterRow, RosterRowError } from './roster-preview-rows';
import {
  type Parsed,
  TEXT_LIMITS,
  codeValue,
  displayText,
  educationValue,
  parseBirthDate,
  parseGender,
  parseKind,
  parsePartyMember,
  parseStatus,
  textValue,
  tooLong,
} from './roster-values';
import { type CellValue, type SheetRow, isBlank } from './sheet-reader';

/** A column as rows are read: the public description plus its sub-column and its name in messages. */
export interface ColumnPlan extends RosterColumn {
  sub: number | null;
  ref: ColumnRef;
}

interface Cell {
  column: ColumnPlan;
  value: CellValue;
}

const matchHeader = aliasMatcher(ROSTER_HEADER_ALIASES);
/** The column-number row some templates put under the header: (1) (2) (3)… or 1 2 3… */
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
/**
 * Totals and signature lines below the table, typed into the name column. Two words at least:
 * "Công" and "Tống" alone are family names (Công Tằng Tôn Nữ…).
 */
const FOOTER = /^(tong cong|tong so|cong\s*:|an dinh danh sach|danh sach (nay|co|gom)|nguoi lap)/;

const SIMPLE_TEXT = ['ethnicity', 'religion', 'position', 'unit', 'group', 'seat'] as const;

export function readRosterRows(rows: readonly SheetRow[], columns: readonly ColumnPlan[], now = new Date()): RosterRow[] {
  const byField = new Map<RosterField, ColumnPlan[]>();
  for (const c of columns) if (c.field) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  const content = columns.filter((c) => c.field !== null && c.field !== 'ordinal');
  const codeColumn = byField.get('code')?.[0];
  const firstRowOfCode = new Map<string, number>();
  const out: RosterRow[] = [];

  for (const row of rows) {
    // Blank rows, rows with only an STT, and the column-number row under the header are not delegates.
    if (content.every((c) => isBlank(row.cells[c.index] ?? null))) continue;
    if (out.length === 0 && isColumnNumberRow(row)) continue;
    if (isSectionRow(row, content)) continue;
    const read = readRow(row, byField, now);
    if (!read) continue;
    const { delegate, errors } = read;
    if (delegate.code && codeColumn) {
      const first = firstRowOfCode.get(delegate.code);
      if (first === undefined) firstRowOfCode.set(delegate.code, row.row);
      else
        errors.push({
          row: row.row,
          column: codeColumn.ref,
          key: 'listRow.duplicateCode',
          params: { code: delegate.code, firstRow: first },
        });
    }
    out.push({ row: row.row, delegate: errors.length ? null : delegate, errors });
  }
  return out;
}

/**
 * Section titles inside the table ("I. ĐẠI BIỂU ĐƯƠNG NHIÊN", "III. Khách mời"): a cell merged
 * across the row (exceljs repeats its text in every column), or a lone cell numbered like a heading
 * or naming a category of delegates.
 */
const SECTION_NUMBER = /^([IVXLC]+|[A-Z]|\d{1,2})[.)]\s/;
const SECTION_WORDS = /^(dai bieu|khach moi|thanh phan|danh sach)\b/;

function isSectionRow(row: SheetRow, content: readonly ColumnPlan[]): boolean {
  const filled = content.map((c) => row.cells[c.index] ?? null).filter((v) => !isBlank(v));
  const first = displayText(filled[0] ?? null);
  // Three at least: a name merged over the two cells of a split name column is not a section.
  if (filled.length > 2) return filled.every((v) => displayText(v) === first);
  if (filled.length > 1) return false;
  return SECTION_NUMBER.test(first) || SECTION_WORDS.test(foldForSearch(first));
}

function isColumnNumberRow(row: SheetRow): boolean {
  const filled = row.cells.filter((c) => !isBlank(c));
  return filled.length >= 3 && filled.every((c) => COLUMN_NUMBER.test(displayText(c)));
}

/** Reads one row; null when it is a repeated header or a footer line rather than a delegate. */
function readRow(
  row: SheetRow,
  byField: ReadonlyMap<RosterField, ColumnPlan[]>,
  now: Date,
): { delegate: DelegateInput; errors: RosterRowError[] } | null {
  const found: { index: number; error: RosterRowError }[] = [];
  const report = (column: ColumnPlan, problem: KeyedProblem) =>
    found.push({ index: column.index, error: { row: row.row, column: column.ref, ...problem } });
  const cells = (field: RosterField): Cell[] =>
    (byField.get(field) ?? []).flatMap((column) => {
      const value = row.cells[column.index] ?? null;
      return isBlank(value) ? [] : [{ column, value }];
    });

  function typed<T>(field: RosterField, parse: (value: CellValue) => Parsed<T>, empty: T): T {
    const first = cells(field)[0];
    if (!first) return empty;
    const parsed = parse(first.value);
    if (parsed.ok) return parsed.value;
    report(first.column, parsed.problem);
    return empty;
  }

  function text(field: keyof typeof TEXT_LIMITS, read: (value: CellValue) => string | null = textValue): string | null {
    // A value merged across two columns mapped to the same field arrives twice: keep it once.
    const parts = cells(field).flatMap((c, i, all) => {
      const t = read(c.value);
      const copy = i > 0 && c.column.index === all[i - 1]!.column.index + 1 && c.value === all[i - 1]!.value;
      return t && !copy ? [{ column: c.column, text: t }] : [];
    });
    if (!parts[0]) return null;
    const joined = parts.map((p) => p.text).join(JOIN_WITH_SPACE.has(field) ? ' ' : ', ');
    const problem = tooLong(joined, TEXT_LIMITS[field]);
    if (problem) report(parts[0].column, problem);
    return joined;
  }

  const fullName = text('fullName');
  if (fullName) {
    const folded = foldForSearch(fullName);
    if (matchHeader(foldHeader(fullName)) === 'fullName' || FOOTER.test(folded)) return null;
  }
  const nameColumn = byField.get('fullName')?.[0];
  if (nameColumn && !fullName) report(nameColumn, { key: 'listRow.noName' });
  if (nameColumn && fullName && (/\d/.test(fullName) || !/\p{L}/u.test(fullName))) {
    report(nameColumn, { key: 'listRow.nameHasDigits', params: { value: fullName } });
  }

  const code = codeValue(cells('code')[0]?.value ?? null);
  const codeColumn = byField.get('code')?.[0];
  const codeProblem = code && codeColumn ? tooLong(code, TEXT_LIMITS.code) : null;
  if (codeProblem && codeColumn) report(codeColumn, codeProblem);

  const { gender, birthDate } = genderAndBirthDate(cells, typed, report, now);
  const partyMember = byField.has('partyMember') ? typed('partyMember', (v) => parsePartyMember(v, now), false) : null;

  const delegate: DelegateInput = {
    code,
    fullName: fullName ?? '',
    gender,
    birthDate,
    ethnicity: null,
    religion: null,
    partyMember,
    education: text('education', educationValue),
    position: null,
    unit: null,
    group: null,
    seat: null,
    kind: typed('kind', parseKind, null),
    status: typed('status', parseStatus, 'official'),
  };
  for (const field of SIMPLE_TEXT) delegate[field] = text(field);
  found.sort((a, b) => a.index - b.index);
  return { delegate, errors: found.map((f) => f.error) };
}

type Typed = <T>(field: RosterField, parse: (value: CellValue) => Parsed<T>, empty: T) => T;

/**
 * Gender comes from a gender column, a mark under "Giới tính: Nam | Nữ", or from which of the
 * "Năm sinh: Nam | Nữ" columns holds the date. When two of them disagree the row is refused.
 */
function genderAndBirthDate(
  cells: (field: RosterField) => Cell[],
  typed: Typed,
  report: (column: ColumnPlan, problem: KeyedProblem) => void,
  now: Date,
): { gender: Gender | null; birthDate: string | null } {
  const genderCells = cells('gender');
  const split = genderCells.filter((c) => c.column.sub !== null);
  let gender: Gender | null = null;
  if (split.length > 0) {
    if (split.length > 1) report(split[0]!.column, { key: 'listRow.bothGenders' });
    else gender = split[0]!.column.sub === GENDER_SUB.female ? 'female' : 'male';
  } else {
    gender = typed('gender', parseGender, null);
  }

  const dateCells = cells('birthDate');
  const bySex = dateCells.filter((c) => c.column.sub !== null);
  const first = dateCells[0];
  if (!first) return { gender, birthDate: null };
  if (bySex.length > 1) {
    report(first.column, { key: 'listRow.birthInBothColumns' });
    return { gender, birthDate: null };
  }
  const parsed = parseBirthDate(first.value, now);
  if (!parsed.ok) report(first.column, parsed.problem);
  const birthDate = parsed.ok ? parsed.value : null;
  if (first.column.sub === null) return { gender, birthDate };
  const fromColumn: Gender = first.column.sub === GENDER_SUB.female ? 'female' : 'male';
  if (gender && gender !== fromColumn) {
    report(first.column, {
      key: gender === 'male' ? 'listRow.maleNotColumn' : 'listRow.femaleNotColumn',
      params: { header: first.column.header },
    });
  }
  return { gender: gender ?? fromColumn, birthDate };
}
