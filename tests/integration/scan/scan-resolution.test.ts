/**
 * The resolution a page was read at (docs/scanning.md «Nhìn lại»): below 180 dpi a kept name gets no
 * second look, so the read result and each page outcome of `papers:scan` say the page's dpi, for the
 * scan panel and `ballot scan` to advise 200 dpi.
 */
import { readScans } from '../../../main/scan/scan-papers';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { printPapers, scanBallot, scanJpeg } from './scan-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

const STRUCK = { 0: 'strike', 4: 'strike', 9: 'strike' } as const;

it('a page scanned at 150 dpi is read as 150 dpi, one at 200 as 200, and each outcome of papers:scan says so', async () => {
  await congressFor(t, 8, 8);
  const id = await scanBallot(t);
  const printed = await printPapers(t, id, 'out');
  const coarse = await scanJpeg(t, printed, STRUCK, 1, 150);
  const sharp = await scanJpeg(t, printed, STRUCK, 2, 200);

  const read = await readScans(
    [
      { name: 'to-150.jpg', bytes: coarse },
      { name: 'to-200.jpg', bytes: sharp },
    ],
    printed.sheets,
  );
  expect(read.map((p) => ('reading' in p && p.reading.kind === 'read' ? [p.file, p.reading.dpi] : [p.file, null]))).toEqual([
    ['to-150.jpg', 150],
    ['to-200.jpg', 200],
  ]);

  const files = [
    { fileName: 'to-150.jpg', contentBase64: Buffer.from(coarse).toString('base64') },
    { fileName: 'to-200.jpg', contentBase64: Buffer.from(sharp).toString('base64') },
  ];
  const report = await t.engine.call('papers:scan', { ballotId: id, pass: 1, files });
  expect(report.pages.map((p) => [p.file, p.status === 'accepted' || p.status === 'pending', p.dpi])).toEqual([
    ['to-150.jpg', true, 150],
    ['to-200.jpg', true, 200],
  ]);
  // a copy scanned again is no sheet of the pass, but it too was read at its dpi
  const again = await t.engine.call('papers:scan', { ballotId: id, pass: 1, files: files.slice(0, 1) });
  expect(again.pages.map((p) => [p.status, p.dpi])).toEqual([['duplicate', 150]]);
}, 90_000);
