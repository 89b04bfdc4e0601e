/**
 * Ballot titles that are not valid Excel sheet names (an apostrophe at the end, [ ] : * ? / \, too
 * long) still give a tally workbook and a whole archive, read back here with exceljs: each ballot
 * on its own sheet under a name Excel accepts, its title and figures intact (main/export/workbook.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const TITLES = ["Bầu Ban Chấp hành 'khóa mới'", "Bầu Ban Chấp hành khóa mới '", "'Kiểm tra' [Ban]: Giám sát/Phản biện * ? \\ khóa mới"];
/** What each becomes as a sheet name: "<id>. <title>", 31 characters at most, no apostrophe at the ends. */
const SHEETS = ['Tổng hợp', "1. Bầu Ban Chấp hành 'khóa mới", '2. Bầu Ban Chấp hành khóa mới', "3. 'Kiểm tra' Ban Giám sát Phản"];
const NAMES = ['Nguyễn Văn Bình', 'Trần Thị Anh', "Lê Văn O'Neil"];
const PAPERS = [[1], [2], [2], [3], []];

/** A counted ballot with `title`: three names, five papers. */
async function countedBallot(title: string): Promise<number> {
  const e = t.engine;
  const b = await e.call('ballots:create', {
    title,
    kind: 'committee',
    seatsApproved: 2,
    seats: 2,
    method: 'paper',
    preset: 'mttq',
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 1,
  });
  await e.call('ballots:setCandidates', { id: b.id, candidates: NAMES.map((name) => ({ name, birthDate: null })) });
  await e.call('ballots:open', { id: b.id });
  await e.call('ballots:setCounts', { id: b.id, issued: PAPERS.length });
  for (const [i, struck] of PAPERS.entries())
    await e.call('papers:record', { ballotId: b.id, pass: 1, paper: i + 1, numbers: struck, invalid: null });
  await e.call('ballots:count', { id: b.id });
  return b.id;
}

/** Reads the workbook back and checks every sheet against the engine's tallies. */
async function expectTallyWorkbook(path: string, ids: number[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
  const summary = wb.getWorksheet('Tổng hợp')!;
  for (const [k, id] of ids.entries()) {
    const tally = await t.engine.call('ballots:tally', { id });
    expect(summary.getRow(5 + k).getCell(2).value).toBe(TITLES[k]);
    const ws = wb.getWorksheet(SHEETS[k + 1]!)!;
    expect(ws.getCell('A1').value).toBe(TITLES[k]); // the whole title, apostrophes and all
    tally.candidates.forEach((c, i) => {
      const row = ws.getRow(6 + i);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(4).value]).toEqual([c.number, c.name, c.votes]);
    });
  }
}

describe('sheet names from ballot titles', () => {
  it('the tally workbook: a sheet per ballot whose title ends in an apostrophe or holds [ ] : * ? / \\', async () => {
    await congressFor(t, 6, 5);
    const ids = [];
    for (const title of TITLES) ids.push(await countedBallot(title));
    const r = await t.engine.call('exports:run', { what: 'tally', format: 'xlsx', out: join(t.dir, 'out') });
    await expectTallyWorkbook(r.files[0]!.path, ids);
  });

  it('the archive: every document made, its tally workbook the same', async () => {
    await congressFor(t, 6, 5);
    const ids = [];
    for (const title of TITLES) ids.push(await countedBallot(title));
    const r = await t.engine.call('exports:run', { what: 'archive', format: 'folder', out: join(t.dir, 'out') });
    const [root] = readdirSync(join(t.dir, 'out')).filter((f) => f.startsWith('Luu-tru-'));
    const tally = r.files.find((f) => f.path.endsWith(join('Bau-cu', 'Ket-qua-kiem-phieu.xlsx')));
    expect(tally?.path).toBe(join(t.dir, 'out', root!, 'Bau-cu', 'Ket-qua-kiem-phieu.xlsx'));
    await expectTallyWorkbook(tally!.path, ids);
    // and the other workbooks of the archive read back too
    for (const f of r.files.filter((f) => f.path.endsWith('.xlsx'))) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f.path);
      expect(wb.worksheets.length, f.path).toBeGreaterThan(0);
    }
  });
});
