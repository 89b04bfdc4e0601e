import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeScan } from '../../../main/scan/decode';
import { interpretPage } from '../../../main/scan/interpret';
import { AppError } from '../../../shared/contract/result';
import { decideRow } from '../../../shared/domain/mark-decision';
import { seeded } from '../../helpers/scan/random';
import { generateScan, type ScanOptions } from '../../helpers/scan/scan-generator';
import { expectedSheet, printSheet, testGeometry } from '../../helpers/scan/test-sheet';
import { signature, stamp, voterMark } from '../../helpers/scan/voter-marks';

const sheet = printSheet(testGeometry());
const expected = [expectedSheet(sheet)];

async function read(marks: Parameters<typeof generateScan>[1], o: ScanOptions) {
  const [page] = await decodeScan(await generateScan(sheet, marks, o), 'test.jpg');
  return interpretPage(page!.image, expected);
}

async function refusal(bytes: Uint8Array, file: string): Promise<AppError> {
  try {
    await decodeScan(bytes, file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('reading a scanned sheet', () => {
  it('reads strikes on a sheet turned upside down with a dark border, and finds nothing to doubt', async () => {
    const r = seeded(1);
    const marks = [...stamp(r, sheet), ...voterMark(r, sheet, 2, 'strike'), ...voterMark(r, sheet, 5, 'wavy')];
    const result = await read(marks, { dpi: 150, rotate180: true, skew: -2.5, border: 'dark', blur: 0.6, noise: 6, quality: 70 });
    expect(result).toMatchObject({ kind: 'read', orientation: 180, code: sheet.code, doubts: [], review: false });
    if (result.kind !== 'read') return;
    expect(result.rows.filter((x) => x.decision === 'struck').map((x) => x.number)).toEqual([3, 6]);
  });

  it('sends a circled name, a missing stamp and a signature to the board', async () => {
    const r = seeded(2);
    const result = await read([...voterMark(r, sheet, 4, 'circle'), ...signature(r, sheet)], { dpi: 200, skew: 1 });
    expect(result.kind).toBe('read');
    if (result.kind !== 'read') return;
    expect(result.rows[4]!.decision).toBe('doubtful');
    expect([...result.doubts].sort()).toEqual(['no-stamp', 'writing']);
    expect(result.review).toBe(true);
  });

  it('refuses a page printed "fit to page"', async () => {
    const result = await read(stamp(seeded(3), sheet), { dpi: 200, scale: 0.95, sayDpi: true });
    expect(result).toMatchObject({ kind: 'wrong-scale' });
  });

  it('calls an empty feed blank', async () => {
    const white = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#f6f6f6' } })
      .jpeg()
      .toBuffer();
    const [page] = await decodeScan(new Uint8Array(white), 'empty.jpg');
    expect(interpretPage(page!.image, expected)).toEqual({ kind: 'blank' });
  });
});

describe('scanned files refused', () => {
  it('names the file for an unknown format, a damaged JPEG and a PDF without images', async () => {
    expect(await refusal(new TextEncoder().encode('hello'), 'a.txt')).toMatchObject({
      code: 'SCAN_REFUSED',
      key: 'scan.unknownFormat',
      params: { file: 'a.txt' },
    });
    const jpeg = await generateScan(sheet, [], { dpi: 150 });
    expect(await refusal(jpeg.slice(0, 2000), 'cut.jpg')).toMatchObject({ key: 'scan.damaged', params: { file: 'cut.jpg', page: 1 } });
    const pdf = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF',
    );
    expect(await refusal(pdf, 'scan.pdf')).toMatchObject({ key: 'scan.pdfNoImage', params: { file: 'scan.pdf', page: 1 } });
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff]);
    expect(await refusal(big, 'big.jpg')).toMatchObject({ key: 'scan.tooLarge', params: { file: 'big.jpg' } });
  });

  it('knows the same sheet scanned twice by its hash', async () => {
    const jpeg = await generateScan(sheet, [], { dpi: 150 });
    const [a] = await decodeScan(jpeg, 'a.jpg');
    const [b] = await decodeScan(jpeg.slice(), 'b.jpg');
    expect(a!.hash).toBe(b!.hash);
  });
});

describe('the mark decision', () => {
  const line = { lineSpan: 0.95, lineOnName: 1, lineSpread: 0, lineDarkness: 0.8, lineInk: 0.8, extraInk: 0, marksFound: true };
  it('strikes, keeps and doubts by the bands', () => {
    expect(decideRow(line).decision).toBe('struck');
    expect(decideRow({ ...line, lineSpan: 0 }).decision).toBe('kept');
    expect(decideRow({ ...line, lineSpan: 0.5 })).toEqual({ decision: 'doubtful', reasons: ['short-line'] });
    expect(decideRow({ ...line, lineDarkness: 0.2 }).reasons).toEqual(['faint']);
    // a thin dark pen at 150 dpi shows lighter than it is but keeps its ink across; a faint pen has neither
    expect(decideRow({ ...line, lineDarkness: 0.39, lineInk: 0.55 }).decision).toBe('struck');
    expect(decideRow({ ...line, lineDarkness: 0.39, lineInk: 0.25 }).reasons).toEqual(['faint']);
    expect(decideRow({ ...line, lineDarkness: 0.3, lineInk: 0.6 }).reasons).toEqual(['faint']);
    // on a colour scan a red pen's thin line is as light, with too few clean columns for its ink, but red: a
    // pencil or a shadow is grey (redness 0)
    expect(decideRow({ ...line, lineDarkness: 0.39, lineInk: 0, lineRedness: 34 }).decision).toBe('struck');
    expect(decideRow({ ...line, lineDarkness: 0.39, lineInk: 0, lineRedness: 0 }).reasons).toEqual(['faint']);
    expect(decideRow({ ...line, lineDarkness: 0.3, lineInk: 0, lineRedness: 90 }).reasons).toEqual(['faint']);
    // two lines a few points apart are a double strike; a name's height apart, a circle's arcs
    expect(decideRow({ ...line, lineSpread: 0.5 }).decision).toBe('struck');
    expect(decideRow({ ...line, lineSpread: 1.6 })).toEqual({ decision: 'doubtful', reasons: ['off-name'] });
    expect(decideRow({ ...line, lineSpan: 0, extraInk: 0.01 }).reasons).toEqual(['extra-ink']);
    expect(decideRow({ ...line, yesInk: 0.1, noInk: 0 }).decision).toBe('yes');
    expect(decideRow({ ...line, yesInk: 0.1, noInk: 0.1 }).reasons).toEqual(['both-boxes']);
  });
});
