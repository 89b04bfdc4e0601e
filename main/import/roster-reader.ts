/**
 * The delegate roster importer: an .xlsx or .csv as organisers make it → a preview of every row,
 * valid or not, with nothing written anywhere. The service decides what to import.
 *
 * Column indexes are 0-based (A = 0) everywhere: in `columns`, and as keys of a `RosterMapping`.
 */
import type { RosterField } from '../../shared/domain/delegate';
import { ImportFileError } from './file-error';
import { type DetectedColumn, detectHeader } from './header-detection';
import { ROSTER_HEADER_OPTIONS } from './roster-columns';
import { type ColumnPlan, readRosterRows } from './roster-rows';
import { type Sheet, type SheetRow, columnLetter, isBlank, readListSheets } from './sheet-reader';
import { type RosterColumn, type RosterRow, type RosterRowError, columnRef } from './roster-preview-rows';

export { MAX_ROSTER_BYTES } from '../../shared/domain/file-limits';
export { ImportFileError as RosterFileError } from './file-error';
export type { ImportFileErrorCode as RosterFileErrorCode } from './file-error';
export type { RosterColumn, RosterRow, RosterRowError } from './roster-preview-rows';

export interface RosterPreview {
  fileName: string;
  sheetName: string | null;
  /** Sheet row number (1-based, title rows counted) of the header. */
  headerRow: number;
  columns: RosterColumn[];
  /** Non-blank data rows only, in file order. */
  rows: RosterRow[];
  validCount: number;
  errorCount: number;
  /** Every error of every row. */
  errors: RosterRowError[];
}

/** Column index → field, replacing what was detected for that column; null ignores the column. */
export type RosterMapping = Record<number, RosterField | null>;

export async function readRoster(bytes: Uint8Array, fileName: string, mapping?: RosterMapping): Promise<RosterPreview> {
  const sheets = await readListSheets(bytes, fileName);
  const found = findHeader(sheets);
  if (!found) {
    throw new ImportFileError('NO_HEADER_ROW', 'listFile.noRosterHeader', { fileName, rows: ROSTER_HEADER_OPTIONS.scanRows });
  }
  const { sheet, headerRow, dataStart, detected } = found;
  const dataRows = sheet.rows.slice(dataStart);
  const plan = planColumns(detected, dataRows, mapping);
  if (!plan.some((c) => c.field === 'fullName')) {
    throw new ImportFileError('NO_NAME_COLUMN', 'listFile.noNameColumn', { fileName });
  }
  const rows = readRosterRows(dataRows, plan);
  const validCount = rows.filter((r) => r.delegate !== null).length;
  return {
    fileName,
    sheetName: sheet.name,
    headerRow,
    columns: plan.map(({ index, letter, header, field }) => ({ index, letter, header, field })),
    rows,
    validCount,
    errorCount: rows.length - validCount,
    errors: rows.flatMap((r) => r.errors),
  };
}

/** The first worksheet that has a header row: workbooks often start with a cover or a summary sheet. */
function findHeader(sheets: readonly Sheet[]) {
  for (const sheet of sheets) {
    const header = detectHeader(sheet.rows, ROSTER_HEADER_OPTIONS);
    if (header) return { sheet, headerRow: header.headerRow, dataStart: header.dataStart, detected: header.columns };
  }
  return null;
}

/**
 * Every column that has a header or any data, with the detected field unless the mapping says
 * otherwise. A column the mapping gives another field loses its sub-column (Nam/Nữ) meaning.
 */
function planColumns(
  detected: readonly DetectedColumn<RosterField>[],
  dataRows: readonly SheetRow[],
  mapping: RosterMapping | undefined,
): ColumnPlan[] {
  let width = 0;
  detected.forEach((c) => {
    if (c.header) width = Math.max(width, c.index + 1);
  });
  for (const row of dataRows) {
    for (let i = row.cells.length - 1; i >= width; i--) {
      if (!isBlank(row.cells[i] ?? null)) {
        width = i + 1;
        break;
      }
    }
  }
  const plan: ColumnPlan[] = [];
  for (let index = 0; index < width; index++) {
    const found = detected[index];
    const header = found?.header ?? '';
    let field = found?.field ?? null;
    let sub = found?.sub ?? null;
    if (mapping && Object.hasOwn(mapping, index)) {
      const mapped = mapping[index] ?? null;
      if (mapped !== field) sub = null;
      field = mapped;
    }
    plan.push({ index, letter: columnLetter(index), header, field, sub, ref: columnRef(index, header) });
  }
  return plan;
}
