import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { CARD, cardOrigin, CARDS_PER_PAGE } from '../../../main/export/delegate-cards';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { CANDIDATES, congressFor, flat, pdfFonts, pdfText, pdfToPngs } from './export-setup';
import { BLANK_DELEGATE } from '../../helpers/blank-delegate';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

async function listBallot(title: string, seats: number, names: string[], preset: 'mttq' | 'law'): Promise<number> {
  const b = await t.engine.call('ballots:create', {
    title,
    kind: 'committee',
    seatsApproved: seats,
    seats,
    method: 'paper',
    preset,
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 1,
  });
  const birth = (i: number) => (i === 0 ? '1970-05-02' : i === names.length - 1 ? '1980-01-09' : null);
  await t.engine.call('ballots:setCandidates', { id: b.id, candidates: names.map((name, i) => ({ name, birthDate: birth(i) })) });
  return b.id;
}

describe('ballot papers', () => {
  it('list with surplus: heading, title, numbered names in printed order, birth dates beside identical names, instructions; 4 per page', async () => {
    await congressFor(t, 6, 6);
    const id = await listBallot('Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I', 4, CANDIDATES, 'mttq');
    const ballot = await t.engine.call('ballots:get', { id });
    const r = await t.engine.call('exports:run', {
      what: 'ballot_papers',
      format: 'pdf',
      ballotId: id,
      perPage: 4,
      out: join(t.dir, 'out'),
    });
    const text = flat(pdfText(r.files[0]!.path, 'raw'));
    expect(text.match(/PHIẾU HIỆP THƯƠNG/g)).toHaveLength(4);
    expect(text.match(/\(Dấu của Ban Tổ chức\s+Đại\s+hội\)/g)?.length).toBe(4);
    expect(text).toContain('(Số lượng được hiệp thương cử: 4 người)');
    // printed order, numbered, identical names with the birth date
    const printed = ballot.candidates.map(
      (c) => `${c.number}. ${c.name}${c.showBirthDate ? ` (sinh ${c.birthDate!.split('-').reverse().join('/')})` : ''}`,
    );
    expect(printed).toContain('3. Nguyễn Văn Bình (sinh 02/05/1970)');
    let at = 0;
    for (const line of printed) {
      const i = text.indexOf(line, at);
      expect(i, line).toBeGreaterThanOrEqual(at);
      at = i;
    }
    expect(text).toContain('gạch ngang cả họ và tên');
    expect(pdfFonts(r.files[0]!.path)).toMatch(/LiberationSerif\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it('list without surplus: the two-column Đồng ý / Không đồng ý layout', async () => {
    await congressFor(t, 6, 6);
    const id = await listBallot('Bầu Ban Thường trực', 3, ['Nguyễn Thị Hằng', 'Trần Văn Đức', 'Lò Văn Ửng'], 'law');
    const r = await t.engine.call('exports:run', { what: 'ballot_papers', format: 'pdf', ballotId: id, out: join(t.dir, 'out') });
    const text = flat(pdfText(r.files[0]!.path));
    expect(text).toContain('PHIẾU BẦU CỬ');
    expect(text).toMatch(/STT Họ và tên Đồng ý Không đồng ý/);
    expect(text).toMatch(/1 Trần Văn Đức\n/);
    expect(text).not.toContain('gạch ngang');
  });

  it('a 400-name list runs over several sheets, every name once, numbered 1 to 400', async () => {
    await congressFor(t, 3, 3);
    const given = ['Anh', 'Bình', 'Cường', 'Dũng', 'Hằng', 'Ửng', 'Đức', 'Ơn'];
    const names = Array.from({ length: 400 }, (_, i) => `Nguyễn Thị Phương ${given[i % 8]} Số${String(i).padStart(3, '0')}`);
    const id = await listBallot('Hiệp thương cử Ủy ban Trung ương MTTQ Việt Nam khóa XI', 380, names, 'mttq');
    const r = await t.engine.call('exports:run', {
      what: 'ballot_papers',
      format: 'pdf',
      ballotId: id,
      perPage: 2,
      out: join(t.dir, 'out'),
    });
    const text = flat(pdfText(r.files[0]!.path, 'raw'));
    const numbered = [...text.matchAll(/(\d+)\. Nguyễn Thị Phương/g)].map((m) => Number(m[1]));
    expect(numbered.sort((a, b) => a - b)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    expect(text).toContain('Tờ 1/6');
    expect(text).toContain('Tờ 6/6');
    // a long list falls back to one paper per page; every sheet names the paper it belongs to
    expect(text.match(/PHIẾU HIỆP THƯƠNG/g)).toHaveLength(6);
  });
});

describe('delegate cards', () => {
  it('ten cards per A4 page with a QR code that decodes to the delegate code; the list of delegates without cards', async () => {
    await congressFor(t, 13, 0);
    const out = join(t.dir, 'out');
    const delegates = await t.engine.call('delegates:list', {});
    const r = await t.engine.call('exports:run', { what: 'cards', format: 'pdf', out });
    const pdf = r.files[0]!.path;
    const text = flat(pdfText(pdf));
    expect(text.match(/THẺ ĐẠI BIỂU/g)).toHaveLength(13);
    expect(text).toContain('Nguyễn Thị Hằng');
    expect(text).toContain('Tổ/Đoàn: Tổ 1');
    expect(text).toContain('ĐẠI BIỂU CHÍNH THỨC');

    const dpi = 200;
    const pages = pdfToPngs(pdf, join(t.dir, 'card'), dpi);
    expect(pages).toHaveLength(2);
    const scale = dpi / 72;
    const decoded: string[] = [];
    for (const [p, file] of pages.entries()) {
      const png = PNG.sync.read(readFileSync(file));
      for (let i = 0; i < CARDS_PER_PAGE && p * CARDS_PER_PAGE + i < delegates.length; i++) {
        // cut the card out of the page, as the scanner sees it
        const o = cardOrigin(i, { width: 595.28, height: 841.89 });
        const x0 = Math.round(o.x * scale),
          y0 = Math.round(o.y * scale);
        const w = Math.round(CARD.w * scale),
          h = Math.round(CARD.h * scale);
        const crop = new Uint8ClampedArray(w * h * 4);
        for (let y = 0; y < h; y++)
          crop.set(png.data.subarray(((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + w) * 4), y * w * 4);
        decoded.push(jsQR(crop, w, h)?.data ?? '(unreadable)');
      }
    }
    expect(decoded).toEqual(delegates.map((d) => d.code));

    // two late delegates: only they are without a card, and "missing only" prints just them
    for (const [code, fullName] of [
      ['DB0100', 'Bùi Thị Xuân'],
      ['DB0101', 'Lý Thường Kiệt'],
    ]) {
      await t.engine.call('delegates:create', {
        code,
        fullName,
        status: 'official',
        ...BLANK_DELEGATE,
      });
    }
    const missing = await t.engine.call('exports:run', { what: 'cards_missing', format: 'xlsx', out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(missing.files[0]!.path);
    const ws = wb.worksheets[0]!;
    expect([ws.getRow(5).getCell(2).value, ws.getRow(6).getCell(2).value, ws.getRow(7).getCell(2).value]).toEqual([
      'DB0100',
      'DB0101',
      null,
    ]);
    const extra = await t.engine.call('exports:run', { what: 'cards', format: 'pdf', missingOnly: true, out });
    const extraText = flat(pdfText(extra.files[0]!.path));
    expect(extraText.match(/THẺ ĐẠI BIỂU/g)).toHaveLength(2);
    expect(extraText).toContain('Lý Thường Kiệt');
    const none = await t.engine.invoke('exports:run', { what: 'cards', format: 'pdf', missingOnly: true, out });
    expect(none.ok ? '' : errorText(none.error)).toBe('Mọi đại biểu đều đã có thẻ.');
  });
});
