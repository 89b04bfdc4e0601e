/**
 * `ballot review` with the flags: the listing (`--pass`, `--json` with what is undecided per
 * paper), a doubtful row struck or kept (`--set`, repeatable), the page's doubts cleared (`--valid`), the
 * whole paper invalid (`--invalid`); usage errors in Vietnamese and English; the count waits until all is decided.
 * The pages are read here (tests/integration/scan/read-pages.ts), recorded by the real engine.
 */
import Database from 'better-sqlite3';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { doubtfulPass } from '../scan/read-pages';

useCliSandbox('congress-cli-review-', () => {});

/** A congress file with paper 1 read by the machine, paper 2 doubtful in two rows and its page, paper 3 in one row. */
async function congressWithDoubts(): Promise<{ file: string; ref: string; dispose: () => void }> {
  const t = tempEngine();
  await congressFor(t, 4, 4);
  const id = await doubtfulPass(t);
  const file = t.file('c.congress');
  t.engine.close();
  return { file, ref: String(id), dispose: () => t.dispose() };
}

it('lists what is undecided, decides it item by item with --set, --valid and --invalid, then the count is made', async () => {
  const { file, ref, dispose } = await congressWithDoubts();
  try {
    const listed = await cli('ballot', 'review', file, ref);
    expect([listed.code, listed.out]).toEqual([
      0,
      [
        'Phiếu 2 lượt 1 | to-2.jpg trang 1 | máy thấy gạch: 4 5 | cần xem: 6 (short-line); 8 (faint); trang: writing',
        'Phiếu 3 lượt 1 | to-3.jpg trang 1 | máy thấy gạch: 1 2 3 | cần xem: 9 (extra-ink)',
      ].join('\n'),
    ]);
    const json = JSON.parse((await cli('ballot', 'review', file, ref, '--json')).out) as {
      pending: { paper: number; cleared: boolean; undecided: { rows: number[]; page: string[] } }[];
    };
    expect(json.pending.map((p) => [p.paper, p.cleared, p.undecided])).toEqual([
      [2, false, { rows: [6, 8], page: ['writing'] }],
      [3, false, { rows: [9], page: [] }],
    ]);
    expect((await cli('ballot', 'review', file, ref, '--pass', '2')).out).toBe('Không có phiếu quét nào chờ xem.');

    const rows = await cli('ballot', 'review', file, ref, '--set', '2:6=struck', '--set', '2:8=kept');
    expect([rows.code, rows.out]).toEqual([0, 'Phiếu 2 lượt 1: đã ghi quyết định; còn 1 chỗ chờ Ban kiểm phiếu xem.']);
    expect((await cli('ballot', 'review', file, ref, '--pass', '1', '--lang', 'en')).out.split('\n')[0]).toBe(
      'Paper 2 pass 1 | to-2.jpg page 1 | the machine saw struck: 4 5 | to look at: page: writing | the board decided: 6 struck; 8 kept',
    );
    expect((await cli('ballot', 'publish', file, ref)).out).toContain('Còn 2 phiếu quét chờ Ban kiểm phiếu xem (phiếu số 2, 3)');

    const valid = await cli('ballot', 'review', file, ref, '--valid', '2', '--json');
    expect(JSON.parse(valid.out)).toEqual({ pass: 1, paper: 2, recorded: true, undecided: 0 });
    const notDoubted = await cli('ballot', 'review', file, ref, '--set', '3:1=kept');
    expect([notDoubted.code, notDoubted.out]).toEqual([
      1,
      'Lỗi: Phiếu số 3: máy không nghi ngờ dòng số 1; Ban kiểm phiếu chỉ quyết định những dòng máy đưa ra xem.',
    ]);
    const again = await cli('ballot', 'review', file, ref, '--set', '2:6=kept', '--lang', 'en');
    expect([again.code, again.out]).toEqual([
      1,
      'Error: Paper 2 has already entered pass 1; it cannot be decided again (replace it, with a reason, if need be).',
    ]);
    const invalid = await cli('ballot', 'review', file, ref, '--invalid', '3=written_in');
    expect([invalid.code, invalid.out]).toEqual([0, 'Phiếu 3 lượt 1: đã ghi theo quyết định của Ban kiểm phiếu.']);
    expect((await cli('ballot', 'review', file, ref)).out).toBe('Không có phiếu quét nào chờ xem.');
    expect((await cli('ballot', 'publish', file, ref)).code).toBe(0);

    // every row the decisions wrote is held by the audit (the images were never kept here: no files to check)
    const verified = JSON.parse((await cli('verify', file, '--json')).out) as {
      brokenAuditRows: unknown[];
      data: { covered: boolean; differences: unknown[] };
    };
    expect([verified.brokenAuditRows, verified.data.covered, verified.data.differences]).toEqual([[], true, []]);
    const db = new Database(file, { readonly: true });
    const entries = db.prepare('SELECT paper, struck, invalid, source FROM paper_entries ORDER BY paper').all();
    const audit = db.prepare("SELECT entity_id FROM audit WHERE action = 'scan.review' ORDER BY id").pluck().all();
    db.close();
    expect(entries).toEqual([
      { paper: 1, struck: '1 2 3', invalid: null, source: 'scan' },
      { paper: 2, struck: '4 5 6', invalid: null, source: 'review' },
      { paper: 3, struck: '', invalid: 'written_in', source: 'review' },
    ]);
    expect(audit).toEqual([`${ref}:1:2`, `${ref}:1:2`, `${ref}:1:3`]);
  } finally {
    dispose();
  }
});

it('refuses a decision typed any other way, in Vietnamese and English', async () => {
  const { file, ref, dispose } = await congressWithDoubts();
  try {
    const usage = (...args: string[]) => cli('ballot', 'review', file, ref, ...args);
    await expect(usage('--set', '2:6=maybe')).rejects.toThrow(
      '--set cần dạng <phiếu>:<số>=struck|kept; nhận «2:6=maybe».\n--set needs <phiếu>:<số>=struck|kept; got "2:6=maybe".',
    );
    await expect(usage('--invalid', '3=dirty')).rejects.toThrow('--invalid cần dạng <phiếu>=<not_issued_form|written_in|');
    await expect(usage('--valid', 'hai')).rejects.toThrow('--valid needs <phiếu>; got "hai".');
    await expect(usage('--set', '2:6=struck', '--valid', '3')).rejects.toThrow(
      'Mỗi lệnh quyết định một phiếu; nhận các phiếu 2, 3.\nEach command decides one paper; got papers 2, 3.',
    );
    // the old positional form is gone: one way to do each thing
    await expect(usage('2', '4,5,6')).rejects.toThrow('Thừa tham số «2 4,5,6»: quyết định ghi bằng --set, --invalid hoặc --valid.');
    await expect(usage('--pass', '4')).rejects.toThrow('--pass cần một số nguyên từ 1 đến 3');
    const both = await usage('--invalid', '2=written_in', '--set', '2:6=kept', '--lang', 'en');
    expect([both.code, both.out]).toEqual([
      1,
      'Error: Decide either the whole paper (the struck numbers, or why it is invalid) or its doubts one by one (a row struck or kept, the page valid), not both.',
    ]);
    const help = await cli('ballot', 'review', '--help');
    expect(help.out).toContain('--set <phiếu>:<số>=struck|kept');
    expect(help.out).toContain('--invalid <phiếu>=<lý-do>');
    expect(help.out).toContain('npm run cli -- ballot review dai-hoi 3 --valid 7');
  } finally {
    dispose();
  }
});
