import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, TIE_PAPERS as PAPERS } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

describe('tallies as spreadsheets', () => {
  it('.xlsx: a summary sheet and a sheet per ballot whose cells equal the tally, numbers as numbers', async () => {
    await congressFor(t, 10, 8);
    const first = await countedBallot(t, PAPERS);
    const second = await countedBallot(
      t,
      PAPERS.slice(0, 8).map((p) => p.slice(1)),
    );
    const tallies = [await t.engine.call('ballots:tally', { id: first }), await t.engine.call('ballots:tally', { id: second })];
    const r = await t.engine.call('exports:run', { what: 'tally', format: 'xlsx', out: join(t.dir, 'out') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.files[0]!.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', '1. Hiệp thương cử Ủy ban MTTQ V', '2. Hiệp thương cử Ủy ban MTTQ V']);
    expect(wb.creator).toMatch(/^Congress Desk 0\.1\.0 · lược đồ tệp đại hội \d+$/);
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(5).values).toEqual([
      undefined,
      1,
      'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I',
      1,
      'đã kiểm phiếu',
      4,
      9,
      9,
      8,
      1,
      'Đại biểu chính thức có mặt',
      8,
      3,
      1,
      'Nguyễn Văn Bình (09/01/1980), Hoàng Thị Dung',
    ]);
    for (const [k, tally] of tallies.entries()) {
      const ws = wb.worksheets[k + 1]!;
      tally.candidates.forEach((c, i) => {
        const row = ws.getRow(6 + i);
        expect(row.getCell(1).value).toBe(c.number);
        expect(row.getCell(2).value).toBe(c.name);
        expect(row.getCell(4).value).toBe(c.votes);
        expect(row.getCell(5).value).toBeCloseTo(c.percentOfBase / 10000, 10);
        expect(row.getCell(5).numFmt).toBe('0.00%');
        expect(row.getCell(8).value).toBe(c.elected ? 'Có' : '');
      });
    }
  });

  it('.csv: UTF-8 with BOM, a row per candidate, names starting with = + - @ neutralised', async () => {
    await congressFor(t, 10, 8);
    const b = await t.engine.call('ballots:create', {
      title: '=cmd|"/c calc"!A1',
      kind: 'other',
      seatsApproved: 1,
      seats: 1,
      method: 'paper',
      preset: 'law',
      rules: { base: 'valid', allStruck: 'invalid', tie: 'older' },
      entryMode: 'struck',
      passes: 1,
    });
    await t.engine.call('ballots:setCandidates', {
      id: b.id,
      candidates: [
        { name: '=HYPERLINK("http://x")', birthDate: null },
        { name: '@Lê Văn Ánh', birthDate: null },
      ],
    });
    await t.engine.call('ballots:open', { id: b.id });
    await t.engine.call('ballots:setCounts', { id: b.id, issued: 3 });
    for (const [i, struck] of [[1], [1], [2]].entries())
      await t.engine.call('papers:record', { ballotId: b.id, pass: 1, paper: i + 1, numbers: struck, invalid: null });
    await t.engine.call('ballots:count', { id: b.id });
    const r = await t.engine.call('exports:run', { what: 'tally', format: 'csv', ballotId: b.id, out: join(t.dir, 'ket-qua.csv') });
    expect(r.files[0]!.path).toBe(join(t.dir, 'ket-qua.csv'));
    const bytes = readFileSync(r.files[0]!.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 6)).toEqual(['Số cuộc bầu', 'Cuộc bầu', 'STT', 'Họ và tên', 'Ngày sinh', 'Số phiếu']);
    // Name 1 is kept on paper 3, name 2 on papers 1 and 2: 1 and 2 of the 3 valid papers.
    expect(rows.slice(1).map((row) => row.slice(3, 7))).toEqual([
      [`'=HYPERLINK("http://x")`, '', '1', '33,33 %'],
      [`'@Lê Văn Ánh`, '', '2', '66,67 %'],
    ]);
    expect(rows[1]![1]).toBe(`'=cmd|"/c calc"!A1`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
