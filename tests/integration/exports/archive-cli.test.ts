import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { runCli } from '../../../main/cli/index';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, flat, pdfText, sha256File, TIE_PAPERS as PAPERS } from './export-setup';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => t.dispose());

describe('congress archive', () => {
  it('folder: a consistent copy of the congress file, every document, a manifest whose SHA-256 sums check', async () => {
    await congressFor(t, 10, 8);
    const id = await countedBallot(t, PAPERS, { passes: 2 });
    const tally = await t.engine.call('ballots:tally', { id });
    const progress: string[] = [];
    const stop = t.engine.on((name, payload) => name === 'exports:progress' && progress.push((payload as { label: string }).label));
    const r = await t.engine.call('exports:run', { what: 'archive', format: 'folder', out: join(t.dir, 'out') });
    stop();
    const root = readdirSync(join(t.dir, 'out')).filter((f) => f.startsWith('Luu-tru-'));
    expect(root).toHaveLength(1);
    const dir = join(t.dir, 'out', root[0]!);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ app: 'Congress Desk', appVersion: '0.1.0' });
    expect(manifest.schemaVersion).toBeGreaterThanOrEqual(2);
    const paths = manifest.files.map((f: { path: string }) => f.path);
    expect(paths[0]).toBe('c.congress');
    for (const expected of [
      /^Bau-cu\/1\/Bien-ban-kiem-phieu-1-.*\.docx$/,
      /^Bau-cu\/1\/Bien-ban-kiem-phieu-1-.*\.pdf$/,
      /^Bau-cu\/1\/Nhat-ky-nhap-phieu-1-.*\.pdf$/,
      /^Bau-cu\/1\/Phieu-1-.*\.pdf$/,
      /^Bau-cu\/Ket-qua-kiem-phieu\.xlsx$/,
      /^Bau-cu\/Ket-qua-kiem-phieu\.csv$/,
      /^Dai-bieu\/The-dai-bieu\.pdf$/,
      /^Dai-bieu\/Bao-cao-tham-tra-tu-cach-dai-bieu\.docx$/,
      /^Diem-danh\/Diem-danh-1-.*\.docx$/,
      /^Diem-danh\/Diem-danh-1-.*\.xlsx$/,
    ]) {
      expect(
        paths.some((p: string) => expected.test(p)),
        String(expected),
      ).toBe(true);
    }
    expect(r.files.map((f) => f.sha256).slice(0, -2)).toEqual(manifest.files.map((f: { sha256: string }) => f.sha256));
    expect(r.files.slice(-2).map((f) => f.path)).toEqual([join(dir, 'manifest.json'), join(dir, 'SHA256SUMS')]);
    // sha256sum agrees with the manifest on every file
    expect(
      execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })
        .trim()
        .split('\n')
        .every((l) => l.endsWith(': OK')),
    ).toBe(true);
    // the copy is a whole congress file with the same tally, in one file (no -wal beside it)
    expect(readdirSync(dir).filter((f) => f.startsWith('c.congress'))).toEqual(['c.congress']);
    const copy = new Database(join(dir, 'c.congress'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM paper_entries WHERE ballot_id = ?').pluck().get(id)).toBe(18);
    copy.close();
    const minutes = paths.find((p: string) => p.endsWith('.pdf') && p.includes('Bien-ban'));
    const text = flat(pdfText(join(dir, minutes)));
    expect(text).toContain(`Số phiếu hợp lệ: ${tally.valid}.`);
    expect(progress.length).toBeGreaterThan(3);
    expect(readdirSync(join(t.dir, 'out')).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('zip: the same files and manifest inside one archive', async () => {
    await congressFor(t, 4, 4);
    await countedBallot(t, [
      [5, 6, 7],
      [4, 6, 7],
      [1, 2, 3],
    ]);
    const r = await t.engine.call('exports:run', { what: 'archive', format: 'zip', out: join(t.dir, 'out') });
    expect(r.files).toHaveLength(1);
    const zip = await JSZip.loadAsync(readFileSync(r.files[0]!.path));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    for (const f of manifest.files) {
      const data = await zip.file(f.path)!.async('nodebuffer');
      expect(data.length, f.path).toBe(f.bytes);
      expect(createHashHex(data), f.path).toBe(f.sha256);
    }
  });
});

function createHashHex(data: Buffer): string {
  return execFileSync('sha256sum', { input: data, encoding: 'utf8' }).split(' ')[0]!;
}

describe('export from the command line', () => {
  it('writes each document, never changes the congress file, and says what went wrong in Vietnamese', async () => {
    await congressFor(t, 10, 8);
    const id = await countedBallot(t, PAPERS);
    const file = t.file('c.congress');
    t.engine.close();
    const before = sha256File(file);
    const out = join(t.dir, 'cli-out');
    const lines: string[] = [];
    const run = (...args: string[]) => runCli(['export', file, ...args], (l) => lines.push(l));
    expect(await run('minutes', '--ballot', String(id), '--format', 'pdf', '--out', out)).toBe(0);
    expect(await run('minutes', '--ballot', String(id), '--out', out)).toBe(0); // docx by default
    expect(await run('entry_log', '--ballot', String(id), '--out', out)).toBe(0);
    expect(await run('tally', '--format', 'csv', '--out', out)).toBe(0);
    expect(await run('ballot_papers', '--ballot', String(id), '--per-page', '2', '--out', out)).toBe(0);
    expect(await run('cards', '--out', out)).toBe(0);
    expect(await run('credentials', '--out', out)).toBe(0);
    expect(await run('attendance', '--format', 'xlsx', '--out', out)).toBe(0);
    expect(await run('archive', '--format', 'zip', '--out', out)).toBe(0);
    expect(lines.filter((l) => l.startsWith('✓'))).toHaveLength(9);
    expect(sha256File(file)).toBe(before);
    expect(existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`).length : 0).toBe(0);

    lines.length = 0;
    expect(await run('minutes', '--ballot', String(id), '--format', 'xlsx', '--out', out)).toBe(1);
    expect(lines[0]).toContain('không xuất được dạng xlsx');
    expect(await run('minutes', '--ballot', '99', '--out', out)).toBe(1);
    expect(lines[1]).toContain('Không tìm thấy cuộc bầu (số 99)');
    // --json: a script reads the refusal as JSON, like every other command's
    expect(await run('minutes', '--ballot', '99', '--out', out, '--json')).toBe(1);
    expect(JSON.parse(lines[2]!)).toMatchObject({ error: 'NOT_FOUND', message: expect.stringContaining('cuộc bầu (số 99)') });
    expect(sha256File(file)).toBe(before);
    // each CLI export starts its worker thread, which loads the export code through tsx (the app's bundle does not)
  }, 90_000);
});
