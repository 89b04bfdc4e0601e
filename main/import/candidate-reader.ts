/**
 * A candidate list (danh sách hiệp thương / bầu cử) from .xlsx or .csv: STT, Họ và tên, Ngày sinh or
 * Năm sinh; Chức vụ / Đơn vị and anything else are ignored (the printed order is decided by the
 * Vietnamese alphabetical rule, not by the file's STT). Same header recognition and row-error
 * reporting as the roster; nothing is written here.
 */
import type { RosterField } from '../../shared/domain/delegate';
import { ImportFileError } from './file-error';
import { type AliasTable, type HeaderOptions, detectHeader } from './header-detection';
import { ROSTER_HEADER_ALIASES } from './roster-columns';
import { type RosterRowError, columnRef } from './roster-preview-rows';
import { displayText, parseBirthDate, textValue, tooLong } from './roster-values';
import { type Sheet, readListSheets } from './sheet-reader';

type CandidateField = Extract<RosterField, 'ordinal' | 'fullName' | 'birthDate' | 'position' | 'unit'>;

const ALIASES: AliasTable<CandidateField> = {
  ordinal: ROSTER_HEADER_ALIASES.ordinal,
  fullName: [...ROSTER_HEADER_ALIASES.fullName, 'Họ và tên người ứng cử', 'Họ và tên người được giới thiệu', 'Họ tên ứng viên'],
  birthDate: ROSTER_HEADER_ALIASES.birthDate,
  position: ROSTER_HEADER_ALIASES.position,
  unit: ROSTER_HEADER_ALIASES.unit,
};

const HEADER_OPTIONS: HeaderOptions<CandidateField> = {
  aliases: ALIASES,
  required: 'fullName',
  minFields: 1,
  scanRows: 30,
  splits: { fullName: ['Họ', 'Họ đệm', 'Họ và đệm', 'Họ và tên đệm', 'Tên'] },
};

const NAME_MAX = 200;
/** The column-number row some templates put under the header: (1) (2) (3)… */
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

export interface CandidateRow {
  row: number;
  name: string;
  birthDate: string | null;
}

export interface CandidateList {
  fileName: string;
  candidates: CandidateRow[];
  errors: RosterRowError[];
}

/** Column index → field, replacing what was detected (the roster mapping, other fields ignored). */
export type CandidateMapping = Record<number, RosterField | null>;

export async function readCandidates(
  bytes: Uint8Array,
  fileName: string,
  mapping?: CandidateMapping,
  now = new Date(),
): Promise<CandidateList> {
  const sheets = await readListSheets(bytes, fileName);
  const found = findHeader(sheets);
  if (!found) {
    throw new ImportFileError('NO_HEADER_ROW', 'listFile.noCandidateHeader', { fileName, rows: HEADER_OPTIONS.scanRows });
  }
  const { sheet, header } = found;
  const columns = header.columns.map((c) => {
    let field: CandidateField | null = c.field;
    if (mapping && Object.hasOwn(mapping, c.index)) {
      const mapped = mapping[c.index] ?? null;
      field = mapped === null || mapped in ALIASES ? (mapped as CandidateField | null) : null;
    }
    return { index: c.index, field, ref: columnRef(c.index, c.header) };
  });
  const nameColumns = columns.filter((c) => c.field === 'fullName');
  if (nameColumns.length === 0) {
    throw new ImportFileError('NO_NAME_COLUMN', 'listFile.noNameColumn', { fileName });
  }
  const birthColumn = columns.find((c) => c.field === 'birthDate');
  const candidates: CandidateRow[] = [];
  const errors: RosterRowError[] = [];
  for (const row of sheet.rows.slice(header.dataStart)) {
    const parts = nameColumns.map((c) => textValue(row.cells[c.index] ?? null)).filter((t): t is string => t !== null);
    const name = parts.join(' ');
    const birthCell = birthColumn ? (row.cells[birthColumn.index] ?? null) : null;
    const birthText = birthCell === null ? '' : displayText(birthCell);
    if (!name && !birthText) continue; // a numbered but empty template row, or notes in other columns
    if (COLUMN_NUMBER.test(name)) continue;
    const rowErrors: RosterRowError[] = [];
    const nameColumn = nameColumns[0]!.ref;
    if (!name) rowErrors.push({ row: row.row, column: nameColumn, key: 'listRow.noName' });
    const long = tooLong(name, NAME_MAX);
    if (long) rowErrors.push({ row: row.row, column: nameColumn, ...long });
    let birthDate: string | null = null;
    if (birthColumn) {
      const parsed = parseBirthDate(birthCell, now);
      if (parsed.ok) birthDate = parsed.value;
      else rowErrors.push({ row: row.row, column: birthColumn.ref, ...parsed.problem });
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else candidates.push({ row: row.row, name, birthDate });
  }
  return { fileName, candidates, errors };
}

function findHeader(sheets: readonly Sheet[]) {
  for (const sheet of sheets) {
    const header = detectHeader(sheet.rows, HEADER_OPTIONS);
    if (header) return { sheet, header };
  }
  return null;
}
