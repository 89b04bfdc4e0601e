import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import {
  congressFor,
  countedBallot,
  docxText,
  flat,
  pdfFonts,
  pdfInfo,
  pdfLines,
  pdfText,
  sha256File,
  TIE_PAPERS as PAPERS,
} from './export-setup';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

// 9 papers, 7 names (1..7 in printed order), 4 seats, base = 8 present. Votes 8, 7, 6, 5, 5, 1, 0: a tie
// for the last seat between 4 and 5 (re-run rule). Paper 9 keeps 5 names: invalid.
/** Votes of names 1..7 against the 8 present, worked out by hand from PAPERS (not by the code under test). */
const VOTE_LINES = [
  '8/8 phiếu, đạt 100,00 %',
  '7/8 phiếu, đạt 87,50 %',
  '6/8 phiếu, đạt 75,00 %',
  '5/8 phiếu, đạt 62,50 %',
  '1/8 phiếu, đạt 12,50 %',
  '0/8 phiếu, đạt 0,00 %',
];

describe('minutes of the count (biên bản kiểm phiếu)', () => {
  it('prints every number of the tally, the elected in order of votes, the tie, and signatures, in .docx and PDF', async () => {
    await congressFor(t, 10, 8);
    const id = await countedBallot(t, PAPERS);
    const tally = await t.engine.call('ballots:tally', { id });
    expect(tally.valid).toBe(8);
    expect(tally.invalid).toBe(1);
    const congressFile = t.file('c.congress');
    t.engine.close();
    const before = sha256File(congressFile);
    t.engine.open(congressFile);

    const out = join(t.dir, 'out');
    const docx = await t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: id, out });
    const pdf = await t.engine.call('exports:run', { what: 'minutes', format: 'pdf', ballotId: id, out });
    t.engine.close();
    expect(sha256File(congressFile)).toBe(before); // export never changes the congress

    const docx_ = await docxText(docx.files[0]!.path);
    const { core, custom } = docx_;
    const text = flat(docx_.text);
    const pdfLines = flat(pdfText(pdf.files[0]!.path), 'join');
    for (const body of [text, pdfLines]) {
      expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(body).toContain('ỦY BAN MTTQ VIỆT NAM QUẬN'); // the letterhead may wrap in the PDF's left column
      expect(body).toContain('ĐOÀN CHỦ TỊCH ĐẠI HỘI');
      expect(body).toContain('Ba Đình, ngày 15 tháng 12 năm 2026');
      expect(body).toContain('BIÊN BẢN KIỂM PHIẾU');
      expect(body).toContain('Số phiếu phát ra: 9.');
      expect(body).toContain('Số phiếu hợp lệ: 8.');
      expect(body).toContain('Số phiếu không hợp lệ: 1');
      expect(body).toContain('giữ lại quá số lượng được hiệp thương cử: 1');
      for (const line of VOTE_LINES) expect(body).toContain(line);
      // identical names carry their birth dates, as on the paper
      expect(body).toContain('Nguyễn Văn Bình (02/05/1970)');
      expect(body).toContain('Nguyễn Văn Bình (09/01/1980)');
      expect(body).toContain('TRƯỞNG BAN KIỂM PHIẾU');
      expect(body).toContain('TM. ĐOÀN CHỦ TỊCH');
      expect(body).toContain('Trần Văn Đức');
    }
    // The elected, by votes (8, 7, 6 of 8), in that order; the tie for the last seat named.
    const section = text.slice(text.indexOf('IV. NGƯỜI TRÚNG HIỆP THƯƠNG'), text.indexOf('V. KHIẾU NẠI'));
    const positions = VOTE_LINES.slice(0, 3).map((line) => section.indexOf(line));
    expect(positions[0]).toBeGreaterThanOrEqual(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(3);
    expect(tally.tie).toMatchObject({ numbers: [4, 5], votes: 5, seatsContested: 1 });
    expect(section).toContain('Có 2 người bằng phiếu nhau (5 phiếu) ở vị trí cuối cùng: Nguyễn Văn Bình (09/01/1980), Hoàng Thị Dung.');
    expect(section).toContain('Số người trúng hiệp thương: 3/4.');

    // metadata: app and schema version
    expect(core).toContain('Congress Desk 0.1.0');
    expect(custom).toMatch(/SchemaVersion[\s\S]*<vt:lpwstr>\d+<\/vt:lpwstr>/);
    expect(pdfInfo(pdf.files[0]!.path)).toMatch(/Creator:\s+Congress Desk 0\.1\.0 · lược đồ tệp đại hội \d+/);
    expect(pdfInfo(pdf.files[0]!.path)).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    expect(pdfFonts(pdf.files[0]!.path)).toMatch(/LiberationSerif-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(readdirSync(out).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('PDF: «Khiếu nại, tố cáo (nếu có):» and its dots on one line, a second dotted line under it', async () => {
    await congressFor(t, 10, 8);
    const id = await countedBallot(t, PAPERS);
    const pdf = await t.engine.call('exports:run', { what: 'minutes', format: 'pdf', ballotId: id, out: join(t.dir, 'out') });
    const lines = pdfLines(pdf.files[0]!.path);
    const at = lines.findIndex((l) => l.text.includes('Khiếu nại, tố cáo'));
    expect(flat(lines[at]!.text)).toMatch(/Khiếu nại, tố cáo \(nếu có\): \.{40,}$/);
    expect(flat(lines[at + 1]!.text)).toMatch(/^\.{100,}$/);
  });

  it('refuses a ballot not yet counted, in Vietnamese, and writes nothing', async () => {
    await congressFor(t, 6, 6);
    const b = await t.engine.call('ballots:create', {
      title: 'Bầu thử',
      kind: 'committee',
      seatsApproved: 1,
      seats: 1,
      method: 'paper',
      preset: 'mttq',
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 1,
    });
    const out = join(t.dir, 'out');
    const r = await t.engine.invoke('exports:run', { what: 'minutes', format: 'pdf', ballotId: b.id, out });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorText(r.error)).toContain('chỉ lập biên bản kiểm phiếu sau khi kết thúc kiểm phiếu');
    expect(existsSync(out)).toBe(false);
  });
});
