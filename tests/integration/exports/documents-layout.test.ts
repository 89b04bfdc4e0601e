/**
 * The layout rules of Nghị định 30/2020 the shared renderers follow (docs/documents.md), read back from
 * the real exported files: the PDF through pdftohtml (positions and faces), the .docx unzipped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Block, MARGINS } from '../../../main/export/document/model';
import { renderDocx } from '../../../main/export/document/render-docx';
import { renderPdf } from '../../../main/export/document/render-pdf';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, docxText, flat, type PdfLine, pdfLines } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const exportPdf = async (what: 'credentials' | 'attendance' | 'votes'): Promise<PdfLine[]> => {
  const r = await t.engine.call('exports:run', { what, format: 'pdf', out: join(t.dir, 'out') });
  return pdfLines(r.files[0]!.path);
};

/** The line right under `line` in its column (the next one down whose centre is within a few points). */
const under = (lines: PdfLine[], line: PdfLine): PdfLine | undefined =>
  lines
    .filter((l) => l.page === line.page && l.top > line.top && Math.abs(l.left + l.width / 2 - (line.left + line.width / 2)) < 4)
    .sort((a, b) => a.top - b.top)[0];

describe('documents as Nghị định 30/2020 lays them out (docs/documents.md)', () => {
  it('credentials report (PDF): date without a 0 before month 8, "Số:" under the body, signer titles bold upright, caption italic', async () => {
    await congressFor(t, 10, 7);
    await t.engine.call('sessions:update', { id: 1, title: 'Phiên chính thức', date: '2026-08-05' });
    const lines = await exportPdf('credentials');
    expect(lines.some((l) => l.text === 'Ba Đình, ngày 05 tháng 8 năm 2026')).toBe(true);

    const body = lines.find((l) => l.text === 'ĐOÀN CHỦ TỊCH ĐẠI HỘI')!;
    expect(under(lines, body)).toMatchObject({ page: 1, text: 'Số: ........', bold: false, italic: false });

    // the caption wraps in its half-page column: "TM. BAN THẨM TRA TƯ CÁCH" / "ĐẠI BIỂU"
    const board = lines.find((l) => l.text.startsWith('TM. BAN THẨM TRA'))!;
    expect(board).toMatchObject({ bold: true, italic: false });
    const role = lines.find((l) => l.page === board.page && l.top > board.top && l.text === 'TRƯỞNG BAN')!;
    expect(role).toMatchObject({ bold: true, italic: false });
    expect(under(lines, role)).toMatchObject({ text: '(Ký, ghi rõ họ tên)', italic: true });
  });

  it('attendance list and vote results (PDF): the italic "(Ký, ghi rõ họ tên)" under every signer title', async () => {
    await congressFor(t, 8, 5);
    const vote = await t.engine.call('votes:create', { question: 'Thông qua chương trình Đại hội' });
    await t.engine.call('votes:record', { id: vote.id, counts: 'unanimous', close: true });
    for (const [what, titles] of [
      ['attendance', ['TM. ĐOÀN THƯ KÝ']],
      ['votes', ['TM. ĐOÀN THƯ KÝ', 'TM. ĐOÀN CHỦ TỊCH']],
    ] as const) {
      const lines = await exportPdf(what);
      for (const title of titles) {
        const line = lines.findLast((l) => l.text === title)!;
        expect(line, `${what}: ${title}`).toMatchObject({ bold: true, italic: false });
        expect(under(lines, line), `${what}: ${title}`).toMatchObject({ text: '(Ký, ghi rõ họ tên)', italic: true });
      }
    }
  });

  it('page numbers (PDF): none on page 1; from page 2 the bare number, centred in the top margin, upright', async () => {
    await congressFor(t, 70, 40);
    const lines = await exportPdf('attendance');
    const pages = Math.max(...lines.map((l) => l.page));
    expect(pages).toBeGreaterThan(1);
    const inTopMargin = (l: PdfLine) => l.top < MARGINS.top;
    expect(lines.filter((l) => l.page === 1 && inTopMargin(l))).toEqual([]);
    for (let page = 2; page <= pages; page++) {
      const heads = lines.filter((l) => l.page === page && inTopMargin(l));
      expect(heads.map((l) => l.text)).toEqual([String(page)]);
      expect(heads[0]!.italic).toBe(false);
      expect(Math.abs(heads[0]!.left + heads[0]!.width / 2 - 595.28 / 2)).toBeLessThan(3);
    }
    expect(lines.some((l) => l.text.startsWith('Trang '))).toBe(false);
  });

  it('.docx: Vietnamese proofing language, PAGE field in the header with an empty first page, "Số:" line, titles upright', async () => {
    await congressFor(t, 10, 7);
    const r = await t.engine.call('exports:run', { what: 'credentials', format: 'docx', out: join(t.dir, 'out') });
    const d = await docxText(r.files[0]!.path);
    expect(d.styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="vi-VN"\/>.*<\/w:rPrDefault>/s);
    expect(d.xml).toContain('<w:titlePg/>');
    expect(d.xml).toMatch(/<w:headerReference w:type="first"/);
    const withPage = d.headers.filter((h) => /<w:instrText[^>]*>PAGE/.test(h));
    expect(withPage).toHaveLength(1);
    expect(d.headers.filter((h) => h.includes('<w:instrText'))).toHaveLength(1); // the first-page header has none
    const text = flat(d.text);
    expect(text).toMatch(/ĐOÀN CHỦ TỊCH ĐẠI HỘI\nSố: \.{8}\n/);
    expect(text).toMatch(/TM\. BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU\nTRƯỞNG BAN\n\(Ký, ghi rõ họ tên\)\n/);
    // the run of "TRƯỞNG BAN" is bold and not italic
    const role = /<w:r>(?:(?!<w:r>).)*?>TRƯỞNG BAN<\/w:t>/s.exec(d.xml)![0];
    expect(role).toContain('<w:b/>');
    expect(role).not.toContain('<w:i/>');
  });
});

describe('the signature block never alone on a page (docs/documents.md)', () => {
  const meta = {
    title: 'Báo cáo',
    subject: 'Báo cáo',
    createdAt: '2026-08-15T00:00:00Z',
    appVersion: '0.0.0',
    schemaVersion: 1,
    congressName: 'Đại hội',
  };
  const head: Block[] = [
    {
      kind: 'letterhead',
      parent: 'Ủy ban MTTQ Việt Nam quận Ba Đình',
      organisation: 'Đoàn Chủ tịch Đại hội',
      placeDate: 'Ba Đình, ngày 15 tháng 8 năm 2026',
    },
    { kind: 'title', lines: ['BÁO CÁO'] },
  ];
  const signed: Block = {
    kind: 'signatures',
    signatures: [{ caption: 'TM. BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', role: 'TRƯỞNG BAN', name: 'Hoàng Quốc Việt' }],
  };
  const filler = (n: number, text: (i: number) => string): Block[] =>
    Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', runs: [text(i + 1)] }));
  const rows = (n: number): Block => ({
    kind: 'table',
    columns: [
      { header: 'STT', width: 0.2 },
      { header: 'Họ và tên', width: 0.8 },
    ],
    rows: Array.from({ length: n }, (_, i) => [String(i + 1), `Đại biểu số ${i + 1}`]),
  });

  /** The lines on the page of the signer's name, other than the signature block and the page number. */
  const textWithSigner = async (blocks: Block[]): Promise<string[]> => {
    const path = join(t.dir, 'keep.pdf');
    writeFileSync(path, await renderPdf({ meta, blocks }));
    const lines = pdfLines(path);
    const page = lines.find((l) => l.text === 'Hoàng Quốc Việt')!.page;
    const block = ['TM. BAN THẨM TRA TƯ CÁCH', 'ĐẠI BIỂU', 'TRƯỞNG BAN', '(Ký, ghi rõ họ tên)', 'Hoàng Quốc Việt', String(page)];
    return lines.filter((l) => l.page === page && !block.includes(l.text.trim())).map((l) => l.text);
  };

  it('PDF: wherever a paragraph or a table ends on the page, its last lines go over with the signatures', async () => {
    // one-line paragraphs and table rows, enough of them that the text ends at every height of page 1
    for (let n = 22; n <= 34; n++) {
      const text = await textWithSigner([...head, ...filler(n, (i) => `Đoạn văn số ${i}.`), signed]);
      expect(text, `${n} paragraphs`).toContain(`Đoạn văn số ${n}.`);
    }
    for (let n = 24; n <= 40; n++) {
      const text = await textWithSigner([...head, rows(n), signed]);
      expect(text, `${n} rows`).toContain(`Đại biểu số ${n}`);
    }
  });

  it('.docx: keep-with-next on the last paragraph, the last table rows and every row of signers but the last', async () => {
    const path = join(t.dir, 'keep.docx');
    writeFileSync(path, await renderDocx({ meta, blocks: [...head, rows(5), ...filler(3, (i) => `Đoạn văn số ${i}.`), signed] }));
    const { xml } = await docxText(path);
    const paragraph = (text: string) => new RegExp(`<w:p>(?:(?!<w:p>).)*?>${text}</w:t>`, 's').exec(xml)![0];
    expect(paragraph('Đoạn văn số 3\\.')).toMatch(/<w:keepNext\/>.*<w:keepLines\/>/s);
    expect(paragraph('Đoạn văn số 2\\.')).not.toContain('<w:keepNext/>');
    expect(paragraph('TRƯỞNG BAN')).not.toContain('<w:keepNext/>'); // a single row of signers: nothing after it

    writeFileSync(path, await renderDocx({ meta, blocks: [...head, rows(5), signed] }));
    const table = (await docxText(path)).xml;
    const row = (text: string) => new RegExp(`<w:p>(?:(?!<w:p>).)*?>${text}</w:t>`, 's').exec(table)![0];
    expect(row('Đại biểu số 5')).toContain('<w:keepNext/>');
    expect(row('Đại biểu số 4')).toContain('<w:keepNext/>');
    expect(row('Đại biểu số 3')).not.toContain('<w:keepNext/>');
  });
});
