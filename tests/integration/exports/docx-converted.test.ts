/**
 * Every .docx the app exports, as a word processor lays it out (LibreOffice, tests/helpers/docx-to-pdf.ts),
 * and every PDF it writes itself: ready to sign without fixing it in Word. No page holds the signature block alone (docs/documents.md,
 * Signature block with the text); from page 2 the bare page number in the top margin, none on page 1 (Page
 * numbers); "Số:" on page 1 (Number of the document); every date the day of the congress, though the files
 * are made the morning after (Dates).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS_OF, type ExportKind } from '../../../shared/contract/export-schemas';
import { type Block, MARGINS, MM } from '../../../main/export/document/model';
import { renderDocx } from '../../../main/export/document/render-docx';
import { docxToPdf } from '../../helpers/docx-to-pdf';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, docxText, flat, type PdfLine, pdfLines, TIE_PAPERS } from './export-setup';

/** The congress sits on 15/12/2026 (the stepping clock's day); the secretariat exports a day later. */
const CONGRESS_DAY = 'ngày 15 tháng 12 năm 2026';
const DAY_MS = 24 * 3600 * 1000;

type DocxKind = 'minutes' | 'entry_log' | 'credentials' | 'attendance' | 'votes';
const KINDS: readonly DocxKind[] = ['minutes', 'entry_log', 'credentials', 'attendance', 'votes'];

let t: TempEngine;
/** Each kind's .docx, and the lines of the PDF LibreOffice made of it. */
const converted = new Map<DocxKind, { docx: string; lines: PdfLine[] }>();
/** Each kind's own PDF (render-pdf.ts), made from the same files the same morning. */
const printed = new Map<DocxKind, PdfLine[]>();

beforeAll(async () => {
  const clock = steppingClock();
  let late = 0;
  t = tempEngine(() => new Date(Date.parse(clock()) + late).toISOString());
  // 90 delegates: the attendance list runs over four pages, its table ending low on the last
  await congressFor(t, 90, 81);
  await t.engine.call('congress:update', { startDate: '2026-12-15' });
  // a paper for each of the 81 present
  const ballotId = await countedBallot(
    t,
    Array.from({ length: 81 }, (_, i) => TIE_PAPERS[i % TIE_PAPERS.length]!),
  );
  for (const question of [
    'Thông qua chương trình Đại hội',
    'Thông qua quy chế làm việc của Đại hội',
    'Thông qua Chương trình hành động nhiệm kỳ 2025 - 2030',
  ]) {
    const v = await t.engine.call('votes:create', { question });
    await t.engine.call('votes:record', { id: v.id, counts: { for: 76, against: 3, abstain: 2 }, close: true });
  }
  late = DAY_MS;
  const out = join(t.dir, 'out');
  const docx = new Map<DocxKind, string>();
  for (const what of KINDS) {
    const r = await t.engine.call('exports:run', { what, format: 'docx', ballotId, out });
    docx.set(what, r.files[0]!.path);
    const pdf = await t.engine.call('exports:run', { what, format: 'pdf', ballotId, out });
    printed.set(what, pdfLines(pdf.files[0]!.path));
  }
  const pdfs = docxToPdf([...docx.values()], join(t.dir, 'converted'));
  for (const [what, path] of docx) converted.set(what, { docx: path, lines: pdfLines(pdfs.get(path)!) });
}, 240_000);
afterAll(() => t?.dispose());

/** The words of a text, without the punctuation around them ("(Ký," → "Ký"). */
const words = (text: string): string[] => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The texts of the signature block: the .docx's last table, where the shared renderer puts it (render-docx.ts). */
async function signatureWords(docx: string): Promise<Set<string>> {
  const { xml } = await docxText(docx);
  const last = xml.slice(xml.lastIndexOf('<w:tbl>'));
  return new Set(words([...last.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')));
}

/** In the top margin: a line's box (pdftohtml) starts a few points above its letters; the body's first line starts at the margin. */
const inTopMargin = (l: PdfLine) => l.top < MARGINS.top - 8;
const pageCount = (lines: PdfLine[]) => Math.max(...lines.map((l) => l.page));

/** From page 2, only the bare page number in the top margin, centred on `centre` (points). */
function expectPageNumbers(what: string, lines: PdfLine[], centre: number): void {
  for (let page = 2; page <= pageCount(lines); page++) {
    const heads = lines.filter((l) => l.page === page && inTopMargin(l));
    expect(
      heads.map((l) => l.text.trim()),
      `${what}: page ${page}`,
    ).toEqual([String(page)]);
    expect(Math.abs(heads[0]!.left + heads[0]!.width / 2 - centre), `${what}: page ${page}`).toBeLessThan(3);
  }
}

/** Every page holds words of the body, not only the signature block's (its captions and names). */
function expectTextOnEveryPage(what: string, lines: Parameters<typeof pageCount>[0], signing: ReadonlySet<string>): void {
  for (let page = 1; page <= pageCount(lines); page++) {
    const body = lines
      .filter((l) => l.page === page && !inTopMargin(l))
      .flatMap((l) => words(l.text))
      .filter((w) => !signing.has(w));
    expect(body, `${what}: page ${page} holds only signatures`).not.toEqual([]);
  }
}

describe('every exported .docx, converted by LibreOffice, is ready to sign', () => {
  it('every kind the export panel offers as .docx is checked; the long ones run over several pages', () => {
    const offered = Object.entries(EXPORT_FORMATS_OF).flatMap(([kind, formats]) => (formats.includes('docx') ? [kind as ExportKind] : []));
    expect([...offered].sort()).toEqual([...KINDS].sort());
    expect(pageCount(converted.get('attendance')!.lines)).toBeGreaterThanOrEqual(3);
    expect(pageCount(converted.get('minutes')!.lines)).toBeGreaterThanOrEqual(2);
  });

  it.each(KINDS)('%s: every page has text of its own, not the signature block alone', async (what) => {
    const { docx, lines } = converted.get(what)!;
    expectTextOnEveryPage(what, lines, await signatureWords(docx));
  });

  it.each(KINDS)('%s: no page number on page 1; from page 2 the bare number, centred in the top margin', (what) => {
    const { lines } = converted.get(what)!;
    expect(lines.filter((l) => l.page === 1 && inTopMargin(l))).toEqual([]);
    // a centred header paragraph sits in the middle of the text width, between the 30 mm and 15 mm margins
    expectPageNumbers(what, lines, MARGINS.left + (595.28 - MARGINS.left - MARGINS.right) / 2);
  });

  it.each(KINDS)('%s: "Số:" on page 1, in the left column under the issuing body', (what) => {
    const { lines } = converted.get(what)!;
    const number = lines.filter((l) => l.text.trim().startsWith('Số:'));
    expect(number.map((l) => l.page)).toEqual([1]);
    const body = lines.find((l) => l.text.trim() === 'ĐOÀN CHỦ TỊCH ĐẠI HỘI')!;
    expect(number[0]!.top).toBeGreaterThan(body.top);
    expect(number[0]!.left).toBeLessThan(MARGINS.left + 80 * MM);
  });

  const datedTheCongressDay = (what: DocxKind) => {
    const { lines } = converted.get(what)!;
    const text = flat(lines.map((l) => l.text).join('\n'), 'join');
    expect(text).toContain(`Ba Đình, ${CONGRESS_DAY}`);
    expect(new Set(text.match(/ngày \d{1,2} tháng \d{1,2} năm \d{4}/g))).toEqual(new Set([CONGRESS_DAY]));
  };
  it.each(KINDS)('%s: dated the day of the congress, though made the day after', datedTheCongressDay);

  it('minutes: «Khiếu nại, tố cáo (nếu có):» stays on one line, its dots after it (no break before a dot is allowed)', () => {
    const { lines } = converted.get('minutes')!;
    const at = lines.findIndex((l) => l.text.includes('Khiếu nại, tố cáo'));
    expect(flat(lines[at]!.text)).toMatch(/Khiếu nại, tố cáo \(nếu có\): \.{40,}$/);
    // the second dotted line is a line of its own, not the first one's overflow
    expect(flat(lines[at + 1]!.text)).toMatch(/^\.{100,}$/);
  });
});

describe('every exported PDF of the same congress is ready to sign', () => {
  it.each(KINDS)('%s (PDF): every page has text of its own, not the signature block alone', async (what) => {
    // the PDF is drawn from the same document as the .docx: the same signature block
    expectTextOnEveryPage(what, printed.get(what)!, await signatureWords(converted.get(what)!.docx));
  });

  it.each(KINDS)('%s (PDF): "Số:" on page 1, no page number there; from page 2 the bare number centred at the top', (what) => {
    const lines = printed.get(what)!;
    expect(lines.filter((l) => l.text.trim().startsWith('Số:')).map((l) => l.page)).toEqual([1]);
    expect(lines.filter((l) => l.page === 1 && inTopMargin(l))).toEqual([]);
    expectPageNumbers(what, lines, 595.28 / 2);
  });

  it('the long ones run over several pages, so the checks above see a page 2', () => {
    expect(pageCount(printed.get('attendance')!)).toBeGreaterThanOrEqual(3);
    expect(pageCount(printed.get('minutes')!)).toBeGreaterThanOrEqual(2);
  });

  it.each(KINDS)('%s (PDF): dated the day of the congress, though made the day after', (what) => {
    const text = flat(
      printed
        .get(what)!
        .map((l) => l.text)
        .join('\n'),
      'join',
    );
    expect(text).toContain(`Ba Đình, ${CONGRESS_DAY}`);
    expect(new Set(text.match(/ngày \d{1,2} tháng \d{1,2} năm \d{4}/g))).toEqual(new Set([CONGRESS_DAY]));
  });
});

describe('a long table before the signatures, converted by LibreOffice', () => {
  const meta = {
    title: 'Danh sách',
    subject: 'Danh sách',
    createdAt: '2026-12-15T07:30:00Z',
    appVersion: '0.0.0',
    schemaVersion: 1,
    congressName: 'Đại hội',
  };
  const list = (n: number): Block[] => [
    {
      kind: 'letterhead',
      parent: 'Ủy ban MTTQ Việt Nam quận Ba Đình',
      organisation: 'Đoàn Chủ tịch Đại hội',
      placeDate: `Ba Đình, ${CONGRESS_DAY}`,
    },
    { kind: 'title', lines: ['DANH SÁCH'] },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 0.2 },
        { header: 'Họ và tên', width: 0.8 },
      ],
      rows: Array.from({ length: n }, (_, i) => [String(i + 1), `Đại biểu số ${i + 1}`]),
    },
    { kind: 'signatures', signatures: [{ caption: 'TM. ĐOÀN THƯ KÝ', name: 'Đặng Thị Thu Hương' }] },
  ];

  it('wherever the table ends on a later page, its last two rows go over with the signatures', async () => {
    // 58 to 96 rows: the table's end goes down the whole height of page 2, then onto page 3
    const sizes = Array.from({ length: 39 }, (_, i) => 58 + i);
    const dir = join(t.dir, 'lists');
    mkdirSync(dir);
    const files = await Promise.all(
      sizes.map(async (n) => {
        const file = join(dir, `list-${n}.docx`);
        writeFileSync(file, await renderDocx({ meta, blocks: list(n) }));
        return file;
      }),
    );
    const pdfs = docxToPdf(files, join(dir, 'converted'));
    for (const [i, n] of sizes.entries()) {
      const lines = pdfLines(pdfs.get(files[i]!)!);
      const signer = lines.find((l) => l.text.trim() === 'Đặng Thị Thu Hương')!;
      const onItsPage = lines.filter((l) => l.page === signer.page).map((l) => l.text.trim());
      expect(onItsPage, `${n} rows`).toContain(`Đại biểu số ${n}`);
      expect(onItsPage, `${n} rows`).toContain(`Đại biểu số ${n - 1}`);
    }
  }, 120_000);
});
