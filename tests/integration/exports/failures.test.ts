import * as fs from 'node:fs';
import { chmodSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fill, listing, smallDisk, unmountDisks } from '../../helpers/disks';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, countedBallot, sha256File } from './export-setup';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => {
  unmountDisks();
  t.dispose();
});

const PAPERS = [
  [2, 6, 7],
  [3, 6, 7],
  [4, 5, 7],
];

/** A folder this process may not write: chmod for an ordinary user; root ignores modes, so /sys. */
function unwritableFolder(): string {
  if (process.getuid?.() === 0) return '/sys';
  const dir = join(t.dir, 'read-only');
  mkdirSync(dir);
  chmodSync(dir, 0o555);
  return dir;
}

describe('a failed export', () => {
  it('into a folder that refuses writing: says so in Vietnamese, writes nothing, changes nothing', async () => {
    await congressFor(t, 5, 5);
    const id = await countedBallot(t, PAPERS);
    const dir = unwritableFolder();
    const before = readdirSync(dir);
    for (const [what, format] of [
      ['minutes', 'pdf'],
      ['tally', 'xlsx'],
      ['archive', 'folder'],
      ['archive', 'zip'],
    ] as const) {
      const r = await t.engine.invoke('exports:run', { what, format, ballotId: id, out: dir });
      expect(r.ok, what).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('FOLDER_NOT_WRITABLE');
        expect(errorText(r.error)).toMatch(/^Không ghi được .*«.*»: không được phép ghi vào thư mục «.*»\. Chưa có tệp nào được tạo/);
        expect(errorText(r.error, 'en')).toContain('is not allowed');
      }
    }
    expect(readdirSync(dir)).toEqual(before);
  });

  it('on a full disk: says so, and leaves no half-written file behind (the old file stays whole)', async () => {
    await congressFor(t, 5, 5);
    const id = await countedBallot(t, PAPERS);
    // a real disk with no byte left (a tmpfs, helpers/disks.ts): the worker thread writes it too
    const out = smallDisk(join(t.dir, 'out'), 1024);
    const first = await t.engine.call('exports:run', { what: 'minutes', format: 'docx', ballotId: id, out: t.file('first') });
    copyFileSync(first.files[0]!.path, join(out, basename(first.files[0]!.path)));
    const old = sha256File(join(out, basename(first.files[0]!.path)));
    t.engine.close();
    const congress = sha256File(t.file('c.congress'));
    t.engine.open(t.file('c.congress'));
    fill(out);
    const before = listing(out);
    const r = await t.engine.invoke('exports:run', { what: 'minutes', format: 'docx', ballotId: id, out, ifExists: 'overwrite' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('DISK_FULL');
    const z = await t.engine.invoke('exports:run', { what: 'archive', format: 'zip', out });
    expect(z.ok).toBe(false);
    expect(listing(out)).toEqual(before);
    expect(sha256File(join(out, basename(first.files[0]!.path)))).toBe(old);
    t.engine.close();
    expect(sha256File(t.file('c.congress'))).toBe(congress);
    expect(fs.existsSync(t.file('c.congress'))).toBe(true);
  });
});
