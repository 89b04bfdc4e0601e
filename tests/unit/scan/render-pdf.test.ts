/**
 * The blank papers rendered by the app's own renderer (pdf.js on a Skia canvas, main/scan/render-pdf.ts)
 * are the same pages poppler's pdftoppm made before (docs/scanning.md): same size, ink within a pixel,
 * the corner and row marks at the same places, and the sheets' codes read from them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { AppError } from '../../../shared/contract/result';
import type { Rect } from '../../../shared/domain/paper-geometry';
import { parsePaperCode } from '../../../shared/domain/paper-code';
import { markingFor } from '../../../shared/domain/paper-layout';
import type { GreyImage } from '../../../shared/domain/scan-page';
import { expectedSheets } from '../../../main/scan/blank-sheets';
import { decodeScan } from '../../../main/scan/decode';
import { BLANK_DPI, renderPdfPages } from '../../../main/scan/render-pdf';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../../integration/exports/export-setup';
import { NAMES, scanBallot } from '../../integration/scan/scan-setup';

type Page = GreyImage & { dpi: number };

/** What the app rendered with before: pdftoppm's grey PNGs, decoded as the old renderer did. */
async function popplerPages(pdf: string, dir: string, dpi = BLANK_DPI): Promise<Page[]> {
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdf, join(dir, 'poppler')]);
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('poppler') && f.endsWith('.png'))
    .sort();
  const pages: Page[] = [];
  for (const f of files) for (const p of await decodeScan(readFileSync(join(dir, f)), f)) pages.push({ ...p.image, dpi });
  return pages;
}

const meanDifference = (a: Page, b: Page) => a.data.reduce((sum, v, i) => sum + Math.abs(v - b.data[i]!), 0) / a.data.length;

/** Dark pixels of `a` with no dark pixel of `b` within one pixel: ink that moved or appeared. */
function strayInk(a: Page, b: Page): number {
  let stray = 0;
  for (let y = 1; y < a.height - 1; y++)
    for (let x = 1; x < a.width - 1; x++) {
      if (a.data[y * a.width + x]! >= 100) continue;
      let near = false;
      for (let dy = -1; dy <= 1 && !near; dy++) for (let dx = -1; dx <= 1 && !near; dx++) near = b.data[(y + dy) * b.width + x + dx]! < 160;
      if (!near) stray++;
    }
  return stray;
}

/** The ink's centre (pixels) inside a box of the sheet (points), grown by 2 pt. */
function inkCentre(page: Page, r: Rect): { x: number; y: number; ink: number } {
  const s = page.dpi / 72;
  let ink = 0;
  let sx = 0;
  let sy = 0;
  for (let y = Math.floor((r.y - 2) * s); y < Math.ceil((r.y + r.h + 2) * s); y++)
    for (let x = Math.floor((r.x - 2) * s); x < Math.ceil((r.x + r.w + 2) * s); x++) {
      const v = (255 - page.data[y * page.width + x]!) / 255;
      ink += v;
      sx += v * x;
      sy += v * y;
    }
  return { x: sx / ink, y: sy / ink, ink };
}

/** A page of one line of large text in `font` (a PDF standard font's name, or a font file pdfkit embeds). */
async function textPdf(font: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 72 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.font(font).fontSize(40).text('BLANK PAPER 2026');
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** The page's ink (in black pixels) and the size of the box its dark pixels lie in. */
function inkBox(page: Page): { ink: number; width: number; height: number } {
  let ink = 0;
  const box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (let y = 0; y < page.height; y++)
    for (let x = 0; x < page.width; x++) {
      const v = 255 - page.data[y * page.width + x]!;
      ink += v / 255;
      if (v <= 128) continue;
      box.x0 = Math.min(box.x0, x);
      box.x1 = Math.max(box.x1, x);
      box.y0 = Math.min(box.y0, y);
      box.y1 = Math.max(box.y1, y);
    }
  return { ink, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}

let t: TempEngine;
const papers: { pdf: string; names: string[]; seats: number }[] = [];

beforeAll(async () => {
  t = tempEngine(steppingClock());
  await congressFor(t, 8, 8);
  // A one-sheet paper, and a list long enough to run onto a second sheet.
  const long = Array.from({ length: 90 }, (_, i) => `${NAMES[i % NAMES.length]} ${i + 1}`);
  for (const [names, seats, folder] of [
    [NAMES, 9, 'short'],
    [long, 60, 'long'],
  ] as const) {
    const ballotId = await scanBallot(t, `Danh sách ${names.length} người`, names, seats);
    const r = await t.engine.call('exports:run', {
      what: 'ballot_papers',
      format: 'pdf',
      ballotId,
      perPage: 1,
      out: t.file(folder),
      ifExists: 'new-name',
    });
    papers.push({ pdf: r.files[0]!.path, names: [...names], seats });
  }
}, 60_000);
afterAll(() => t.dispose());

/** The pixels the limits below were measured in (150 dpi), at the blanks' resolution. */
const PX = BLANK_DPI / 150;

// a 300 dpi page is some 9 million pixels to draw and compare, twice a paper
describe('the blank papers rendered without poppler', { timeout: 60_000 }, () => {
  it('are pdftoppm’s pages: same size, little difference, every ink pixel within one pixel of the other’s', async () => {
    for (const [i, { pdf }] of papers.entries()) {
      const ours = await renderPdfPages(readFileSync(pdf), 'blank.pdf');
      const theirs = await popplerPages(pdf, t.file(i === 0 ? 'short' : 'long'));
      expect(ours.length).toBe(theirs.length);
      for (const [p, page] of ours.entries()) {
        const old = theirs[p]!;
        expect([page.width, page.height, page.dpi]).toEqual([old.width, old.height, BLANK_DPI]);
        expect(page.data).toHaveLength(page.width * page.height); // one grey byte a pixel
        expect(meanDifference(page, old)).toBeLessThan(4); // measured 1.8 (antialiased glyph edges)
        expect(strayInk(page, old)).toBe(0);
        expect(strayInk(old, page)).toBe(0);
      }
    }
  });

  it('put the corner and row marks and the code where pdftoppm put them, and the sheets’ codes read from them', async () => {
    for (const [i, { pdf, names, seats }] of papers.entries()) {
      const marking = markingFor(names.length, seats);
      const ours = await renderPdfPages(readFileSync(pdf), 'blank.pdf');
      const theirs = await popplerPages(pdf, t.file(i === 0 ? 'short' : 'long'));
      const sheets = expectedSheets(ours, marking, names);
      const before = expectedSheets(theirs, marking, names);
      expect(sheets.map((s) => s.code)).toEqual(before.map((s) => s.code));
      expect(sheets.map((s) => s.geometry.sheet)).toEqual(ours.map((_, n) => n + 1));
      expect(sheets.length).toBe(i === 0 ? 1 : 2);
      for (const s of sheets) {
        const code = parsePaperCode(s.code);
        expect(code?.sheet).toBe(s.geometry.sheet);
        const boxes = [...s.geometry.corners, ...s.geometry.rows.flatMap((r) => r.marks), s.geometry.code];
        for (const box of boxes) {
          const a = inkCentre(ours[s.geometry.sheet - 1]!, box);
          const b = inkCentre(theirs[s.geometry.sheet - 1]!, box);
          expect(a.ink).toBeGreaterThan(0);
          expect(Math.hypot(a.x - b.x, a.y - b.y), JSON.stringify(box)).toBeLessThan(0.5 * PX);
        }
      }
    }
  });

  it('draws a font the PDF does not embed with pdf.js’s own standard font, not one the machine happens to have', async () => {
    // Helvetica, not embedded, is drawn with the package's Liberation Sans: the same page as with that file
    // embedded. Without the package's fonts pdf.js falls back on a font of the system (here DejaVu Sans).
    const liberation = join(
      dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
      'standard_fonts',
      'LiberationSans-Regular.ttf',
    );
    const [named] = await renderPdfPages(await textPdf('Helvetica'), 'helvetica.pdf');
    const [embedded] = await renderPdfPages(await textPdf(liberation), 'liberation.pdf');
    const a = inkBox(named!);
    const b = inkBox(embedded!);
    expect(a.ink).toBeGreaterThan(1000); // glyphs, not an empty page
    // pdfkit sets the two a little apart (its Helvetica metrics are not the file's); the glyphs are the same.
    // Measured: 0.6 % more ink with the embedded file, the same height; DejaVu Sans: 4.7 %, 3 px taller.
    expect(Math.abs(a.ink - b.ink) / b.ink).toBeLessThan(0.02);
    expect(Math.abs(a.height - b.height)).toBeLessThanOrEqual(PX);
    expect(Math.abs(a.width - b.width)).toBeLessThanOrEqual(6 * PX);
  });

  it('leaves the caller’s bytes as they were, and refuses what is no PDF by key', async () => {
    const bytes = readFileSync(papers[0]!.pdf);
    const copy = Buffer.from(bytes);
    await renderPdfPages(bytes, 'blank.pdf');
    expect(bytes.equals(copy)).toBe(true);
    const refusal = await renderPdfPages(new TextEncoder().encode('%PDF-1.7\nnot a document'), 'hỏng.pdf').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'SCAN_REFUSED', key: 'scan.noRenderer', params: { file: 'hỏng.pdf' } });
  });
});
