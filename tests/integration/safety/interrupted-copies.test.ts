import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { primaryFolder } from '../../../main/backup/backup-files';
import { defaultExportDir } from '../../../main/export/output';
import { killAtPoint } from '../../helpers/copy-crash';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { congressFor, sha256File } from '../exports/export-setup';

/**
 * A copy of the congress (a backup, an archive) is written under a temporary name; a crash in the
 * middle leaves that half-copy — the roster, names and birth dates — where nobody sees or removes
 * it. Here a real engine in a child process is SIGKILLed in the middle of SQLite's page-by-page
 * copy; the next open (or the next archive) removes what it left, and the good copies stay as they
 * were (main/files/partials.ts, docs/backups.md).
 */
let t: TempEngine;
let congress = '';
let goodCopies: Map<string, string>;

/** Every file under `dir`, with its SHA-256: the good copies, compared before and after. */
function hashes(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else found.set(p, sha256File(p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

const partialsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.includes('.partial')) : []);

/**
 * Made once: a congress with a long audit trail (1,500 check-ins undone), big enough that SQLite
 * copies it in several steps so the kill lands in the middle, yet quick to archive; with good
 * copies made before anything goes wrong (a backup and an archive). Each test gets its own copy.
 */
let template: TempEngine;
beforeAll(async () => {
  template = tempEngine();
  await congressFor(template, 6, 0);
  await template.engine.call('backups:create', {});
  await template.engine.call('exports:run', { what: 'archive', format: 'folder' });
  for (let i = 0; i < 1500; i++) {
    await template.engine.call('checkin:scan', { code: 'DB0001' });
    await template.engine.call('checkin:undo', { delegateId: 1 });
  }
  await template.engine.call('backups:create', {});
  template.engine.close();
}, 120_000);
afterAll(() => template.dispose());

beforeEach(() => {
  t = tempEngine();
  congress = t.file('c.congress');
  for (const name of ['c.congress', 'c.backups', 'c-tai-lieu']) cpSync(template.file(name), t.file(name), { recursive: true });
  goodCopies = new Map([...hashes(primaryFolder(congress)), ...hashes(defaultExportDir({ path: congress }))]);
});
afterEach(() => t.dispose());

function expectGoodCopiesUntouched(): void {
  const now = new Map([...hashes(primaryFolder(congress)), ...hashes(defaultExportDir({ path: congress }))]);
  for (const [file, sha] of goodCopies) expect(now.get(file), file).toBe(sha);
}

describe('a copy killed half-way', () => {
  it('a backup: its half-copy is removed when the congress is next opened; the good copies stay', async () => {
    const points = await killAtPoint(['backup', congress, t.file('workspace')]);
    expect(points[0]).toMatch(/^copying \.?c--.*--manual\.congress\.(\d+\.)?partial/);
    expect(partialsIn(primaryFolder(congress)).length).toBeGreaterThan(0); // the crash left it (and its journal)

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    t.engine.open(congress);
    expect(partialsIn(primaryFolder(congress))).toEqual([]);
    expect(warn.mock.calls.flat().join(' ')).toContain('left by a crash');
    expectGoodCopiesUntouched();
    const list = await t.engine.call('backups:list', {});
    expect(list.copies.every((c) => c.usable)).toBe(true);
    // and the next backup leaves nothing temporary either
    await t.engine.call('backups:create', {});
    expect(partialsIn(primaryFolder(congress))).toEqual([]);
  });

  it('an archive into the congress’s documents folder: its half-made folder is removed at the next open', async () => {
    const docs = defaultExportDir({ path: congress });
    const points = await killAtPoint(['archive', congress, t.file('workspace'), '-']);
    expect(points[0]).toMatch(/^archiving \.Luu-tru-.*\.partial$/);
    const [left] = partialsIn(docs);
    expect(existsSync(join(docs, left!, 'c.congress'))).toBe(true); // a copy of the roster, left by the crash

    vi.spyOn(console, 'warn').mockImplementation(() => {});
    t.engine.open(congress);
    expect(partialsIn(docs)).toEqual([]);
    expectGoodCopiesUntouched();
  });

  it('an archive into another folder: its half-made folder is removed before the next archive there', async () => {
    const out = t.file('usb');
    await killAtPoint(['archive', congress, t.file('workspace'), out]);
    expect(partialsIn(out)).toHaveLength(1);
    t.engine.open(congress);
    await t.engine.call('exports:run', { what: 'archive', format: 'zip', out });
    expect(partialsIn(out)).toEqual([]);
    expect(readdirSync(out).filter((n) => n.endsWith('.zip'))).toHaveLength(1);
    expectGoodCopiesUntouched();
  });
});
