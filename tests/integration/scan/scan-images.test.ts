/**
 * The kept images of scanned sheets (docs/scanning.md, "Ảnh được giữ"): the app's own printed papers,
 * scanned (one fed upside down), read through the contract in the worker, and then: each read page's
 * image beside the congress file, named by and recorded with its SHA-256, upright, its rows' boxes on
 * the very rows; served to the board, refused when unknown or changed; checked by verify; archived.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { verifyCommand } from '../../../main/cli/verify-command';
import { checkKeptImages } from '../../../main/db/verify-images';
import { verifyCongressFile } from '../../../main/db/verify';
import { decodeScan } from '../../../main/scan/decode';
import { interpretPage } from '../../../main/scan/interpret';
import { scanPapers } from '../../../main/scan/scan-papers';
import type { ImageBox, RowReading } from '../../../shared/domain/scan-page';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { printPapers, scanBallot, scanJpeg } from './scan-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine(steppingClock());
});
afterEach(() => t.dispose());

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const b64 = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

interface Grey {
  data: Buffer;
  width: number;
  height: number;
}

async function greyOf(path: string): Promise<Grey> {
  const { data, info } = await sharp(path).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Pixels inside `box` dark on `a` and light on `b` (the same printed page under both): ink `a` has and `b` has not. */
function newInk(a: Grey, b: Grey, box: ImageBox): number {
  let n = 0;
  for (let y = Math.floor(box.y * a.height); y < (box.y + box.h) * a.height; y++)
    for (let x = Math.floor(box.x * a.width); x < (box.x + box.w) * a.width; x++) {
      const i = y * a.width + x;
      if (a.data[i]! < 100 && b.data[i]! > 180) n++;
    }
  return n;
}

describe('the kept images of scanned sheets', () => {
  it('keeps each read page upright beside the congress by its SHA-256, serves it to the board, verify checks it, the archive holds it', async () => {
    await congressFor(t, 4, 4);
    const id = await scanBallot(t);
    const printed = await printPapers(t, id, 'out');
    const plain = await scanJpeg(t, printed, { 0: 'strike', 1: 'strike', 2: 'strike' }, 1);
    const doubtful = await scanJpeg(t, printed, { 3: 'strike', 4: 'strike', 5: 'strike', 7: 'short' }, 2);
    // fed upside down: the scanner's picture of the sheet turned 180°
    const upsideDown = await sharp(await scanJpeg(t, printed, { 6: 'strike', 8: 'strike', 10: 'strike' }, 3))
      .rotate(180)
      .withDensity(200)
      .jpeg({ quality: 90 })
      .toBuffer();
    const white = await sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#fafafa' } })
      .png()
      .toBuffer();
    const report = await t.engine.call('papers:scan', {
      ballotId: id,
      pass: 1,
      files: [b64('to-1.jpg', plain), b64('to-2.jpg', doubtful), b64('to-3.jpg', upsideDown), b64('mat-sau.png', white)],
    });
    expect(report.pages.map((p) => [p.file, p.status, p.paper ?? p.key])).toEqual([
      ['to-1.jpg', 'accepted', 1],
      ['to-2.jpg', 'pending', 2],
      ['to-3.jpg', 'accepted', 3],
      ['mat-sau.png', 'refused', 'scan.blank'],
    ]);

    // beside the congress file, one JPEG per sheet recorded, named by the SHA-256 of its bytes, which the file records
    const congress = t.file('c.congress');
    const folder = `${congress}.anh-quet`;
    const db = t.engine.context().db;
    const sheets = db
      .prepare("SELECT paper, image_sha256 AS image, doubts FROM scanned_sheets WHERE ballot_id = ? AND status <> 'refused' ORDER BY paper")
      .all(id) as { paper: number; image: string; doubts: string }[];
    expect(sheets.map((s) => s.paper)).toEqual([1, 2, 3]);
    expect(db.prepare("SELECT image_sha256 FROM scanned_sheets WHERE status = 'refused'").pluck().all()).toEqual([null]);
    expect(readdirSync(folder).sort()).toEqual(sheets.map((s) => `${s.image}.jpg`).sort());
    for (const s of sheets) expect(sha256(readFileSync(join(folder, `${s.image}.jpg`)))).toBe(s.image);
    const path = (paper: number) => join(folder, `${sheets[paper - 1]!.image}.jpg`);

    // kept at the scan's resolution, in colour (the red stamp), and upright: read again, the upside-down sheet is the right way up
    const meta = await sharp(path(3)).metadata();
    expect([meta.width, meta.height, meta.channels, meta.density]).toEqual([1654, 2339, 3, 200]);
    const [again] = await decodeScan(readFileSync(path(3)), 'kept.jpg');
    const reread = interpretPage(again!.image, printed.sheets);
    expect(reread.kind === 'read' && [reread.orientation, reread.rows.filter((r) => r.decision === 'struck').map((r) => r.number)]).toEqual(
      [0, [7, 9, 11]],
    );

    // each row's box is that row on the kept image: the strike drawn there, not a neighbour's
    const rows = (paper: number) => (JSON.parse(sheets[paper - 1]!.doubts) as { rows: RowReading[] }).rows;
    const box = (paper: number, n: number) => rows(paper).find((r) => r.number === n)!.box!;
    const [g1, g2, g3] = await Promise.all([greyOf(path(1)), greyOf(path(2)), greyOf(path(3))]);
    expect(newInk(g1, g2, box(1, 3))).toBeGreaterThan(150);
    expect(newInk(g1, g2, box(1, 4))).toBeLessThan(20); // below the struck row 3: nothing of its line
    expect(newInk(g2, g1, box(2, 4))).toBeGreaterThan(150);
    expect(newInk(g3, g1, box(3, 7))).toBeGreaterThan(150);
    expect(newInk(g3, g1, box(3, 8))).toBeLessThan(20);
    // the upside-down sheet's boxes, turned with its image, lie where the upright sheet's do
    for (const n of [1, 7, 12])
      for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(box(3, n)[k] - box(1, n)[k])).toBeLessThan(0.01);
    expect(box(1, 1).w).toBeGreaterThan(0.8); // from the row's left mark to its right one, number and name inside
    expect(box(1, 1).h).toBeLessThan(box(1, 2).y - box(1, 1).y + 0.002);

    // the pending paper lists its image; the board is served it, and nothing this ballot did not record
    const pending = await t.engine.call('papers:pending', { ballotId: id });
    expect(pending.map((p) => p.sheets.map((s) => s.image))).toEqual([[sheets[1]!.image]]);
    const served = await t.engine.call('papers:sheetImage', { ballotId: id, image: sheets[1]!.image });
    expect([served.mime, sha256(Buffer.from(served.contentBase64, 'base64'))]).toEqual(['image/jpeg', sheets[1]!.image]);
    const unknown = await t.engine.invoke('papers:sheetImage', { ballotId: id, image: 'a'.repeat(64) });
    expect(unknown.ok ? null : [unknown.error.code, unknown.error.key]).toEqual(['NOT_FOUND', 'scan.imageUnknown']);
    const other = await scanBallot(t, 'Hiệp thương cử Ban Thường trực');
    const elsewhere = await t.engine.invoke('papers:sheetImage', { ballotId: other, image: sheets[0]!.image });
    expect(elsewhere.ok ? null : [elsewhere.error.code, elsewhere.error.key]).toEqual(['NOT_FOUND', 'scan.imageUnknown']);

    // the same stack read again: every page a copy, and the images its sheets recorded stay
    const copies = await scanPapers(
      t.engine.context(),
      { ballotId: id, pass: 1, files: [{ name: 'lai-1.jpg', bytes: plain }] },
      printed.sheets,
    );
    expect(copies.duplicates).toBe(1);
    expect(readdirSync(folder)).toHaveLength(3);
    expect(checkKeptImages(db, congress)).toEqual({ checked: 3, problems: [] });

    // the archive holds the images when asked, with the list of ballot, pass, paper and sheet
    const archived = await t.engine.call('exports:run', { what: 'archive', format: 'zip', out: t.file('luu-tru'), scanImages: true });
    const zip = await JSZip.loadAsync(readFileSync(archived.files[0]!.path));
    for (const s of sheets) expect(sha256(await zip.file(`anh-quet/${s.image}.jpg`)!.async('uint8array'))).toBe(s.image);
    const list = (await zip.file('anh-quet/danh-sach-anh.csv')!.async('string'))
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(list).toEqual([
      'Ảnh,Số cuộc bầu,Lượt nhập,Phiếu số,Tờ,Trạng thái,Tệp quét,Trang',
      `${sheets[0]!.image}.jpg,${id},1,1,1,đã ghi,to-1.jpg,1`,
      `${sheets[1]!.image}.jpg,${id},1,2,1,chờ Ban kiểm phiếu,to-2.jpg,1`,
      `${sheets[2]!.image}.jpg,${id},1,3,1,đã ghi,to-3.jpg,1`,
    ]);
    expect(await zip.file('SHA256SUMS')!.async('string')).toContain(`${sheets[2]!.image}  anh-quet/${sheets[2]!.image}.jpg`);
    const without = await t.engine.call('exports:run', { what: 'archive', format: 'zip', out: t.file('luu-tru-2') });
    const plainZip = await JSZip.loadAsync(readFileSync(without.files[0]!.path));
    expect(Object.keys(plainZip.files).filter((n) => n.startsWith('anh-quet/'))).toEqual([]);

    // a changed image is refused to the board by name, and so is a deleted one
    appendFileSync(path(1), Buffer.from([0]));
    rmSync(path(2));
    const changed = await t.engine.invoke('papers:sheetImage', { ballotId: id, image: sheets[0]!.image });
    expect(changed.ok ? null : [changed.error.code, changed.error.key, changed.error.params?.file]).toEqual([
      'FILE_DAMAGED',
      'scan.imageChanged',
      path(1),
    ]);
    const gone = await t.engine.invoke('papers:sheetImage', { ballotId: id, image: sheets[1]!.image });
    expect(gone.ok ? null : [gone.error.code, gone.error.key]).toEqual(['FILE_NOT_FOUND', 'scan.imageMissing']);
    const refusedArchive = await t.engine.invoke('exports:run', {
      what: 'archive',
      format: 'zip',
      out: t.file('luu-tru-3'),
      scanImages: true,
    });
    expect(refusedArchive.ok ? null : refusedArchive.error.key).toBe('scan.imageChanged');

    // verify names each, with its ballot, pass, paper, sheet and file
    t.engine.close();
    const verified = verifyCongressFile(congress);
    const name = (paper: number) => `c.congress.anh-quet/${sheets[paper - 1]!.image}.jpg`;
    expect([verified.verdict, verified.images]).toEqual([
      'broken',
      {
        checked: 3,
        problems: [
          { key: 'scan.verify.imageChanged', params: { ballot: id, pass: 1, paper: 1, sheet: 1, file: name(1) } },
          { key: 'scan.verify.imageMissing', params: { ballot: id, pass: 1, paper: 2, sheet: 1, file: name(2) } },
        ],
      },
    ]);
    const lines: string[] = [];
    expect(verifyCommand(congress, {}, (l) => lines.push(l))).toBe(1);
    expect(lines).toContain('  ✗ Ảnh quét: 2 trên 3 ảnh thiếu hoặc bị sửa:');
    expect(lines).toContain(`      - Thiếu ảnh quét tờ 1 của phiếu số 2 (lần nhập 1) của cuộc bầu số ${id}: không thấy tệp ${name(2)}`);
  }, 240_000);
});
