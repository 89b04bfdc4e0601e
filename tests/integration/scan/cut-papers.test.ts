/**
 * Papers printed two or four to an A4 page and cut apart before the vote (docs/scanning.md, "In phiếu"):
 * each cut paper carries its own marks and code and is read at its own size, fed either way up or turned
 * a quarter (an A5 paper goes through a feeder short edge first). An A4 page scanned before it was cut
 * holds several papers: it is refused, never read as one of them.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { renderMessage } from '../../../shared/i18n/messages';
import { tempEngine, type TempEngine } from '../../helpers/temp-engine';
import { congressFor, pdfToPngs } from '../exports/export-setup';
import { type Marks, printPapers, SCAN_DPI, scanBallot, scanJpeg, struckBy } from './scan-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const MM = 72 / 25.4;
const b64 = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });
const turned = async (jpeg: Uint8Array, angle: number) =>
  new Uint8Array(await sharp(jpeg).rotate(angle).withDensity(SCAN_DPI).jpeg({ quality: 90 }).toBuffer());

const A5: Marks[] = [
  { 0: 'strike', 3: 'strike', 7: 'strike' },
  { 1: 'strike', 2: 'strike', 11: 'strike' },
  { 4: 'strike', 5: 'double', 6: 'strike' },
];
const A6: Marks[] = [
  { 2: 'strike', 8: 'strike', 9: 'strike' },
  { 0: 'wavy', 10: 'strike', 11: 'strike' },
];

it('reads cut papers of two and four to a page, fed either way, and refuses a page that was not cut', async () => {
  await congressFor(t, 6, 6);
  const id = await scanBallot(t);
  const two = await printPapers(t, id, 'hai', 2);
  const four = await printPapers(t, id, 'bon', 4);
  // the export made the forms asked for: an A5 and an A6 paper with their own code
  expect([two.drawn.geometry.size.w / MM, two.drawn.geometry.size.h / MM].map(Math.round)).toEqual([210, 149]);
  expect([four.drawn.geometry.size.w / MM, four.drawn.geometry.size.h / MM].map(Math.round)).toEqual([105, 149]);

  const files = [
    b64('a5-1.jpg', await scanJpeg(t, two, A5[0]!, 1)),
    b64('a5-2.jpg', await turned(await scanJpeg(t, two, A5[1]!, 2), 90)), // fed short edge first
    b64('a5-3.jpg', await turned(await scanJpeg(t, two, A5[2]!, 3), 180)),
    b64('a6-1.jpg', await scanJpeg(t, four, A6[0]!, 6)),
    b64('a6-2.jpg', await turned(await scanJpeg(t, four, A6[1]!, 5), 180)),
    b64('chua-cat.png', readFileSync(pdfToPngs(two.pdf, t.file('chua-cat'), SCAN_DPI)[0]!)),
    b64('chua-cat-4.png', readFileSync(pdfToPngs(four.pdf, t.file('chua-cat-4'), SCAN_DPI)[0]!)),
  ];
  const report = await t.engine.call('papers:scan', { ballotId: id, pass: 1, files });
  expect(report.pages.map((p) => [p.file, p.status, p.paper ?? p.key])).toEqual([
    ['a5-1.jpg', 'accepted', 1],
    ['a5-2.jpg', 'accepted', 2],
    ['a5-3.jpg', 'accepted', 3],
    ['a6-1.jpg', 'accepted', 4],
    ['a6-2.jpg', 'accepted', 5],
    ['chua-cat.png', 'refused', 'scan.uncutPage'],
    ['chua-cat-4.png', 'refused', 'scan.uncutPage'],
  ]);
  expect(report.pages.slice(-2).map((p) => p.params?.papers)).toEqual([2, 4]);
  expect(renderMessage('vi', report.pages.at(-2)!)).toBe(
    'Trang 1 của tệp chua-cat.png là cả tờ A4 in 2 phiếu chưa cắt rời: cắt từng phiếu ra rồi quét lại; trang này không được tính.',
  );
  const papers = await t.engine.call('papers:list', { ballotId: id, pass: 1 });
  expect(papers.map((p) => p.struck)).toEqual([...A5, ...A6].map(struckBy));
}, 240_000);
