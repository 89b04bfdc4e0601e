import sharp from 'sharp';
import { scanPapers, type ScanFile } from '../../../main/scan/scan-papers';
import { layoutHash, paperIdentity } from '../../../main/services/paper-identity';
import { type ReadPage, recordScannedPages } from '../../../main/services/scan-service';
import { encodePaperCode } from '../../../shared/domain/paper-code';
import { sheetsOf } from '../../../shared/domain/paper-layout';
import { decidePendingPaper, pendingPapers } from '../../../main/services/scan-review-service';
import { steppingClock, type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { type Marks, printPapers, scanBallot, scanJpeg, scannerPdf, scanPng, struckBy } from './scan-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine(steppingClock());
});
afterEach(() => t.dispose());

/** Six plain papers; the seventh has a short line the board must look at. */
const PAPERS: Marks[] = [
  { 0: 'strike', 4: 'strike', 9: 'strike' },
  { 1: 'strike', 2: 'double' },
  { 0: 'strike', 11: 'strike', 6: 'strike' },
  {},
  { 3: 'wavy', 4: 'strike', 5: 'strike' },
  { 0: 'strike' },
];
const DOUBTFUL: Marks = { 2: 'strike', 5: 'strike', 10: 'strike', 7: 'short' };

/** 12 names for 9 seats: a paper keeping more than 9 (striking fewer than 3) is invalid and gives no votes. */
const votesFor = (papers: Marks[]) => {
  const valid = papers.map(struckBy).filter((s) => s.length >= 3);
  return Array.from({ length: 12 }, (_, i) => valid.filter((s) => !s.includes(i + 1)).length);
};

/** Printed "fit to page": the sheet at 95 % on a page that says 200 dpi. */
async function fitToPage(jpeg: Uint8Array): Promise<Uint8Array> {
  const { width } = await sharp(jpeg).metadata();
  return new Uint8Array(
    await sharp(jpeg)
      .resize(Math.round(width! * 0.95))
      .withMetadata({ density: 200 })
      .jpeg()
      .toBuffer(),
  );
}

/** The back of a sheet. */
async function whitePage(): Promise<Uint8Array> {
  const page = sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#f6f6f6' } });
  return new Uint8Array(await page.png().toBuffer());
}

describe('scanning a stack of papers into a pass', () => {
  it('records the strikes drawn, skips what was scanned before, refuses another ballot, holds a doubtful paper for the board', async () => {
    await congressFor(t, 8, 8);
    const id = await scanBallot(t);
    const other = await scanBallot(t, 'Hiệp thương cử Ban Thường trực');
    const printed = await printPapers(t, id, 'out');
    const elsewhere = await printPapers(t, other, 'other');
    const ctx = () => t.engine.context();

    const jpegs = await Promise.all(PAPERS.map((m, i) => scanJpeg(t, printed, m, i + 1)));
    const files: ScanFile[] = [
      { name: 'hop-1.pdf', bytes: await scannerPdf(jpegs.slice(0, 3)) },
      { name: 'to-4.png', bytes: await scanPng(t, printed, PAPERS[3]!, 4) },
      { name: 'to-5.jpg', bytes: jpegs[4]! },
      { name: 'khac.jpg', bytes: await scanJpeg(t, elsewhere, { 0: 'strike' }, 50) },
      { name: 'to-6.jpg', bytes: jpegs[5]! },
      { name: 'nghi.jpg', bytes: await scanJpeg(t, printed, DOUBTFUL, 7) },
      { name: 'to-5-lai.jpg', bytes: jpegs[4]! },
      { name: 'vua-trang.jpg', bytes: await fitToPage(jpegs[0]!) },
      { name: 'mat-sau.png', bytes: await whitePage() },
      { name: 'ghi-chu.txt', bytes: new TextEncoder().encode('không phải ảnh') },
    ];
    const report = await scanPapers(ctx(), { ballotId: id, pass: 1, files }, printed.sheets);
    expect(report.pages.map((p) => [p.file, p.page, p.status, p.paper ?? null])).toEqual([
      ['hop-1.pdf', 1, 'accepted', 1],
      ['hop-1.pdf', 2, 'accepted', 2],
      ['hop-1.pdf', 3, 'accepted', 3],
      ['to-4.png', 1, 'accepted', 4],
      ['to-5.jpg', 1, 'accepted', 5],
      ['khac.jpg', 1, 'refused', null],
      ['to-6.jpg', 1, 'accepted', 6],
      ['nghi.jpg', 1, 'pending', 7],
      ['to-5-lai.jpg', 1, 'duplicate', null],
      ['vua-trang.jpg', 1, 'refused', null],
      ['mat-sau.png', 1, 'refused', null],
      ['ghi-chu.txt', 1, 'refused', null],
    ]);
    expect(report.pages.slice(9).map((p) => [p.file, p.status, p.key, p.params?.file])).toEqual([
      ['vua-trang.jpg', 'refused', 'scan.wrongScale', 'vua-trang.jpg'],
      ['mat-sau.png', 'refused', 'scan.blank', 'mat-sau.png'],
      ['ghi-chu.txt', 'refused', 'scan.unknownFormat', 'ghi-chu.txt'],
    ]);
    expect(report.pages[8]!.params).toEqual({ file: 'to-5-lai.jpg', page: 1, paper: 5, firstFile: 'to-5.jpg', firstPage: 1 });
    expect(report.pages[5]).toMatchObject({ key: 'scan.otherBallot', params: { file: 'khac.jpg', page: 1 } });
    expect([report.accepted, report.pending, report.refused, report.duplicates]).toEqual([6, 1, 4, 1]);

    const papers = await t.engine.call('papers:list', { ballotId: id, pass: 1 });
    expect(papers.map((p) => [p.paper, p.struck])).toEqual(PAPERS.map((m, i) => [i + 1, struckBy(m)]));
    const tally = await t.engine.call('ballots:tally', { id });
    expect(tally.candidates.map((c) => c.votes)).toEqual(votesFor(PAPERS));

    // the same files again (renamed): nothing new, each page named with the paper it already is
    const again = await scanPapers(
      ctx(),
      { ballotId: id, pass: 1, files: files.map((f) => ({ ...f, name: `lai-${f.name}` })) },
      printed.sheets,
    );
    expect([again.accepted, again.pending, again.refused, again.duplicates]).toEqual([0, 0, 4, 8]);
    expect(again.pages[0]).toMatchObject({ status: 'duplicate', key: 'scan.duplicate', params: { paper: 1, firstFile: 'hop-1.pdf' } });
    expect(await t.engine.call('papers:list', { ballotId: id, pass: 1 })).toHaveLength(6);

    // the doubtful paper waits, with what the machine saw, and the count waits for it
    const waiting = pendingPapers(ctx(), id);
    // with the SHA-256 of its image kept beside the congress file (scan-images.test.ts checks the file)
    expect(waiting.map((p) => [p.paper, p.sheets])).toEqual([
      [7, [{ file: 'nghi.jpg', page: 1, sheet: 1, image: expect.stringMatching(/^[0-9a-f]{64}$/) }]],
    ]);
    expect(waiting[0]!.rows.find((r) => r.number === 8)!.decision).toBe('doubtful');
    const refused = await t.engine.invoke('ballots:count', { id });
    expect(refused.ok ? null : [refused.error.code, refused.error.key, refused.error.params]).toEqual([
      'SCAN_PENDING',
      'scan.pendingBlocksCount',
      { count: 1, papers: '7' },
    ]);

    // the board reads it: 3, 6 and 11 struck, the short line is no strike
    decidePendingPaper(ctx(), { ballotId: id, paper: 7, struck: [3, 6, 11] });
    expect(pendingPapers(ctx(), id)).toEqual([]);
    const counted = await t.engine.call('ballots:count', { id });
    expect(counted.returned).toBe(7);
    expect(counted.candidates.map((c) => c.votes)).toEqual(votesFor([...PAPERS, { 2: 'strike', 5: 'strike', 10: 'strike' }]));
    const log = await t.engine.call('papers:log', { ballotId: id });
    expect(log.rows).toHaveLength(7);
    const sources = t.engine.context().db.prepare('SELECT paper, source FROM paper_entries WHERE ballot_id = ? ORDER BY paper').all(id);
    expect(sources.map((s) => (s as { source: string }).source)).toEqual(['scan', 'scan', 'scan', 'scan', 'scan', 'scan', 'review']);
  }, 120_000); // twelve pages read in-process, on a machine shared with other runs
});

/**
 * Sheets of a long paper as main/scan would hand them over (the readings made here, the codes the
 * app's own): grouped in scan order, a gap or a repeat stops the paper, a code of another congress is refused.
 */
describe('scanning a long list: sheets put together', () => {
  const NAMES = Array.from({ length: 100 }, (_, i) => `Nguyễn Văn Tên ${i + 1}`);
  const FORM = { perPage: 1, columns: 1, size: 12 } as const;

  async function longBallot() {
    await congressFor(t, 3, 3);
    const id = await scanBallot(t, 'Hiệp thương cử Ủy ban MTTQ', NAMES, 90);
    const ballot = await t.engine.call('ballots:get', { id });
    const sheets = sheetsOf(FORM, 'strike', NAMES);
    const identity = paperIdentity(t.engine.context(), ballot);
    const layout = layoutHash(
      ballot.candidates,
      sheets.map((s) => s.geometry),
    );
    const code = (sheet: number, congress = identity.congress) =>
      encodePaperCode({ ...identity, congress, sheet, sheets: sheets.length, form: FORM, layout });
    return { id, sheets, code };
  }

  let n = 0;
  /** A page read with every name of its sheet kept but `struck`, no doubt. */
  function page(file: string, text: string, rows: readonly number[], struck: readonly number[] = []): ReadPage {
    n++;
    const reading = {
      kind: 'read' as const,
      code: text,
      orientation: 0 as const,
      rows: rows.map((number) => ({ number, decision: struck.includes(number) ? ('struck' as const) : ('kept' as const), reasons: [] })),
      doubts: [],
      review: false,
    };
    return { file, page: 1, hash: n.toString(16).padStart(64, '0'), reading };
  }

  it('records a paper from its sheets in order, stops a paper at a missing or repeated sheet, refuses another congress', async () => {
    const { id, sheets, code } = await longBallot();
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    const rowsOf = (k: number) => sheets[k - 1]!.geometry.rows.map((r) => r.number);
    const last = sheets.length;
    const whole = (prefix: string, struck: number[]) =>
      sheets.map((_, i) => page(`${prefix}-${i + 1}.jpg`, code(i + 1), rowsOf(i + 1), struck));
    const struck = Array.from({ length: 10 }, (_, i) => 91 + i);
    const pages = [
      ...whole('a', struck),
      page('b-1.jpg', code(1), rowsOf(1)), // sheet 2 missing: the next paper starts
      ...whole('c', struck),
      page('d-1.jpg', code(1), rowsOf(1)),
      page('d-1-lai.jpg', code(1), rowsOf(1)), // sheet 1 twice: the first paper lacks sheet 2
      ...sheets.slice(1).map((_, i) => page(`d-${i + 2}.jpg`, code(i + 2), rowsOf(i + 2), struck)),
      page('e-2.jpg', code(2), rowsOf(2)), // starts at sheet 2
      page('f.jpg', code(1, '00000000'), rowsOf(1)),
    ];
    const report = recordScannedPages(t.engine.context(), { ballotId: id, pass: 1, pages });
    const status = (file: string) => report.pages.find((p) => p.file === file)!;
    expect(status('a-1.jpg')).toMatchObject({ status: 'accepted', paper: 1, sheet: 1 });
    expect(status(`a-${last}.jpg`)).toMatchObject({ status: 'accepted', paper: 1, sheet: last });
    expect(status('b-1.jpg')).toMatchObject({ status: 'refused', key: 'scan.sheetMissing', params: { file: 'b-1.jpg', sheet: 2 } });
    expect(status('c-1.jpg')).toMatchObject({ status: 'accepted', paper: 2 });
    expect(status('d-1.jpg')).toMatchObject({ status: 'refused', key: 'scan.sheetMissing' });
    expect(status('d-1-lai.jpg')).toMatchObject({ status: 'accepted', paper: 3 });
    expect(status('e-2.jpg')).toMatchObject({ status: 'refused', key: 'scan.sheetMissing', params: { sheet: 1, at: 2 } });
    expect(status('f.jpg')).toMatchObject({ status: 'refused', key: 'scan.otherCongress', params: { file: 'f.jpg', page: 1 } });
    const papers = await t.engine.call('papers:list', { ballotId: id, pass: 1 });
    expect(papers.map((p) => [p.paper, p.struck])).toEqual([
      [1, struck],
      [2, struck],
      [3, struck],
    ]);
  });

  it('stops a paper whose later sheet comes twice', async () => {
    const { id, sheets, code } = await longBallot();
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    const rows = sheets[1]!.geometry.rows.map((r) => r.number);
    const report = recordScannedPages(t.engine.context(), {
      ballotId: id,
      pass: 1,
      pages: [page('x-1.jpg', code(1), []), page('x-2.jpg', code(2), rows), page('x-2b.jpg', code(2), rows)],
    });
    expect(report.pages.map((p) => [p.file, p.status, p.key])).toEqual([
      ['x-1.jpg', 'refused', 'scan.sheetRepeated'],
      ['x-2.jpg', 'refused', 'scan.sheetRepeated'],
      ['x-2b.jpg', 'refused', 'scan.sheetRepeated'],
    ]);
    expect(await t.engine.call('papers:list', { ballotId: id, pass: 1 })).toEqual([]);
  });
});
