/**
 * Bad files in a stack of scans (docs/scanning.md "Cách đọc", step 1): an image too large to be a scan,
 * a page of too many pixels, a PDF with no picture, a JPEG truncated and one garbled, and a paper
 * printed for another congress.
 * Through `ballot scan … --json` on a real folder: each is refused by key, in Vietnamese, naming its
 * file; nothing is recorded of it (no sheet taken, no paper, no kept image); the good papers around it are.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { imageFileName, scanImageFolder } from '../../../main/db/scan-images';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { steppingClock, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { printPapers, scanBallot, scanJpeg } from './scan-setup';

useCliSandbox('congress-scan-bad-', () => {});

/** A page of minutes typed into a PDF: text, no scanned picture. */
async function textPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Bien ban kiem phieu', { x: 72, y: 760, size: 14, font });
  return doc.save();
}

/** An uncompressed TIFF of about 50 MB (4,200 × 4,200 colour pixels): no paper is scanned this big. */
const hugeTiff = () =>
  sharp({ create: { width: 4200, height: 4200, channels: 3, background: '#ffffff' } })
    .tiff({ compression: 'none' })
    .toBuffer();

/** A page of 7,000 × 7,000 pixels in a small PNG: 49 million pixels, more than any scan of a paper. */
const hugePng = () =>
  sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#ffffff' } })
    .greyscale()
    .png()
    .toBuffer();

/**
 * The JPEG with 400 bytes of its coded data overwritten near the end, as a faulty USB stick or transfer
 * leaves it: decoded leniently, the bottom of the page is noise read as writing (a paper for the board).
 */
function garbled(jpeg: Uint8Array): Uint8Array {
  const out = new Uint8Array(jpeg);
  const from = Math.floor(out.length * 0.995);
  for (let i = from; i < from + 400; i++) out[i] = (out[i]! * 31 + 7) & 0xff;
  return out;
}

it('refuses each bad file by name in Vietnamese, records nothing of it, and records the good papers of the stack', async () => {
  const t = tempEngine();
  const other = tempEngine(steppingClock(Date.UTC(2026, 10, 1, 8, 0, 0))); // another congress: made at another time
  try {
    await congressFor(t, 4, 4);
    const id = await scanBallot(t);
    const printed = await printPapers(t, id, 'out');
    // the same ballot, names and layout, printed by another congress
    await congressFor(other, 4, 4);
    const otherPrinted = await printPapers(other, await scanBallot(other), 'out');
    other.engine.close();

    const folder = t.file('quet');
    mkdirSync(folder);
    const good = await scanJpeg(t, printed, { 0: 'strike', 1: 'strike', 2: 'strike' }, 1);
    const put = (name: string, bytes: Uint8Array) => writeFileSync(join(folder, name), bytes);
    put('quet-1.jpg', good);
    put('quet-2.tif', await hugeTiff());
    put('quet-3.png', await hugePng());
    put('quet-4.pdf', await textPdf());
    put('quet-5.jpg', good.subarray(0, Math.floor(good.length * 0.7)));
    put('quet-6.jpg', garbled(await scanJpeg(t, printed, { 0: 'strike', 5: 'strike' }, 2)));
    put('quet-7.jpg', await scanJpeg(other, otherPrinted, { 0: 'strike' }, 7));
    put('quet-8.jpg', await scanJpeg(t, printed, { 3: 'strike', 4: 'strike', 5: 'strike' }, 8));
    const file = t.file('c.congress');
    t.engine.close();

    const run = await cli('ballot', 'scan', file, String(id), folder, '--json');
    expect(run.code, run.out).toBe(1);
    expect(JSON.parse(run.out)).toEqual({
      sheets: 8,
      papers: 2,
      recognised: 2,
      doubtful: [],
      refused: [
        { file: 'quet-2.tif', key: 'scan.tooLarge', reason: 'Tệp quét quet-2.tif quá lớn (51 MB; tối đa 40 MB).' },
        { file: 'quet-3.png', key: 'scan.tooManyPixels', reason: 'Trang 1 của tệp quet-3.png quá lớn (> 40 triệu điểm ảnh).' },
        { file: 'quet-4.pdf', key: 'scan.pdfNoImage', reason: 'Trang 1 của tệp PDF quet-4.pdf không có ảnh quét.' },
        { file: 'quet-5.jpg', key: 'scan.damaged', reason: 'Trang 1 của tệp quet-5.jpg bị hỏng, không đọc được ảnh.' },
        { file: 'quet-6.jpg', key: 'scan.damaged', reason: 'Trang 1 của tệp quet-6.jpg bị hỏng, không đọc được ảnh.' },
        { file: 'quet-7.jpg', key: 'scan.otherCongress', reason: 'Trang 1 của tệp quet-7.jpg là phiếu của một đại hội khác.' },
      ],
    });

    const db = new Database(file, { readonly: true });
    const papers = db.prepare('SELECT paper, struck, source FROM paper_entries WHERE ballot_id = ? ORDER BY paper').all(id);
    const sheets = db.prepare('SELECT file_name AS file, status, paper, image_sha256 AS image FROM scanned_sheets ORDER BY id').all() as {
      file: string;
      status: string;
      paper: number | null;
      image: string | null;
    }[];
    db.close();
    expect(papers).toEqual([
      { paper: 1, struck: '1 2 3', source: 'scan' },
      { paper: 2, struck: '4 5 6', source: 'scan' },
    ]);
    // a bad file leaves at most its refusal (a page decoded, so a copy of it is known again), never a sheet taken
    expect(sheets.filter((s) => s.status !== 'refused').map((s) => [s.file, s.status, s.paper])).toEqual([
      ['quet-1.jpg', 'accepted', 1],
      ['quet-8.jpg', 'accepted', 2],
    ]);
    expect(sheets.filter((s) => s.status === 'refused').every((s) => s.image === null && s.paper === null)).toBe(true);
    const kept = sheets.filter((s) => s.image).map((s) => imageFileName(s.image!));
    expect(readdirSync(scanImageFolder(file)).sort()).toEqual(kept.sort());
  } finally {
    other.dispose();
    t.dispose();
  }
}, 120_000);
