/** Sheet names Excel (and exceljs) accept, from any title (main/export/workbook.ts). */
import ExcelJS from 'exceljs';
import { addSheet, safeSheetName } from '../../../main/export/workbook';

describe('safe sheet names', () => {
  it.each([
    ["1. Bầu Ban Chấp hành 'khóa mới'", "1. Bầu Ban Chấp hành 'khóa mới"],
    ["2. Bầu Ban Chấp hành khóa mới '", '2. Bầu Ban Chấp hành khóa mới'],
    ["'Trích' từ biên bản", "Trích' từ biên bản"],
    ["''' '''", 'Trang'],
    ['Kiểm tra: [A]/B\\C?*', 'Kiểm tra A B C'],
    ['', 'Trang'],
    ['\u202E\u2066\u0007', 'Trang'],
    ['Bầu\u202E Ban\u0000 Kiểm tra', 'Bầu Ban Kiểm tra'],
    // cut at 31, then the apostrophe the cut left at the end goes too
    ["Hiệp thương cử Ủy ban MTTQ Việt' Nam phường", 'Hiệp thương cử Ủy ban MTTQ Việt'],
    ['History', 'History (2)'],
    // never half of a character outside the BMP (two UTF-16 units)
    [`Bầu ${'📋'.repeat(20)}`, `Bầu ${'📋'.repeat(13)}`],
  ])('%j → %j', (wanted, expected) => {
    const name = safeSheetName(wanted, []);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/^'|'$|[:\\/?*[\]]|[\uD800-\uDBFF]$/);
  });

  it('a name already taken, in any case, gets a number that still fits in 31 characters', () => {
    const long = 'Danh sách đại biểu chính thức có mặt';
    const taken = [safeSheetName(long, [])];
    expect(taken[0]).toBe('Danh sách đại biểu chính thức c');
    taken.push(safeSheetName(long, taken));
    taken.push(safeSheetName(long.toUpperCase(), taken));
    expect(taken).toEqual(['Danh sách đại biểu chính thức c', 'Danh sách đại biểu chính th (2)', 'DANH SÁCH ĐẠI BIỂU CHÍNH TH (3)']);
    expect(safeSheetName("Kết quả '", ['kết quả'])).toBe('Kết quả (2)');
  });

  it('addSheet: every title, however hostile, becomes a sheet of a workbook that reads back', async () => {
    const wb = new ExcelJS.Workbook();
    const titles = [
      "Bầu Ban Chấp hành 'khóa mới'",
      "Bầu Ban Chấp hành 'khóa mới'",
      "'",
      'History',
      'history',
      '[*]',
      'x'.repeat(40),
      'x'.repeat(40),
    ];
    for (const title of titles) addSheet(wb, title).addRow([title]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(back.worksheets.map((ws) => ws.name)).toEqual([
      "Bầu Ban Chấp hành 'khóa mới",
      "Bầu Ban Chấp hành 'khóa mới (2)",
      'Trang',
      'History (2)',
      'history (3)',
      'Trang (2)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
    ]);
    expect(back.worksheets.map((ws) => ws.getCell('A1').value)).toEqual(titles);
  });
});
