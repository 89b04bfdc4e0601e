import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeScan } from '../../../main/scan/decode';
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
