import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodePages, decodeScan } from '../../../main/scan/decode';
import { interpretPage } from '../../../main/scan/interpret';
import { seeded } from '../../helpers/scan/random';
import { generateScan } from '../../helpers/scan/scan-generator';
import { expectedSheet, printSheet, testGeometry } from '../../helpers/scan/test-sheet';
import { stamp, voterMark } from '../../helpers/scan/voter-marks';

const sheet = printSheet(testGeometry());

describe('scanned files of every kind', () => {
  it("reads a scanner's PDF (one JPEG per page) with the page's dpi, and a PNG", async () => {
    const r = seeded(4);
    const jpeg = await generateScan(sheet, [...stamp(r, sheet), ...voterMark(r, sheet, 0, 'strike')], { dpi: 200 });
    const pdf = await PDFDocument.create();
    const image = await pdf.embedJpg(jpeg);
    for (let i = 0; i < 2; i++)
      pdf
        .addPage([image.width * 0.36, image.height * 0.36])
        .drawImage(image, { x: 0, y: 0, width: image.width * 0.36, height: image.height * 0.36 });
    const pages = await decodeScan(await pdf.save(), 'box.pdf');
    expect(pages.map((p) => [p.page, p.image.dpi])).toEqual([
      [1, 200],
      [2, 200],
    ]);
    expect(pages[0]!.hash).toBe(pages[1]!.hash);
    const read = interpretPage(pages[0]!.image, [expectedSheet(sheet)]);
    expect(read.kind === 'read' && read.rows[0]!.decision).toBe('struck');
    const png = await sharp(jpeg).png().toBuffer();
    const [fromPng] = await decodeScan(new Uint8Array(png), 'a.png');
    expect(fromPng!.image.width).toBe(pages[0]!.image.width);
  });

  it('reads every page of a multi-page TIFF, each with its own hash', async () => {
    const page = (background: string) =>
      sharp({ create: { width: 60, height: 40, channels: 3, background } })
        .png()
        .toBuffer();
    const tiff = await sharp([await page('#ffffff'), await page('#202020')], { join: { animated: true } })
      .tiff()
      .toBuffer();
    const pages = await decodeScan(new Uint8Array(tiff), 'two.tif');
    expect(pages.map((p) => [p.page, p.image.width, p.image.data[0]! > 128])).toEqual([
      [1, 60, true],
      [2, 60, false],
    ]);
    expect(pages[0]!.hash).not.toBe(pages[1]!.hash);
  });
});

/** A scanner's PDF of raw grey pages (FlateDecode); `damaged` pages hold bytes that do not inflate. */
async function rawPdf(pages: readonly ('good' | 'damaged')[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const [w, h] = [30, 20];
  for (const kind of pages) {
    const dict = { Type: 'XObject', Subtype: 'Image', Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 8 };
    const stream =
      kind === 'good'
        ? doc.context.flateStream(new Uint8Array(w * h).fill(240), dict)
        : doc.context.stream(new Uint8Array([1, 2, 3, 4, 5]), { ...dict, Filter: 'FlateDecode' });
    const page = doc.addPage([w * 0.36, h * 0.36]);
    page.node.newXObject('Scan', doc.context.register(stream));
  }
  return doc.save();
}

describe("a scanner's PDF read page by page", () => {
  it('gives each raw page before the next is taken out: a damaged page is refused after the ones before it were read', async () => {
    const read: number[] = [];
    let refused: unknown;
    try {
      for await (const p of decodePages(await rawPdf(['good', 'good', 'damaged', 'good']), 'hop.pdf')) read.push(p.page);
    } catch (error) {
      refused = error;
    }
    expect(read).toEqual([1, 2]);
    expect(refused).toMatchObject({ code: 'SCAN_REFUSED', key: 'scan.damaged', params: { file: 'hop.pdf', page: 3 } });
  });
});
