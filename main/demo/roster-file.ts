/**
 * Writes a roster the way organisers make theirs in Excel: the organisation and a merged
 * "DANH SÁCH ĐẠI BIỂU…" title above the header, Vietnamese headers, "x" for Party members.
 * Used by tests, the benchmark and the end-to-end fixture, so the importer is always exercised on
 * the shape of file it will meet, not on a tidy one.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { DelegateInput, DelegateKind, DelegateStatus } from '../../shared/domain/delegate';
import { DEMO_CONGRESS } from './demo-congress';

export interface RosterFileOptions {
  /** First title row; defaults to the demo ward's Front committee, in capitals as on letterheads. */
  organisation?: string;
  /** Second title row, merged across all columns. */
  title?: string;
  /** xlsx: the worksheet name. */
  sheetName?: string;
  /** xlsx: full birth dates as Excel date cells (default) or as typed text "dd/mm/yyyy". */
  dates?: 'date' | 'text';
  /** csv: separator; Excel on a Vietnamese Windows writes ";" when the list separator is ";". */
  delimiter?: ',' | ';' | '\t';
  /** csv: Excel's "CSV UTF-8" has a BOM (default); "Unicode Text" is UTF-16LE; plain "CSV" is windows-1258. */
  encoding?: 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'windows-1258';
}

const KIND_LABELS: Record<DelegateKind, string> = { ex_officio: 'Đương nhiên', nominated: 'Hiệp thương cử', appointed: 'Chỉ định' };
const STATUS_LABELS: Record<DelegateStatus, string> = { official: 'Chính thức', alternate: 'Dự khuyết', guest: 'Khách mời' };

type Value = string | number | Date | null;

interface Column {
  header: string;
  width: number;
  value: (d: DelegateInput, i: number, dates: 'date' | 'text') => Value;
}

function birthDateValue(iso: string | null, dates: 'date' | 'text'): Value {
  if (!iso) return null;
  if (iso.length === 4) return Number(iso);
  const [y, m, d] = iso.split('-');
  return dates === 'date' ? new Date(`${iso}T00:00:00Z`) : `${d}/${m}/${y}`;
}

/**
 * The usual columns; "Chức vụ, đơn vị công tác" is one column unless some delegate has a unit of
 * its own, and a seat column appears only when seats are assigned.
 */
function columnsFor(delegates: readonly DelegateInput[]): Column[] {
  const units = delegates.some((d) => d.unit);
  const seats = delegates.some((d) => d.seat);
  return [
    { header: 'STT', width: 5, value: (_, i) => i + 1 },
    { header: 'Mã đại biểu', width: 10, value: (d) => d.code },
    { header: 'Họ và tên', width: 26, value: (d) => d.fullName },
    { header: 'Giới tính', width: 8, value: (d) => (d.gender === null ? null : d.gender === 'male' ? 'Nam' : 'Nữ') },
    { header: 'Ngày sinh (dd/mm/yyyy)', width: 12, value: (d, _, dates) => birthDateValue(d.birthDate, dates) },
    { header: 'Dân tộc', width: 8, value: (d) => d.ethnicity },
    { header: 'Tôn giáo', width: 10, value: (d) => d.religion },
    { header: 'Đảng viên (x)', width: 8, value: (d) => (d.partyMember ? 'x' : null) },
    { header: 'Trình độ', width: 10, value: (d) => d.education },
    { header: units ? 'Chức vụ' : 'Chức vụ, đơn vị công tác', width: 44, value: (d) => d.position },
    ...(units ? [{ header: 'Đơn vị công tác', width: 30, value: (d: DelegateInput) => d.unit }] : []),
    { header: 'Tổ', width: 7, value: (d) => d.group },
    ...(seats ? [{ header: 'Số ghế', width: 7, value: (d: DelegateInput) => d.seat }] : []),
    { header: 'Thành phần', width: 14, value: (d) => (d.kind ? KIND_LABELS[d.kind] : null) },
    { header: 'Tư cách', width: 11, value: (d) => STATUS_LABELS[d.status] },
  ];
}

function titles(options: RosterFileOptions): [string, string] {
  return [
    options.organisation ?? DEMO_CONGRESS.organiser.toUpperCase(),
    options.title ?? `DANH SÁCH ĐẠI BIỂU DỰ ${DEMO_CONGRESS.name.toUpperCase()}`,
  ];
}

export async function writeRosterXlsx(delegates: readonly DelegateInput[], options: RosterFileOptions = {}): Promise<Buffer> {
  const columns = columnsFor(delegates);
  const dates = options.dates ?? 'date';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Danh sách đại biểu');
  const [organisation, title] = titles(options);
  sheet.addRow([organisation]).font = { bold: true };
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 6);
  sheet.mergeCells(2, 1, 2, columns.length);
  sheet.getRow(2).alignment = { horizontal: 'center' };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  delegates.forEach((d, i) => {
    const row = sheet.addRow(columns.map((c) => c.value(d, i, dates)));
    // Per cell, not per column: a year-only 1970 in a date-formatted cell would show as 23/05/1905.
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

export async function writeRosterCsv(delegates: readonly DelegateInput[], options: RosterFileOptions = {}): Promise<Buffer> {
  const columns = columnsFor(delegates);
  const pad = (first: string) => [first, ...columns.slice(1).map(() => '')];
  // Excel pads every row of a CSV to the width of the used range, title rows included.
  const rows: string[][] = [
    ...titles(options).map(pad),
    columns.map((c) => c.header),
    ...delegates.map((d, i) => columns.map((c) => String(c.value(d, i, 'text') ?? ''))),
  ];
  const text = Papa.unparse(rows, { delimiter: options.delimiter ?? ',', newline: '\r\n' }) + '\r\n';
  return encodeText(text, options.encoding ?? 'utf-8-bom');
}

/** Text as Excel saves a CSV in each encoding (with its byte-order mark where Excel writes one). */
export function encodeText(text: string, encoding: NonNullable<RosterFileOptions['encoding']>): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1258':
      return encodeWindows1258(text);
  }
}

let cp1258: Map<string, number> | null = null;

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Windows-1258 has the Vietnamese base letters (ă â ê ô ơ ư đ) and some toned letters
 * precomposed, and the five tone marks as combining characters: a letter is written precomposed
 * when the code page has it, otherwise as its base letter followed by the tone mark. Node can
 * decode this code page but not encode it.
 */
export function encodeWindows1258(text: string): Buffer {
  if (!cp1258) {
    const decoder = new TextDecoder('windows-1258');
    cp1258 = new Map();
    for (let b = 0; b < 256; b++) {
      const ch = decoder.decode(new Uint8Array([b]));
      if (ch !== '\uFFFD' && !cp1258.has(ch)) cp1258.set(ch, b);
    }
  }
  const table = cp1258;
  const out: number[] = [];
  for (const [cluster] of text.normalize('NFD').matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const whole = table.get(cluster.normalize('NFC'));
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const marks = [...cluster];
    const letter = marks
      .filter((m) => !TONE_MARK.test(m))
      .join('')
      .normalize('NFC');
    const tones = marks.filter((m) => TONE_MARK.test(m));
    // "?" is what Excel writes for a character outside the code page.
    for (const part of [letter, ...tones]) out.push(table.get(part) ?? 0x3f);
  }
  return Buffer.from(out);
}
