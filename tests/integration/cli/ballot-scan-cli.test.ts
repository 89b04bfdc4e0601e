/**
 * `ballot scan` from the command line: a folder of the app's own printed papers, scanned
 * (tests/integration/scan/scan-setup.ts), read in a worker and recorded as a pass; the review of what it
 * left for the board is in ballot-review-cli.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { printPapers, scanBallot, scanJpeg } from '../scan/scan-setup';

useCliSandbox('congress-cli-scan-', () => {});

it('ballot scan reads a folder as a pass through the contract, in a worker: recorded, pending, refused, and nothing twice', async () => {
  const t = tempEngine();
  try {
    await congressFor(t, 4, 4);
    const id = await scanBallot(t);
    const printed = await printPapers(t, id, 'out');
    const folder = t.file('quet');
    mkdirSync(folder);
    writeFileSync(join(folder, 'scan-1.jpg'), await scanJpeg(t, printed, { 0: 'strike', 1: 'strike', 2: 'strike' }, 1));
    writeFileSync(join(folder, 'scan-2.jpg'), await scanJpeg(t, printed, { 3: 'strike', 4: 'strike', 5: 'strike', 7: 'short' }, 2));
    writeFileSync(join(folder, 'scan-10.jpg'), await scanJpeg(t, printed, { 1: 'strike', 2: 'strike', 3: 'strike' }, 3));
    writeFileSync(join(folder, 'ghi-chu.txt'), 'not a scan'); // not a scanner's file: left out of the folder
    writeFileSync(
      t.file('trang.png'),
      await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer(),
    );
    const file = t.file('c.congress');
    t.engine.close();
    const ref = String(id);

    const first = await cli('ballot', 'scan', file, ref, folder, t.file('trang.png'), '--json');
    expect(first.code).toBe(1); // something waits for the board or was refused
    // the folder in the scanner's numbering (2 before 10), then the file named after it
    expect(JSON.parse(first.out)).toEqual({
      sheets: 4,
      papers: 3,
      recognised: 2,
      doubtful: [{ paper: 2, number: 8, reason: 'short-line' }],
      refused: [{ file: 'trang.png', reason: 'Trang 1 của tệp trang.png để trắng: không phải phiếu.', key: 'scan.blank' }],
    });

    const again = await cli('ballot', 'scan', file, ref, folder);
    expect(again.out.split('\n').at(-1)).toBe('Đã ghi 0 phiếu · chờ Ban kiểm phiếu xem 0 · trang bị từ chối 0 · tờ đã quét trước đó 3');
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT paper, struck, source FROM paper_entries WHERE ballot_id = ? ORDER BY paper').all(id);
    db.close();
    expect(rows).toEqual([
      { paper: 1, struck: '1 2 3', source: 'scan' },
      { paper: 3, struck: '2 3 4', source: 'scan' },
    ]);
  } finally {
    t.dispose();
  }
});

it('ballot scan says when pages came below 180 dpi: lowResolution in --json, a line advising 200 dpi otherwise', async () => {
  const t = tempEngine();
  try {
    await congressFor(t, 4, 4);
    const id = await scanBallot(t);
    const printed = await printPapers(t, id, 'out');
    const stack = async (name: string, dpi: number, seeds: number[]) => {
      const folder = t.file(name);
      mkdirSync(folder);
      for (const seed of seeds)
        writeFileSync(join(folder, `scan-${seed}.jpg`), await scanJpeg(t, printed, { 0: 'strike', 1: 'strike', 2: 'strike' }, seed, dpi));
      return folder;
    };
    const coarse = await stack('quet-150', 150, [1, 2]);
    const more = await stack('quet-150-tiep', 150, [3]);
    const sharp200 = await stack('quet-200', 200, [4]);
    const file = t.file('c.congress');
    t.engine.close();
    const ref = String(id);

    const json = JSON.parse((await cli('ballot', 'scan', file, ref, coarse, '--json')).out);
    expect(json.lowResolution).toEqual({ pages: 2, dpi: 150 });
    const human = await cli('ballot', 'scan', file, ref, more);
    expect(human.out.split('\n').slice(-2)[0]).toBe(
      'Có 1 tờ quét ở 150 dpi: máy không nhìn lại được nét ngắn trong một từ, nên nhiều tờ phải xem lại hơn. Đặt máy quét 200 dpi cho các tờ còn lại.',
    );
    const sharp = JSON.parse((await cli('ballot', 'scan', file, ref, sharp200, '--json')).out);
    expect(sharp.papers).toBe(1);
    expect(sharp).not.toHaveProperty('lowResolution');
  } finally {
    t.dispose();
  }
}, 120_000);
