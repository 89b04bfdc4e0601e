/**
 * `ballot review`: the scanned papers the machine had a doubt about, listed with what it saw, and the
 * board's decision recorded from the command line; the count waits for it. The papers are the app's own
 * printed papers, scanned (tests/integration/scan/scan-setup.ts) and read in-process first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { scanPapers } from '../../../main/scan/scan-papers';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { printPapers, scanBallot, scanJpeg } from '../scan/scan-setup';

useCliSandbox('congress-cli-scan-', () => {});

it('lists the pending paper with what the machine saw, refuses the count, records the decision, then counts', async () => {
  const t = tempEngine();
  try {
    await congressFor(t, 4, 4);
    const id = await scanBallot(t);
    const printed = await printPapers(t, id, 'out');
    const files = [
      { name: 'to-1.jpg', bytes: await scanJpeg(t, printed, { 0: 'strike', 1: 'strike', 2: 'strike' }, 1) },
      { name: 'to-2.jpg', bytes: await scanJpeg(t, printed, { 3: 'strike', 4: 'strike', 5: 'strike', 7: 'short' }, 2) },
    ];
    const report = await scanPapers(t.engine.context(), { ballotId: id, pass: 1, files }, printed.sheets);
    expect([report.accepted, report.pending]).toEqual([1, 1]);
    const file = t.file('c.congress');
    t.engine.close();
    const ref = String(id);

    const listed = await cli('ballot', 'review', file, ref);
    expect(listed.code).toBe(0);
    expect(listed.out).toBe('Phiếu 2 lượt 1 | to-2.jpg trang 1 | máy thấy gạch: 4 5 6 | cần xem: 8 (short-line)');
    expect((await cli('ballot', 'review', file, ref, '--lang', 'en')).out).toBe(
      'Paper 2 pass 1 | to-2.jpg page 1 | the machine saw struck: 4 5 6 | to look at: 8 (short-line)',
    );
    const json = JSON.parse((await cli('ballot', 'review', file, ref, '--json')).out) as { pending: { paper: number; rows: unknown[] }[] };
    expect(json.pending.map((p) => [p.paper, p.rows.length])).toEqual([[2, 12]]);

    const refused = await cli('ballot', 'publish', file, ref);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Còn 1 phiếu quét chờ Ban kiểm phiếu xem (phiếu số 2): chưa chốt được kết quả.');

    await expect(cli('ballot', 'review', file, ref, '2', 'abc')).rejects.toThrow('hoặc một lý do: not_issued_form');
    const decided = await cli('ballot', 'review', file, ref, '2', '4,5,6', '--json');
    expect(JSON.parse(decided.out)).toEqual({ pass: 1, paper: 2, source: 'review' });
    const again = await cli('ballot', 'review', file, ref, '2', 'written_in', '--lang', 'en');
    expect([again.code, again.out]).toEqual([1, 'Error: Paper 2 has no scanned sheet waiting for review.']);
    expect((await cli('ballot', 'review', file, ref)).out).toBe('Không có phiếu quét nào chờ xem.');
    expect((await cli('ballot', 'review', file, ref, '--lang', 'en')).out).toBe('No scanned paper is waiting for review.');

    expect((await cli('ballot', 'publish', file, ref)).code).toBe(0);
    // every row the scan and the review wrote is held by the audit
    const verified = await cli('verify', file, '--json');
    expect([verified.code, (JSON.parse(verified.out) as { ok: boolean }).ok]).toEqual([0, true]);
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT paper, struck, source FROM paper_entries WHERE ballot_id = ? ORDER BY paper').all(id);
    const audit = db.prepare("SELECT entity_id FROM audit WHERE action = 'scan.review'").pluck().all();
    const decidedBy = db.prepare('SELECT DISTINCT decided_by FROM scanned_sheets WHERE paper = 2').pluck().all();
    db.close();
    expect(rows).toEqual([
      { paper: 1, struck: '1 2 3', source: 'scan' },
      { paper: 2, struck: '4 5 6', source: 'review' },
    ]);
    expect(audit).toEqual([`${id}:1:2`]);
    expect(decidedBy).toEqual([expect.stringMatching(/^cli@./)]);
  } finally {
    t.dispose();
  }
});

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
