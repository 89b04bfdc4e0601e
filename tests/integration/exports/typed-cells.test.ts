/**
 * Spreadsheets a ward congress files (docs/exports.md, Spreadsheets): dates and times are typed cells, percentages
 * numbers with a % format, a tie named by its candidates, the CSV in ISO dates with the paper counts, and a
 * name that merely starts with a dash kept as typed in .xlsx (an .xlsx string cell is never a formula).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';
import { congressFor, countedBallot, TIE_PAPERS } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function csvRows(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('typed cells in the spreadsheets', () => {
  it('tally .xlsx: birth dates are dates (dd/mm/yyyy), percentages numbers (0.00%), a tie column, the tie named by names', async () => {
    await congressFor(t, 10, 9);
    const id = await countedBallot(t, TIE_PAPERS);
    const tally = await t.engine.call('ballots:tally', { id });
    const r = await t.engine.call('exports:run', { what: 'tally', format: 'xlsx', out: join(t.dir, 'out') });
    const wb = await workbook(r.files[0]!.path);
    const summary = wb.getWorksheet('Tổng hợp')!;
    const headers = summary.getRow(4).values as unknown[];
    const tieAt = headers.indexOf('Bằng phiếu ở vị trí cuối');
    // printed order is alphabetical: numbers 4 and 5 are the second Nguyễn Văn Bình (told apart by birth) and Dung
    const binh = tally.candidates.find((c) => c.number === 4)!;
    expect(binh.name).toBe('Nguyễn Văn Bình');
    const born = binh.birthDate!.split('-').reverse().join('/');
    expect(summary.getRow(5).getCell(tieAt).value).toBe(`Nguyễn Văn Bình (${born}), Hoàng Thị Dung`);
    const ws = wb.worksheets[1]!;
    const head = ws.getRow(5).values as unknown[];
    const birth = ws.getRow(5 + 4).getCell(head.indexOf('Ngày sinh'));
    expect(birth.value).toBeInstanceOf(Date);
    expect((birth.value as Date).toISOString().slice(0, 10)).toBe(binh.birthDate);
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getRow(6).getCell(head.indexOf('Tỷ lệ trên cơ sở')).numFmt).toBe('0.00%');
    const flag = head.indexOf('Bằng phiếu ở vị trí cuối');
    expect(flag).toBeGreaterThan(0);
    // names 4 and 5 tie at the last seat (TIE_PAPERS)
    expect([6, 7, 8, 9, 10, 11, 12].map((row) => ws.getRow(row).getCell(flag).value)).toEqual(['', '', '', 'Có', 'Có', '', '']);
  });

  it('attendance .xlsx: the check-in time is a date-time in Vietnam time; a name starting with "-" is kept as typed', async () => {
    await congressFor(t, 3, 2);
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, fullName: '-Trần Văn Bình', code: 'DB0009', status: 'official' });
    await t.engine.call('checkin:scan', { code: 'DB0009' });
    const [record] = (await t.engine.call('attendance:list', {})) as { recordedAt: string }[];
    const r = await t.engine.call('exports:run', { what: 'attendance', format: 'xlsx', out: join(t.dir, 'out') });
    const ws = (await workbook(r.files[0]!.path)).worksheets[0]!;
    const at = ws.getRow(5).getCell(7);
    expect(at.value).toBeInstanceOf(Date);
    expect(at.numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    // stored as the wall clock of the hall (UTC+7): Excel has no time zones
    const wall = new Date(Date.parse(record!.recordedAt) + 7 * 3600_000).toISOString().slice(0, 19);
    expect((at.value as Date).toISOString().slice(0, 19)).toBe(wall);
    const names = [5, 6, 7, 8].map((row) => ws.getRow(row).getCell(3).value);
    expect(names).toContain('-Trần Văn Bình');
  });

  it('tally .csv: ISO birth dates, the papers issued / returned / valid / invalid, the tie flag; CSV text still neutralised', async () => {
    await congressFor(t, 10, 9);
    await countedBallot(t, TIE_PAPERS);
    const r = await t.engine.call('exports:run', { what: 'tally', format: 'csv', out: join(t.dir, 'out') });
    const rows = csvRows(r.files[0]!.path);
    expect(
      rows
        .map((row) => row['Ngày sinh'])
        .filter(Boolean)
        .sort(),
    ).toEqual(['1970-05-02', '1980-01-09']);
    expect(rows.map((row) => row['Bằng phiếu ở vị trí cuối'])).toEqual(['', '', '', 'Có', 'Có', '', '']);
    expect(rows[0]).toMatchObject({ 'Phiếu phát ra': '9', 'Phiếu thu vào': '9', 'Phiếu hợp lệ': '8', 'Phiếu không hợp lệ': '1' });
  });

  it('.xlsx: hostile text is a plain string cell (no formula in the file), shown as typed', async () => {
    const { tableWorkbook } = await import('../../../main/export/delegate-lists');
    const hostile = ['=HYPERLINK("http://evil.example","x")', '-Trần Văn Bình', '@SUM(1,2)', '+84912345678'];
    const meta = {
      title: 'x',
      subject: 'x',
      createdAt: '2026-12-15T07:30:00.000Z',
      appVersion: '0',
      schemaVersion: 1,
      congressName: '=Đại hội',
    };
    const bytes = await tableWorkbook([{ title: 'Danh sách', headers: ['Họ và tên'], rows: hostile.map((h) => [h]) }], meta);
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect([5, 6, 7, 8].map((r) => ws.getRow(r).getCell(1).value)).toEqual(hostile);
    expect(ws.getRow(1).getCell(1).value).toBe('=Đại hội');
    for (const r of [1, 5, 6, 7, 8]) expect(ws.getRow(r).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('attendance .csv: the check-in time in ISO order, a formula-like name neutralised', async () => {
    await congressFor(t, 2, 2);
    await t.engine.call('delegates:create', { ...BLANK_DELEGATE, fullName: '-Trần Văn Bình', code: 'DB0009', status: 'official' });
    const table = await import('../../../main/export/delegate-lists');
    const csv = table
      .tableCsv({ title: 'x', headers: ['Họ và tên', 'Thời điểm'], rows: [['-Trần Văn Bình', { stamp: '2026-12-15T00:31:02.000Z' }]] })
      .toString('utf8');
    expect(csv).toContain(`'-Trần Văn Bình,2026-12-15 07:31:02`);
  });
});
