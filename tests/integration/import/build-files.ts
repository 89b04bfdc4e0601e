/**
 * Builds real roster files for the import tests: xlsx through exceljs (as Excel would save them),
 * CSV bytes in the encodings Excel writes, and a plain zip for "a zip that is not a workbook".
 */
import ExcelJS from 'exceljs';
import { encodeText } from '../../../main/demo/roster-file';
import { type RosterPreview, readRoster } from '../../../main/import/roster-reader';
import { type ListRowProblem, t } from '../../../shared/i18n/translator';
import { listColumnText } from '../../../shared/i18n/messages';

export type Cell = ExcelJS.CellValue | undefined;

export interface SheetSpec {
  name?: string;
  /** rows[0] is sheet row 1; null/undefined cells stay empty. */
  rows: Cell[][];
  /** Ranges to merge, e.g. "A1:F1". */
  merges?: string[];
  /** Per-cell number formats, e.g. { E6: 'dd/mm/yyyy' }. */
  formats?: Record<string, string>;
}

export async function xlsx(...sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((spec, s) => {
    const ws = workbook.addWorksheet(spec.name ?? `Sheet${s + 1}`);
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    for (const [address, format] of Object.entries(spec.formats ?? {})) ws.getCell(address).numFmt = format;
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** Rows joined with the delimiter, no quoting (tests put no delimiter inside values unless quoted by hand). */
export function csv(rows: string[][], encoding: CsvEncoding = 'utf-8-bom', delimiter = ','): Buffer {
  const text = rows.map((r) => r.join(delimiter)).join('\r\n') + '\r\n';
  // Big-endian UTF-16 is not one Excel writes, but other tools do: the importer must read it too.
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return encodeText(text, encoding);
}

/** A valid zip archive with stored (uncompressed) entries. */
export { zip } from '../../helpers/zip';

/** Deterministic pseudo-random bytes (xorshift), so a failure reproduces. */
export function noise(length: number, seed = 12345): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The usual two title rows above a header, as organisers make them. */
export const TITLE_ROWS: Cell[][] = [['ỦY BAN MTTQ VIỆT NAM PHƯỜNG HÒA BÌNH'], ['DANH SÁCH ĐẠI BIỂU DỰ ĐẠI HỘI']];

export function rowOf(preview: RosterPreview, row: number) {
  const found = preview.rows.find((r) => r.row === row);
  if (!found) throw new Error(`row ${row} not in preview (rows: ${preview.rows.map((r) => r.row).join(', ')})`);
  return found;
}

export function delegateAt(preview: RosterPreview, row: number) {
  const found = rowOf(preview, row);
  if (!found.delegate) throw new Error(`row ${row} has errors: ${JSON.stringify(found.errors)}`);
  return found.delegate;
}

/** Bad cells as the window words them in Vietnamese (shared/i18n/translator.ts): what the user reads. */
export function worded(errors: readonly ListRowProblem[]) {
  return errors.map((e) => ({ row: e.row, column: listColumnText('vi', e.column), message: t('vi', e.key, e.params) }));
}

export { readRoster };
