/**
 * The papers of a ward congress as they were checked after the congress: the words of a hiệp thương, ties
 * of age named in full, one date rule, the minutes opening with the time of the count, cards whose header
 * is legible and whole, table cells that never break inside a number or a short label, and an archive
 * with the non-editable PDFs (docs/documents.md, docs/exports.md).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';
import { keepTogether } from '../../../shared/domain/document-format';
import { congressFor, countedBallot, docxText, flat, pdfLines, pdfText, TIE_PAPERS } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const out = () => join(t.dir, 'out');
/** The text of a PDF with the invisible joiners that hold a dash to its number taken out. */
const pdfPlain = (path: string) => flat(pdfText(path).replace(/[\u200d\u2060]/g, ''), 'join');

async function docText(what: 'minutes' | 'credentials' | 'attendance', extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.engine.call('exports:run', { what, format: 'docx', out: out(), ifExists: 'overwrite', ...extra });
  return flat((await docxText(r.files[0]!.path)).text, 'join');
}

describe('words follow the ballot and the congress', () => {
  it('MTTQ minutes say "trúng hiệp thương" and "số lượng được hiệp thương cử", never "trúng cử" or "được bầu"', async () => {
    await congressFor(t, 10, 9);
    const id = await countedBallot(t, TIE_PAPERS);
    const text = await docText('minutes', { ballotId: id });
    expect(text).not.toMatch(/trúng cử|được bầu/i);
    expect(text).toContain('NGƯỜI TRÚNG HIỆP THƯƠNG');
    expect(text).toContain('Số người trúng hiệp thương: 3/4.');
    // paper 9 keeps five names for four seats
    expect(text).toContain('giữ lại quá số lượng được hiệp thương cử: 1');
  });

  it('Party minutes keep "trúng cử" and "được bầu"', async () => {
    await congressFor(t, 10, 9);
    const b = await t.engine.call('ballots:create', {
      title: 'Bầu Ban Chấp hành Đảng bộ phường',
      kind: 'committee',
      seatsApproved: 1,
      seats: 1,
      method: 'paper',
      preset: 'party',
      rules: { base: 'summoned', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 1,
    });
    await t.engine.call('ballots:setCandidates', {
      id: b.id,
      candidates: [
        { name: 'Nguyễn Văn An', birthDate: null },
        { name: 'Lê Thị Bích', birthDate: null },
      ],
    });
    await t.engine.call('ballots:open', { id: b.id });
    await t.engine.call('ballots:setCounts', { id: b.id, issued: 9 });
    for (let i = 1; i <= 9; i++)
      await t.engine.call('papers:record', { ballotId: b.id, pass: 1, paper: i, numbers: i === 9 ? [] : [2], invalid: null });
    await t.engine.call('ballots:count', { id: b.id });
    const text = await docText('minutes', { ballotId: b.id });
    expect(text).toContain('NGƯỜI TRÚNG CỬ');
    expect(text).toContain('Số người trúng cử: 1/1.');
    expect(text).toContain('giữ lại quá số lượng được bầu: 1');
    const credentials = await docText('credentials');
    expect(credentials).toContain('Tổng số đại biểu chính thức được triệu tập: 10 đồng chí.');
  });

  it('a Front congress counts its delegates as "đại biểu", never "đồng chí"', async () => {
    await congressFor(t, 10, 7);
    await countedBallot(t, TIE_PAPERS.slice(0, 7));
    const text = await docText('credentials');
    expect(text).not.toContain('đồng chí');
    expect(text).toContain('Tổng số đại biểu chính thức được triệu tập: 10 đại biểu.');
    expect(text).toContain('Số đại biểu có mặt: 7 đại biểu, đạt 70,00 %.');
  });
});

describe('credentials: the youngest and the oldest', () => {
  it('two delegates born the same day are both named; a whole age is no tie when the birth dates differ', async () => {
    await congressFor(t, 6, 6);
    await t.engine.call('sessions:update', { id: 1, title: 'Phiên chính thức', date: '2026-12-15' });
    const more = [
      { fullName: 'Trịnh Thu Trang', birthDate: '1998-12-31', code: 'DB0101' },
      { fullName: 'Mai Văn Tú', birthDate: '1999-01-10', code: 'DB0102' },
      { fullName: 'Mai Thị Hoa', birthDate: '1999-01-10', code: 'DB0103' },
      { fullName: 'Ông Văn Cả', birthDate: '1955', code: 'DB0104' },
    ];
    for (const d of more) {
      await t.engine.call('delegates:create', { ...BLANK_DELEGATE, ...d, status: 'official' });
      await t.engine.call('checkin:scan', { code: d.code });
    }
    const text = await docText('credentials');
    // Ánh and Trang (31/12/1998) are 27 like Tú and Hoa (10/01/1999), but older than them
    expect(text).toContain('đại biểu trẻ nhất: Mai Văn Tú và Mai Thị Hoa (27 tuổi)');
    // two born in 1955, the day unknown: neither can be said to be the older
    expect(text).toContain('đại biểu cao tuổi nhất: Hoàng Quốc Việt và Ông Văn Cả (71 tuổi)');
  });
});

describe('one date rule; the minutes open with the time of the count', () => {
  it('attendance list and credentials report carry the congress date when the session has none', async () => {
    await congressFor(t, 4, 3);
    await t.engine.call('congress:update', { startDate: '2026-12-20' });
    expect(await docText('attendance')).toContain('Ba Đình, ngày 20 tháng 12 năm 2026');
    expect(await docText('credentials')).toContain('Ba Đình, ngày 20 tháng 12 năm 2026');
    await t.engine.call('sessions:update', { id: 1, title: 'Phiên trù bị', date: '2026-12-19' });
    expect(await docText('attendance')).toContain('Ba Đình, ngày 19 tháng 12 năm 2026');
    expect(await docText('credentials')).toContain('Ba Đình, ngày 19 tháng 12 năm 2026');
  });

  it('the minutes say when the count was made and "số phiếu phát ra" once', async () => {
    await congressFor(t, 10, 9);
    const id = await countedBallot(t, TIE_PAPERS);
    const text = await docText('minutes', { ballotId: id });
    // the stepping clock starts 07:30 UTC = 14:30 in the hall; the count is a few dozen seconds later
    expect(text).toMatch(/Hôm nay, vào lúc 14 giờ \d{2} phút, ngày 15 tháng 12 năm 2026, tại /);
    expect(text.match(/phiếu phát ra/gi)).toHaveLength(1);
  });
});

describe('table cells keep a number with its unit and short labels whole', () => {
  it('votes PDF: "118 (97,52 %)" on one line; attendance PDF: "STT" and "Chính thức" whole', async () => {
    await congressFor(t, 121, 121);
    const v = await t.engine.call('votes:create', { question: 'Thông qua Chương trình hành động nhiệm kỳ 2025 - 2030' });
    await t.engine.call('votes:record', { id: v.id, counts: { for: 118, against: 3, abstain: 0 }, close: true });
    const votes = await t.engine.call('exports:run', { what: 'votes', format: 'pdf', out: out() });
    const lines = pdfLines(votes.files[0]!.path).map((l) => l.text.replace(/[\u200d\u2060]/g, '').replace(/\s+/g, ' '));
    expect(lines.some((l) => l.includes('118 (97,52 %)'))).toBe(true);
    expect(lines.filter((l) => /^\)|^-? ?2030/.test(l.trim()))).toEqual([]);
    const attendance = await t.engine.call('exports:run', { what: 'attendance', format: 'pdf', out: out() });
    const cells = pdfLines(attendance.files[0]!.path).map((l) => l.text.trim());
    expect(cells.some((c) => /(^| )STT( |$)/.test(c))).toBe(true);
    expect(cells.filter((c) => c.includes('Chính thức'))).toHaveLength(121);
    expect(cells.filter((c) => /^thức|(^| )ST( |$)|^T$/.test(c))).toEqual([]);
  });

  it('"2025 - 2030" is held together in the .docx (non-breaking spaces and hyphen) and in the PDF', async () => {
    await congressFor(t, 4, 4);
    await t.engine.call('congress:update', { name: 'Đại hội đại biểu MTTQ Việt Nam phường Ngọc Hà lần thứ I, nhiệm kỳ 2025 - 2030' });
    const r = await t.engine.call('exports:run', { what: 'credentials', format: 'docx', out: out() });
    const { xml } = await docxText(r.files[0]!.path);
    expect(xml).toContain('nhiệm kỳ 2025\u00a0</w:t><w:noBreakHyphen/><w:t xml:space="preserve">\u00a02030</w:t>');
    const pdf = await t.engine.call('exports:run', { what: 'credentials', format: 'pdf', out: out() });
    expect(pdfPlain(pdf.files[0]!.path)).toContain('nhiệm kỳ 2025 - 2030');
  });
});

describe('keepTogether', () => {
  it('binds a number to its unit, a count to its percentage, a term of office to its years; leaves other text alone', () => {
    const NB = '\u00a0';
    expect(keepTogether('118 (97,52 %)')).toBe(`118${NB}(97,52${NB}%)`);
    expect(keepTogether('7/8 phiếu, 10 đại biểu, 27 tuổi')).toBe(`7/8${NB}phiếu, 10${NB}đại${NB}biểu, 27${NB}tuổi`);
    expect(keepTogether('nhiệm kỳ 2025 - 2030')).toBe(`nhiệm kỳ 2025${NB}-\u2060${NB}2030`);
    expect(keepTogether('nhiệm kỳ 2025–2030')).toBe('nhiệm kỳ 2025–\u20602030');
    expect(keepTogether('1 (bàn phím, BAN1)')).toBe('1 (bàn phím, BAN1)');
    expect(keepTogether('Tổ 1 vị trí')).toBe('Tổ 1 vị trí'); // "vị" is no unit: "1 vị trí"
  });
});

/** The font sizes of a PDF's text lines, from pdftohtml's font specs (at zoom 3, so a third of a point shows). */
function textSizes(path: string): { text: string; size: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '3', path], { encoding: 'utf8' });
  const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="([\d.]+)"/g)].map((m) => [m[1]!, Number(m[2]) / 3]));
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({
    text: m[2]!.replace(/<[^>]+>/g, ''),
    size: sizes.get(m[1]!)!,
  }));
}

describe('delegate cards', () => {
  it('a long congress name is printed whole in a legible header (at least 8 pt)', async () => {
    const name =
      'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam phường Ngọc Hà, quận Ba Đình, thành phố Hà Nội lần thứ I, nhiệm kỳ 2025 - 2030';
    await congressFor(t, 1, 0);
    await t.engine.call('congress:update', { name });
    const r = await t.engine.call('exports:run', { what: 'cards', format: 'pdf', out: out() });
    const lines = textSizes(r.files[0]!.path).map((l) => ({
      ...l,
      text: l.text
        .replace(/[\u200d\u2060]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
    const upper = name.toLocaleUpperCase('vi');
    const header = lines.filter((l) => upper.includes(l.text) && l.text.length > 3);
    // the card carries the whole name, over two or three lines
    expect(header.map((l) => l.text).join(' ')).toBe(upper);
    for (const l of header) expect(l.size).toBeGreaterThanOrEqual(8);
  });
});

describe('the archive keeps the PDFs', () => {
  it('credentials, attendance and vote results as PDF, and the list of the elected', async () => {
    await congressFor(t, 10, 9);
    const id = await countedBallot(t, TIE_PAPERS);
    const tally = await t.engine.call('ballots:tally', { id });
    const v = await t.engine.call('votes:create', { question: 'Thông qua chương trình Đại hội' });
    await t.engine.call('votes:record', { id: v.id, counts: 'unanimous', close: true });
    await t.engine.call('exports:run', { what: 'archive', format: 'folder', out: out() });
    const root = join(
      out(),
      readdirSync(out()).find((f) => f.startsWith('Luu-tru-'))!,
    );
    const paths = (JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).files as { path: string }[]).map((f) => f.path);
    for (const expected of [
      /^Dai-bieu\/Bao-cao-tham-tra-tu-cach-dai-bieu\.pdf$/,
      /^Diem-danh\/Diem-danh-1-.*\.pdf$/,
      /^Bieu-quyet\/Ket-qua-bieu-quyet\.pdf$/,
      /^Bau-cu\/Danh-sach-trung-cu\.pdf$/,
    ])
      expect(
        paths.some((p) => expected.test(p)),
        String(expected),
      ).toBe(true);
    const elected = pdfPlain(
      join(
        root,
        paths.find((p) => p.startsWith('Bau-cu/Danh-sach-trung-cu'))!,
      ),
    );
    expect(elected).toContain('DANH SÁCH NGƯỜI TRÚNG HIỆP THƯƠNG');
    // three elected, two tied for the last seat (TIE_PAPERS), in order of votes
    const byNumber = new Map(tally.candidates.map((c) => [c.number, c]));
    const rows = tally.elected.map((n, i) => `${i + 1} ${byNumber.get(n)!.name}`);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(elected).toContain(row);
    expect(elected).not.toContain('Ngô Thị Ưng');
    expect(elected).toContain('Số lượng được hiệp thương cử: 4; số người trúng hiệp thương: 3.');
  });
});
