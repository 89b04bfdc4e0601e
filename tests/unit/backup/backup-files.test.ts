import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  backupFileName,
  isBackupOf,
  listBackupFiles,
  parseBackupName,
  primaryFolder,
  secondFolderFor,
} from '../../../main/backup/backup-files';
import { rotate } from '../../../main/backup/backup-manager';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'congress-backup-names-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backup file names', () => {
  it('say when and why, read back exactly, and never repeat within a millisecond', () => {
    const congress = join(dir, 'dai-hoi.congress');
    const name = backupFileName(dir, congress, '2026-12-15T07:30:01.250Z', 'milestone');
    expect(name).toBe('dai-hoi--20261215T073001250Z--milestone.congress');
    expect(parseBackupName(name)).toEqual({ name, createdAt: '2026-12-15T07:30:01.250Z', reason: 'milestone', sequence: 1 });
    writeFileSync(join(dir, name), '');
    const second = backupFileName(dir, congress, '2026-12-15T07:30:01.250Z', 'milestone');
    expect(second).toBe('dai-hoi--20261215T073001250Z-2--milestone.congress');
    writeFileSync(join(dir, second), '');
    expect(listBackupFiles(dir).map((f) => f.name)).toEqual([second, name]); // newest first
  });

  it('ignore anything else in the folder, and unknown reasons', () => {
    for (const other of ['notes.txt', 'dai-hoi.congress', 'x--20261215T073001250Z--hacked.congress', 'x--2026--auto.congress']) {
      writeFileSync(join(dir, other), '');
      expect(parseBackupName(other)).toBeNull();
    }
    expect(listBackupFiles(dir)).toEqual([]);
  });

  it('live beside the congress file, and in a sub-folder of the second folder', () => {
    expect(primaryFolder('/data/dai-hoi.congress')).toBe('/data/dai-hoi.backups');
    expect(secondFolderFor('/media/usb', '/data/dai-hoi.congress')).toBe('/media/usb/dai-hoi.backups');
  });

  it('only a copy inside the congress’s own folders may be restored', () => {
    const folder = '/data/dai-hoi.backups';
    const good = `${folder}/dai-hoi--20261215T073001250Z--auto.congress`;
    expect(isBackupOf(good, [folder])).toBe(true);
    expect(isBackupOf(`${folder}/../dai-hoi--20261215T073001250Z--auto.congress`, [folder])).toBe(false);
    expect(isBackupOf(`/tmp/dai-hoi--20261215T073001250Z--auto.congress`, [folder])).toBe(false);
    expect(isBackupOf(`${folder}/dai-hoi.congress`, [folder])).toBe(false);
  });

  it('rotation keeps 12 routine copies per reason and 40 milestones, and every copy kept aside by a restore', () => {
    const at = (i: number) => new Date(Date.UTC(2026, 11, 15, 7, 0, i)).toISOString();
    for (let i = 0; i < 50; i++) {
      for (const reason of ['auto', 'milestone', 'before-restore'] as const)
        writeFileSync(join(dir, backupFileName(dir, 'c.congress', at(i), reason)), '');
    }
    rotate(dir);
    const kept = listBackupFiles(dir);
    const count = (reason: string) => kept.filter((f) => f.reason === reason).length;
    expect([count('auto'), count('milestone'), count('before-restore')]).toEqual([12, 40, 50]);
    expect(kept.find((f) => f.reason === 'auto')!.createdAt).toBe(at(49)); // the newest stay
  });
});
