import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, docxText, flat, pdfText } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

describe('show-of-hands vote results', () => {
  it('every vote with for / against / abstain against those present and its outcome, in .docx, PDF and .xlsx', async () => {
    await congressFor(t, 10, 8);
    const agenda = await t.engine.call('votes:create', { question: 'Thông qua chương trình Đại hội' });
    await t.engine.call('votes:record', { id: agenda.id, counts: 'unanimous', close: true });
    const rules = await t.engine.call('votes:create', { question: 'Thông qua Quy chế làm việc', rule: 'two_thirds_present' });
    await t.engine.call('votes:record', { id: rules.id, counts: { for: 5, against: 2, abstain: 1 }, close: true });
    const seats = await t.engine.call('votes:create', { question: 'Số lượng Ủy viên Ủy ban khóa mới: 35 người' });
    await t.engine.call('votes:record', { id: seats.id, counts: { for: 4, against: 3, abstain: 1 }, close: true });

    const out = join(t.dir, 'out');
    const docx = await t.engine.call('exports:run', { what: 'votes', format: 'docx', out });
    const text = flat((await docxText(docx.files[0]!.path)).text);
    expect(text).toContain('KẾT QUẢ BIỂU QUYẾT');
    expect(text).toContain(
      '1. Thông qua chương trình Đại hội: có mặt 8/10 đại biểu chính thức; tán thành 8 (100,00 %), không tán thành 0 (0,00 %), không biểu quyết 0 (0,00 %)',
    );
    // 5 of 8 is 62,50 %: short of two thirds
    expect(text).toContain(
      '2. Thông qua Quy chế làm việc: có mặt 8/10 đại biểu chính thức; tán thành 5 (62,50 %), không tán thành 2 (25,00 %), không biểu quyết 1 (12,50 %); thông qua khi từ 2/3 số đại biểu chính thức có mặt trở lên tán thành: không thông qua.',
    );
    // 4 of 8 is exactly half: not more than half
    expect(text).toContain('3. Số lượng Ủy viên Ủy ban khóa mới: 35 người: có mặt 8/10 đại biểu chính thức; tán thành 4 (50,00 %)');
    expect(text).toMatch(/3\. Số lượng .*: không thông qua\./);

    const pdf = await t.engine.call('exports:run', { what: 'votes', format: 'pdf', out });
    expect(flat(pdfText(pdf.files[0]!.path))).toMatch(
      /1 Thông qua chương trình Đại hội 8 \(100,00 %\) 0 \(0,00 %\) 0 \(0,00 %\) Thông qua\n/,
    );

    const xlsx = await t.engine.call('exports:run', { what: 'votes', format: 'xlsx', out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.files[0]!.path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(5).values).toEqual([undefined, 1, 'Thông qua chương trình Đại hội', 8, 10, 8, 0, 0, 5, 'Thông qua (100 %)']);
    expect(ws.getRow(6).values).toEqual([undefined, 2, 'Thông qua Quy chế làm việc', 8, 10, 5, 2, 1, 6, 'Không thông qua']);
    expect(ws.getRow(7).values).toEqual([undefined, 3, 'Số lượng Ủy viên Ủy ban khóa mới: 35 người', 8, 10, 4, 3, 1, 5, 'Không thông qua']);
  });
});
