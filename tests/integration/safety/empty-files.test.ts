import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { APPLICATION_ID } from '../../../main/db/connection';
import type { BackupInfo } from '../../../shared/contract/backup-channels';
import { congressWith } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

/**
 * A congress file that holds nothing (0 bytes, or a SQLite header without a table) is what is
 * left after it was overwritten or cut short, never a new congress: it must not be turned into an
 * empty congress over the copies beside it.
 */
let t: TempEngine;
let path: string;
beforeEach(async () => {
  t = tempEngine();
  await congressWith(t, 5, 4);
  await t.engine.call('congress:close', {}); // a copy on close: 5 delegates, 4 present
  path = t.file('c.congress');
  rmSync(path);
});
afterEach(() => t.dispose());

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A SQLite file with a header page and not a single table. */
function headerOnly(file: string, applicationId: number): void {
  const db = new Database(file);
  db.exec('CREATE TABLE scratch (x); DROP TABLE scratch;');
  db.pragma(`application_id = ${applicationId}`);
  db.close();
}

async function refusedAsEmpty(): Promise<void> {
  const before = digest(path);
  const r = await t.engine.invoke('congress:open', { path });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('FILE_DAMAGED');
  expect(errorText(r.error)).toContain(`Tệp «${path}» trống`);
  expect(errorText(r.error, 'en')).toContain('is empty');
  const offer = (r.error.details as { latestBackup?: BackupInfo }).latestBackup!;
  expect(offer).toMatchObject({ reason: 'close', usable: true, contents: { delegates: 5, checkIns: 4 } });
  expect(digest(path)).toBe(before);
  expect(existsSync(`${path}-wal`)).toBe(false);
  const opened = await t.engine.call('backups:openCopy', { congressPath: path, file: offer.file });
  expect(opened.path).toContain('c (khoi phuc ');
  expect((await t.engine.call('attendance:summary', {})).present).toBe(4);
  expect(digest(path)).toBe(before);
}

describe('opening a congress file that holds nothing', () => {
  it('0 bytes: FILE_DAMAGED, the copy offered, the file still 0 bytes', async () => {
    writeFileSync(path, '');
    await refusedAsEmpty();
    expect(readFileSync(path).length).toBe(0);
  });

  it('a SQLite header without a table: FILE_DAMAGED, not rewritten', async () => {
    headerOnly(path, 0);
    await refusedAsEmpty();
  });

  it('our application id without a table: FILE_DAMAGED, not rewritten', async () => {
    headerOnly(path, APPLICATION_ID);
    await refusedAsEmpty();
  });

  it('another program’s empty database stays “not a congress file”', async () => {
    headerOnly(path, 0x12345678);
    const before = digest(path);
    const r = await t.engine.invoke('congress:open', { path });
    expect(!r.ok && r.error.code).toBe('FILE_NOT_CONGRESS');
    expect(digest(path)).toBe(before);
  });

  it('a new congress is still created, under a name not taken', async () => {
    const info = await t.engine.call('congress:create', { name: 'Đại hội mới', path: t.file('moi.congress') });
    expect(info.settings.name).toBe('Đại hội mới');
    await t.engine.call('congress:close', {});
    expect((await t.engine.call('congress:open', { path: t.file('moi.congress') })).settings.name).toBe('Đại hội mới');
    writeFileSync(path, '');
    const taken = await t.engine.invoke('congress:create', { name: 'Đè lên', path });
    expect(!taken.ok && taken.error.code).toBe('FILE_EXISTS');
    expect(readFileSync(path).length).toBe(0);
  });
});
