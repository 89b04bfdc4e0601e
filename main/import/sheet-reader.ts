/**
 * Spreadsheet bytes → grids of cell values, one per worksheet, keeping the row numbers a user sees
 * in Excel. The format is decided by the bytes, not by the file name: organisers rename files, and
 * an old binary .xls renamed to .xlsx must still get the "save it again as .xlsx" message.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  MAX_ROSTER_BYTES,
  MAX_ROSTER_ROWS,
  MAX_XLSX_UNPACKED_BYTES,
  rosterTooLarge,
  rosterTooManyRows,
  xlsxUnpacksTooLarge,
  type FileLimitRefusal,
} from '../../shared/domain/file-limits';
import { ImportFileError } from './file-error';
import { unpackedZipSize } from './zip-size';
import type { SharedKey } from '../../shared/i18n/translator';

/** A size limit's refusal (shared/domain/file-limits.ts, the one the window checks too), thrown as a file error. */
const tooLarge = (refusal: FileLimitRefusal) => new ImportFileError('FILE_TOO_LARGE', refusal.key as SharedKey, refusal.params);

export type CellValue = string | number | boolean | Date | null;

/** `cells[0]` is column A. Only rows with at least one non-empty cell are kept. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

export interface Sheet {
  /** null for CSV, which has no sheet names. */
  name: string | null;
  rows: SheetRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: binary .xls (Excel 97–2003), and also password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** `key` says what the file is instead, where that can be told (an old .xls, an .ods). */
function unsupported(fileName: string, key: SharedKey = 'listFile.notSpreadsheet'): ImportFileError {
  return new ImportFileError('UNSUPPORTED_FORMAT', key, { fileName });
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Reads every worksheet (xlsx) or the single table (csv/txt). Refuses anything else. */
export async function readSheets(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (bytes.length === 0) throw new ImportFileError('EMPTY_FILE', 'listFile.empty', { fileName });
  if (startsWith(bytes, OLE_MAGIC)) throw unsupported(fileName, 'listFile.legacyXls');
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes, fileName);
  return [readCsv(bytes, fileName)];
}

// ---------------------------------------------------------------- xlsx

/** Zip entry names are stored uncompressed, so the package kind can be told from the raw bytes. */
function zipContains(bytes: Uint8Array, entry: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(entry, 0, 'latin1');
}

function unreadable(fileName: string): ImportFileError {
  return new ImportFileError('FILE_UNREADABLE', 'listFile.unreadable', { fileName });
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (!zipContains(bytes, 'xl/workbook.xml')) {
    throw unsupported(fileName, zipContains(bytes, 'opendocument.spreadsheet') ? 'listFile.ods' : undefined);
  }
  // Before unpacking anything: a zip bomb, or a million rows compressed into a small file.
  const unpacked = unpackedZipSize(bytes);
  if (unpacked === null) throw unreadable(fileName);
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw tooLarge(xlsxUnpacksTooLarge(fileName, unpacked));
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it really takes.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable(fileName);
  }
  return workbook.worksheets.map((ws) => {
    if (ws.rowCount > MAX_ROSTER_ROWS) throw tooLarge(rosterTooManyRows(fileName, MAX_ROSTER_ROWS));
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // row.values is 1-based and sparse; merged cells already carry their master's value.
      const values = row.values as unknown[];
      const cells: CellValue[] = [];
      for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]));
      if (cells.some((c) => !isBlank(c))) rows.push({ row: rowNumber, cells });
    });
    return { name: ws.name, rows };
  });
}

/** Formula → its cached result, rich text → plain text, hyperlink → its text, error → "#N/A". */
function xlsxCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) return xlsxCell(v.result);
  if ('text' in v) return xlsxCell(v.text);
  if (typeof v.error === 'string') return v.error;
  return null;
}

// ---------------------------------------------------------------- csv / txt

/**
 * BOM first (Excel writes UTF-8 with BOM for "CSV UTF-8" and UTF-16LE for "Unicode Text"); then
 * strict UTF-8; otherwise the Vietnamese Windows ANSI code page, which is what "CSV (Comma
 * delimited)" produces on a Vietnamese Windows.
 */
/**
 * What every list importer (roster, candidates) does first: the size limit (the same one and the same
 * message the window checks before sending the file), the sheets, and the refusal of an empty file.
 */
export async function readListSheets(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (bytes.length > MAX_ROSTER_BYTES) throw tooLarge(rosterTooLarge(fileName, bytes.length));
  const sheets = await readSheets(bytes, fileName);
  if (sheets.every((s) => s.rows.length === 0)) {
    throw new ImportFileError('EMPTY_FILE', 'listFile.onlyBlankRows', { fileName });
  }
  return sheets;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

/** Control characters (other than tab and line breaks) never occur in a text table. */
function looksBinary(text: string): boolean {
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}
const MARKUP = /^\s*<(?:!doctype|html|\?xml|table)/i;

const DELIMITERS = [',', ';', '\t'] as const;

function readCsv(bytes: Uint8Array, fileName: string): Sheet {
  const text = decodeText(bytes);
  // Web apps often export an HTML table named .xls; it is not a table we can trust to parse.
  if (looksBinary(text) || MARKUP.test(text)) throw unsupported(fileName);
  if (lineCount(text) > MAX_ROSTER_ROWS) throw tooLarge(rosterTooManyRows(fileName, MAX_ROSTER_ROWS));
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows: SheetRow[] = [];
  parsed.data.forEach((record, i) => {
    if (record.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells: record });
  });
  return { name: null, rows };
}

/** Line breaks, counted before parsing: a million-row file is refused without building a million rows. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The delimiter that splits the first lines into the most columns. Papaparse's own guess compares
 * field-count variance, which title rows above the header (one field each) throw off.
 */
function guessDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: 30 });
    const width = Math.max(0, ...sample.data.map((r) => r.length));
    if (width > bestWidth) {
      best = delimiter;
      bestWidth = width;
    }
  }
  return best;
}

/** Column index (0-based) → spreadsheet letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
