/**
 * A cell of an exported spreadsheet, typed, and how .xlsx and .csv each write it (docs/exports.md,
 * Spreadsheets): in .xlsx a date is a date, a time a date-time, a percentage a number, all with Vietnamese
 * formats, and text is text as typed (an .xlsx string cell is never run as a formula); in .csv dates are
 * ISO (no locale reads 2026-12-07 as 12 July) and text goes through the formula guard.
 */
import type ExcelJS from 'exceljs';
import { vietnamTime } from '../../shared/domain/hall-time';
import { safeCell } from '../../shared/domain/spreadsheet-safe';

export type SheetCell =
  | string
  | number
  | null
  /** A birth date, ISO `YYYY-MM-DD` or a bare year `YYYY`. */
  | { date: string | null }
  /** A stored UTC timestamp, shown as the hall's wall clock. */
  | { stamp: string | null }
  /** Hundredths of a percent, as the tally gives them (8750 = 87,50 %). */
  | { percent: number };

export const DATE_FORMAT = 'dd/mm/yyyy';
export const STAMP_FORMAT = 'dd/mm/yyyy hh:mm:ss';
export const PERCENT_FORMAT = '0.00%';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel keeps no time zone: a date-time is stored as the wall clock it is to show, written here as UTC. */
function wallClock(iso: string): Date | null {
  const v = vietnamTime(iso);
  const ms = Date.parse(`${v.includes('T') ? v.slice(0, 19) : v}Z`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

function xlsxValue(cell: SheetCell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: '' };
  if (typeof cell !== 'object') return { value: cell };
  if ('percent' in cell) return { value: cell.percent / 10000, numFmt: PERCENT_FORMAT };
  if ('stamp' in cell) {
    const at = cell.stamp ? wallClock(cell.stamp) : null;
    return at ? { value: at, numFmt: STAMP_FORMAT } : { value: '' };
  }
  if (!cell.date) return { value: '' };
  // a bare year stays a number: there is no day to show
  if (!FULL_DATE.test(cell.date)) return { value: Number(cell.date) || cell.date };
  return { value: new Date(`${cell.date}T00:00:00Z`), numFmt: DATE_FORMAT };
}

/** Adds a row of typed cells, each with its number format. */
export function addTypedRow(ws: ExcelJS.Worksheet, cells: readonly SheetCell[]): ExcelJS.Row {
  const typed = cells.map(xlsxValue);
  const row = ws.addRow(typed.map((c) => c.value));
  typed.forEach((c, i) => {
    if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
  });
  return row;
}

/** "87,50 %": a CSV has no number format, and no decimal mark reads the same in every locale. */
function csvPercent(hundredths: number): string {
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')} %`;
}

/** The cell as a CSV writes it: ISO dates and times, bare numbers (no thousands separator), guarded text. */
export function csvValue(cell: SheetCell): string | number {
  if (cell === null) return '';
  if (typeof cell !== 'object') return safeCell(cell);
  if ('percent' in cell) return csvPercent(cell.percent);
  if ('stamp' in cell) return cell.stamp ? vietnamTime(cell.stamp).replace('T', ' ').slice(0, 19) : '';
  return cell.date ?? '';
}
