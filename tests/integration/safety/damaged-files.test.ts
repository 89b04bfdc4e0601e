import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { SCHEMA_VERSION } from '../../../main/db/migrations/index';
import type { BackupInfo } from '../../../shared/contract/backup-channels';
import { congressWith } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
let path: string;
beforeEach(async () => {
  t = tempEngine();
  // a congress with a copy of it: 5 delegates, 3 present
  await congressWith(t, 5, 3);
  await t.engine.call('backups:create', {});
  await t.engine.call('checkin:scan', { code: 'DB004' });
  await t.engine.call('congress:close', {}); // and a copy on close: 4 present
  path = t.file('c.congress');
});
afterEach(() => t.dispose());

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Opening is refused with a message in both languages naming the file, the newest usable copy is
 * offered, the file is left byte for byte as it was, and the offered copy opens as a new file.
 */
async function refusedWithOffer(code: string): Promise<void> {
  const before = digest(path);
  const r = await t.engine.invoke('congress:open', { path });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(errorText(r.error)).toContain(path);
  expect(errorText(r.error, 'en')).toContain(path);
  expect(errorText(r.error)).not.toBe(errorText(r.error, 'en'));
  const offer = (r.error.details as { latestBackup?: BackupInfo }).latestBackup!;
  expect(offer).toMatchObject({ reason: 'close', usable: true, contents: { delegates: 5, checkIns: 4 } });
  expect(digest(path)).toBe(before);

  const opened = await t.engine.call('backups:openCopy', { congressPath: path, file: offer.file });
  expect(opened.path).not.toBe(path);
  expect(opened.path).toContain('c (khoi phuc ');
  expect((await t.engine.call('attendance:summary', {})).present).toBe(4);
  expect(digest(path)).toBe(before);
}

describe('opening a damaged congress file', () => {
  it('truncated (a copy cut short): FILE_DAMAGED', async () => {
    truncateSync(path, Math.floor(statSync(path).size / 2));
    await refusedWithOffer('FILE_DAMAGED');
  });

  it('truncated inside the header: FILE_DAMAGED, not "not a congress file"', async () => {
    truncateSync(path, 40);
    await refusedWithOffer('FILE_DAMAGED');
  });

  it('corrupted pages in the middle: FILE_DAMAGED', async () => {
    const handle = openSync(path, 'r+');
    writeSync(handle, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
    closeSync(handle);
    await refusedWithOffer('FILE_DAMAGED');
  });

  it('from a newer app version: FILE_FROM_NEWER_APP', async () => {
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await refusedWithOffer('FILE_FROM_NEWER_APP');
  });

  it('not a congress file at all (a document saved over it): FILE_NOT_CONGRESS', async () => {
    writeFileSync(path, 'PK\u0003\u0004 a Word document saved under the congress file’s name');
    await refusedWithOffer('FILE_NOT_CONGRESS');
  });

  it('already open in another process: FILE_LOCKED, the other process undisturbed', async () => {
    const holder = fork(new URL('../../helpers/hold-congress.ts', import.meta.url).pathname, [path], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve) => holder.once('message', () => resolve()));
    try {
      await refusedWithOffer('FILE_LOCKED');
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('exit', r));
    }
  });

  it('deleted: FILE_NOT_FOUND, still with the copy offered', async () => {
    copyFileSync(path, t.file('moved.congress'));
    const { rmSync } = await import('node:fs');
    rmSync(path);
    const r = await t.engine.invoke('congress:open', { path });
    expect(!r.ok && r.error.code).toBe('FILE_NOT_FOUND');
    expect(!r.ok && (r.error.details as { latestBackup?: BackupInfo }).latestBackup?.usable).toBe(true);
  });

  it('skips a damaged newest copy and offers the newest one that opens', async () => {
    const [newest, older] = (await t.engine.call('backups:list', { congressPath: path })).copies;
    expect(newest).toMatchObject({ reason: 'close' });
    truncateSync(newest!.file, 4096);
    truncateSync(path, 4096);
    const r = await t.engine.invoke('congress:open', { path });
    expect(!r.ok && r.error.code).toBe('FILE_DAMAGED');
    expect(!r.ok && (r.error.details as { latestBackup?: BackupInfo }).latestBackup).toMatchObject({
      file: older!.file,
      usable: true,
      contents: { delegates: 5, checkIns: 3 },
    });
  });

  it('offers nothing when there is no usable copy, and refuses copies that are damaged', async () => {
    const copies = (await t.engine.call('backups:list', { congressPath: path })).copies;
    for (const c of copies) truncateSync(c.file, 4096);
    truncateSync(path, 4096);
    const r = await t.engine.invoke('congress:open', { path });
    expect(!r.ok && r.error.code).toBe('FILE_DAMAGED');
    expect(!r.ok && (r.error.details as { latestBackup?: BackupInfo }).latestBackup).toBeUndefined();
    const list = await t.engine.call('backups:list', { congressPath: path });
    expect(list.copies.every((c) => !c.usable && c.problem)).toBe(true);
    const refused = await t.engine.invoke('backups:openCopy', { congressPath: path, file: copies[0]!.file });
    expect(!refused.ok && refused.error.code).toBe('FILE_DAMAGED');
  });
});
