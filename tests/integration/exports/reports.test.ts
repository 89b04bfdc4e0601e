import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, docxText, flat, pdfText } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

describe('credentials report and attendance list', () => {
  it('credentials (.docx): summoned, present, absent with and without reason, composition with percentages, ages by name', async () => {
    await congressFor(t, 10, 7);
    const [, , , , , , , d8] = await t.engine.call('delegates:list', {});
    await t.engine.call('attendance:markAbsent', { delegateId: d8!.id, reason: 'Ốm, có đơn xin phép' });
    await t.engine.call('sessions:update', { id: 1, title: 'Phiên chính thức', date: '2026-12-15' });
    const r = await t.engine.call('exports:run', { what: 'credentials', format: 'docx', out: join(t.dir, 'out') });
    const text = flat((await docxText(r.files[0]!.path)).text);
    expect(text).toContain('THẨM TRA TƯ CÁCH ĐẠI BIỂU');
    expect(text).toContain('Tổng số đại biểu chính thức được triệu tập: 10 đại biểu.');
    expect(text).toContain('Số đại biểu có mặt: 7 đại biểu, đạt 70,00 %.');
    expect(text).toContain('Vắng mặt có lý do: 1 đại biểu (Vũ Đình Khải 8: Ốm, có đơn xin phép).');
    expect(text).toContain('Vắng mặt không có lý do: 2 đại biểu.');
    // women: Hằng, Ánh, Hương and the 8th and 10th delegates summoned; the first three present
    expect(text).toMatch(/Nữ\n5\n3\n42,86 %/);
    expect(text).toMatch(/Dân tộc thiểu số\n2\n2\n28,57 %/);
    expect(text).toMatch(/Ngoài Đảng\n2\n2\n28,57 %/);
    // ages on 15/12/2026: youngest Phạm Thị Ngọc Ánh (31/12/1998 → 27), oldest Hoàng Quốc Việt (1955 → 71)
    expect(text).toContain('đại biểu trẻ nhất: Phạm Thị Ngọc Ánh (27 tuổi); đại biểu cao tuổi nhất: Hoàng Quốc Việt (71 tuổi)');
    expect(text).toContain('TM. BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU');
  });

  it('attendance per session (.xlsx and PDF): every delegate with present / absent with reason / absent', async () => {
    await congressFor(t, 8, 5);
    const list = await t.engine.call('delegates:list', {});
    await t.engine.call('attendance:markAbsent', { delegateId: list[5]!.id, reason: 'Đi công tác' });
    const xlsx = await t.engine.call('exports:run', { what: 'attendance', format: 'xlsx', out: join(t.dir, 'out') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.files[0]!.path);
    const ws = wb.worksheets[0]!;
    const states = list.map((_, i) => ws.getRow(5 + i).getCell(6).value);
    expect(states).toEqual(['Có mặt', 'Có mặt', 'Có mặt', 'Có mặt', 'Có mặt', 'Vắng có lý do (Đi công tác)', 'Vắng', 'Vắng']);
    expect(list.map((_, i) => ws.getRow(5 + i).getCell(3).value)).toEqual(list.map((d) => d.fullName));
    const pdf = await t.engine.call('exports:run', { what: 'attendance', format: 'pdf', out: join(t.dir, 'out') });
    const text = flat(pdfText(pdf.files[0]!.path));
    expect(text).toContain('DANH SÁCH ĐIỂM DANH ĐẠI BIỂU');
    expect(text.replace(/\s+/g, ' ')).toContain('có mặt: 5 (62,50 %); vắng có lý do: 1; vắng không lý do: 2');
    expect(text).toMatch(/6 DB0006 Đặng Thị Thu Hương Tổ 3 Chính thức Vắng có lý/);
  });
});
