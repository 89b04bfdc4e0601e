/**
 * A watched folder (docs/scanning.md "A watched folder"): the test writes the scans of a long list's papers
 * (two sheets each) into the folder one by one as a feeder would, the engine reads them in a worker as
 * they come; each batch is told as it is recorded, a paper whose second sheet has not come waits.
 */
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageFileName, scanImageFolder } from '../../../main/db/scan-images';
import type { EventPayload } from '../../../shared/contract/channels';
import { tempEngine, type TempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { LONG_NAMES, printSheets } from './long-paper-setup';
import { scanBallot, scanJpeg } from './scan-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(async () => {
  await t.engine.call('papers:unwatch', {}).catch(() => null);
  t.dispose();
});

type Scanned = EventPayload<'papers:scanned'>;
const scanned = () => t.events.filter((e) => e.name === 'papers:scanned').map((e) => e.payload as Scanned);

/** Waits until the watch has told `n` batches (a batch is a few seconds of reading on a loaded machine). */
const told = (n: number) => vi.waitFor(() => expect(scanned().length).toBeGreaterThanOrEqual(n), { timeout: 90_000, interval: 200 });

/** Written as a scanner does: under a temporary name, then renamed to its own (the watch never sees half a file). */
function feed(folder: string, name: string, bytes: Uint8Array) {
  writeFileSync(join(folder, `${name}.part`), bytes);
  renameSync(join(folder, `${name}.part`), join(folder, name));
}

describe('a watched folder', () => {
  it('reads the sheets as they come, holds a paper until its next sheet, counts a copy once, and refuses the sheet left waiting', async () => {
    await congressFor(t, 2, 2);
    const id = await scanBallot(t, 'Hiệp thương cử Ủy ban MTTQ', LONG_NAMES, 120);
    const [first, second] = await printSheets(t, id, 'out');
    const rowsOf = (k: number) => [first, second][k - 1]!.drawn.geometry.rows.map((r) => r.number);
    const folder = t.file('may-quet');
    mkdirSync(folder);
    const sheet = (k: 1 | 2, row: number, seed: number) => scanJpeg(t, k === 1 ? first! : second!, { [row]: 'strike' }, seed);
    const [a1, a2, b1, b2, c1] = await Promise.all([sheet(1, 0, 1), sheet(2, 1, 2), sheet(1, 2, 3), sheet(2, 3, 4), sheet(1, 4, 5)]);

    const started = await t.engine.call('papers:watch', { ballotId: id, pass: 1, folder });
    expect(started).toEqual({ ballotId: id, pass: 1, folder, files: 0, accepted: 0, pending: 0, refused: 0, duplicates: 0, waiting: 0 });
    expect(await t.engine.invoke('papers:watch', { ballotId: id, pass: 1, folder })).toMatchObject({
      ok: false,
      error: { code: 'SCAN_WATCHING', key: 'scan.watchBusy', params: { folder } },
    });

    feed(folder, 'scan-1.jpg', a1);
    await told(1);
    // sheet 1 of 2 alone: not recorded, told as waiting
    expect(scanned()[0]).toMatchObject({ report: { pages: [], accepted: 0 }, watch: { files: 1, waiting: 1 } });
    expect(await t.engine.call('papers:list', { ballotId: id, pass: 1 })).toEqual([]);
    const kept = () => readdirSync(scanImageFolder(t.engine.context().path)).sort();
    expect(kept()).toHaveLength(1); // the waiting sheet's image stays until its paper is recorded

    feed(folder, 'scan-2.jpg', a2);
    feed(folder, 'scan-3.jpg', b1);
    feed(folder, 'scan-10.jpg', b2); // the scanner's numbering: after 3
    await vi.waitFor(() => expect(scanned().at(-1)?.watch).toMatchObject({ files: 4, accepted: 2, waiting: 0 }), { timeout: 120_000 });
    const lines = scanned().flatMap((e) => e.report.pages.map((p) => [p.file, p.status, p.paper, p.sheet]));
    expect(lines).toEqual([
      ['scan-1.jpg', 'accepted', 1, 1],
      ['scan-2.jpg', 'accepted', 1, 2],
      ['scan-3.jpg', 'accepted', 2, 1],
      ['scan-10.jpg', 'accepted', 2, 2],
    ]);

    const before = scanned().length;
    copyFileSync(join(folder, 'scan-2.jpg'), join(folder, 'scan-11.jpg')); // the same sheet fed twice
    feed(folder, 'scan-12.jpg', c1);
    await vi.waitFor(() => expect(scanned().at(-1)?.watch).toMatchObject({ files: 6, duplicates: 1, waiting: 1 }), { timeout: 120_000 });
    expect(
      scanned()
        .slice(before)
        .flatMap((e) => e.report.pages.map((p) => [p.file, p.status, p.key])),
    ).toEqual([['scan-11.jpg', 'duplicate', 'scan.duplicate']]);

    // unwatched: the sheet still waiting for its second is refused, and the last event says the watch is over
    const stopped = await t.engine.call('papers:unwatch', {});
    expect(stopped).toMatchObject({ files: 6, accepted: 2, pending: 0, refused: 1, duplicates: 1, waiting: 0 });
    expect(scanned().at(-1)).toMatchObject({
      watch: null,
      report: { pages: [{ file: 'scan-12.jpg', status: 'refused', key: 'scan.sheetMissing', params: { sheet: 2, sheets: 2 } }] },
    });
    expect(await t.engine.call('papers:watching', {})).toBeNull();

    const papers = await t.engine.call('papers:list', { ballotId: id, pass: 1 });
    expect(papers.map((p) => [p.paper, p.struck])).toEqual([
      [1, [rowsOf(1)[0], rowsOf(2)[1]]],
      [2, [rowsOf(1)[2], rowsOf(2)[3]]],
    ]);
    const db = t.engine.context().db;
    const sheets = db
      .prepare('SELECT file_name AS file, paper, sheet, status FROM scanned_sheets WHERE ballot_id = ? ORDER BY rowid')
      .all(id);
    expect(sheets).toEqual([
      { file: 'scan-1.jpg', paper: 1, sheet: 1, status: 'accepted' },
      { file: 'scan-2.jpg', paper: 1, sheet: 2, status: 'accepted' },
      { file: 'scan-3.jpg', paper: 2, sheet: 1, status: 'accepted' },
      { file: 'scan-10.jpg', paper: 2, sheet: 2, status: 'accepted' },
      { file: 'scan-12.jpg', paper: null, sheet: null, status: 'refused' },
    ]);
    // the images kept are those of the recorded sheets: the refused one's went with it
    const images = db.prepare('SELECT DISTINCT image_sha256 FROM scanned_sheets WHERE image_sha256 IS NOT NULL').pluck().all() as string[];
    expect(images).toHaveLength(4);
    expect(kept()).toEqual(images.map(imageFileName).sort());
  }, 400_000);

  it('stops, saying so by key, when its folder goes away; refuses a folder that is not there', async () => {
    await congressFor(t, 1, 1);
    const id = await scanBallot(t);
    const folder = t.file('usb');
    expect(await t.engine.invoke('papers:watch', { ballotId: id, pass: 1, folder })).toMatchObject({
      ok: false,
      error: { code: 'FOLDER_NOT_FOUND', params: { path: folder } },
    });
    mkdirSync(folder);
    await t.engine.call('papers:watch', { ballotId: id, pass: 1, folder });
    rmSync(folder, { recursive: true });
    await told(1);
    expect(scanned()[0]).toMatchObject({
      watch: null,
      report: { refused: 1, pages: [{ file: folder, status: 'refused', key: 'scan.watchFolderGone', params: { folder } }] },
    });
    expect(await t.engine.call('papers:watching', {})).toBeNull();
  });

  it('ends when the congress is closed', async () => {
    await congressFor(t, 1, 1);
    const id = await scanBallot(t);
    const folder = t.file('quet');
    mkdirSync(folder);
    await t.engine.call('papers:watch', { ballotId: id, pass: 1, folder });
    const path = t.engine.context().path;
    t.engine.close();
    t.engine.open(path);
    await vi.waitFor(async () => expect(await t.engine.call('papers:watching', {})).toBeNull(), { timeout: 10_000 });
    expect(scanned()).toEqual([]);
  });
});
