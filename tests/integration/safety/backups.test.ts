import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { verifyAuditChain } from '../../../main/db/audit';
import { primaryFolder } from '../../../main/backup/backup-files';
import { congressWith, names, refusal, settings } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

let t: TempEngine;
beforeEach(() => {
  t = tempEngine();
});
afterEach(() => {
  vi.useRealTimers();
  t.dispose();
});

const copies = async () => (await t.engine.call('backups:list', {})).copies;

/** A congress with 6 delegates, 4 present, and an open paper ballot with 3 papers entered. */
async function congressWithPapers(): Promise<number> {
  await congressWith(t, 6, 4);
  const ballot = await t.engine.call('ballots:create', settings({ seats: 2, seatsApproved: 2 }));
  await t.engine.call('ballots:setCandidates', { id: ballot.id, candidates: names('Lê Văn An', 'Trần Thị Bình', 'Phạm Văn Cường') });
  await t.engine.call('ballots:open', { id: ballot.id });
  for (const paper of [1, 2, 3])
    await t.engine.call('papers:record', { ballotId: ballot.id, pass: 1, paper, numbers: [paper], invalid: null });
  return ballot.id;
}

describe('automatic backups', () => {
  it('copies at each milestone (ballot counted, published, finalized), saying when and what it holds', async () => {
    const id = await congressWithPapers();
    await t.engine.call('ballots:count', { id });
    await t.engine.backups.idle();
    let list = await copies();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      reason: 'milestone',
      folder: 'primary',
      usable: true,
      contents: { delegates: 6, checkIns: 4, ballots: 1, papers: 3, lastAudit: { action: 'ballot.count' } },
    });
    expect(dirname(list[0]!.file)).toBe(primaryFolder(t.file('c.congress')));
    expect(Date.parse(list[0]!.createdAt)).not.toBeNaN();
    await t.engine.call('ballots:publish', { id });
    await t.engine.call('ballots:finalize', { id });
    await t.engine.backups.idle();
    list = await copies();
    expect(list.map((c) => c.contents?.lastAudit?.action)).toEqual(['ballot.finalize', 'ballot.publish', 'ballot.count']);
    // copies are standalone files: no -wal or -shm left beside them, even after being read
    expect(readdirSync(dirname(list[0]!.file)).filter((f) => !f.endsWith('.congress'))).toEqual([]);
  });

  it('copies once a roster is imported', async () => {
    await t.engine.call('congress:create', { name: 'Đại hội nhập danh sách', path: t.file('r.congress') });
    const csv = 'Mã đại biểu,Họ và tên\nDB001,Nguyễn Văn An\nDB002,Trần Thị Bình\n';
    await t.engine.call('roster:import', { fileName: 'ds.csv', contentBase64: Buffer.from(csv).toString('base64') });
    expect(await copies()).toMatchObject([{ reason: 'milestone', contents: { delegates: 2, lastAudit: { action: 'roster.import' } } }]);
  });

  it('copies every few minutes while changes happen, and not while nothing changes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await congressWith(t, 3, 0);
    await t.engine.call('congress:close', {});
    const before = (await t.engine.call('congress:open', { path: t.file('c.congress') })) && (await copies()).length;
    vi.advanceTimersByTime(5 * 60_000);
    await t.engine.backups.idle();
    expect(await copies()).toHaveLength(before); // nothing changed since opening
    await t.engine.call('checkin:scan', { code: 'DB001' });
    vi.advanceTimersByTime(5 * 60_000);
    await t.engine.backups.idle();
    const list = await copies();
    expect(list).toHaveLength(before + 1);
    expect(list[0]).toMatchObject({ reason: 'auto', contents: { checkIns: 1 } });
    vi.advanceTimersByTime(5 * 60_000);
    await t.engine.backups.idle();
    expect(await copies()).toHaveLength(before + 1); // the copy is up to date: no new one
  });

  it('copies on close when something changed since the last copy, not otherwise', async () => {
    await congressWith(t, 2, 1);
    await t.engine.call('congress:close', {});
    const path = t.file('c.congress');
    await t.engine.call('congress:open', { path });
    let list = await copies();
    expect(list.map((c) => c.reason)).toEqual(['close']);
    expect(list[0]!.contents).toMatchObject({ delegates: 2, checkIns: 1 });
    await t.engine.call('congress:close', {});
    await t.engine.call('congress:open', { path });
    list = await copies();
    expect(list).toHaveLength(1);
  });

  it('makes a consistent copy while check-ins keep being committed', async () => {
    await congressWith(t, 40, 0);
    const copying = t.engine.call('backups:create', {});
    for (let i = 1; i <= 40; i++) await t.engine.call('checkin:scan', { code: `DB${String(i).padStart(3, '0')}` });
    const copy = await copying;
    const db = new Database(copy.file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditChain(db).broken).toEqual([]);
    // whatever the copy caught, its check-ins and their audit rows agree
    const present = (db.prepare("SELECT count(*) AS n FROM attendance WHERE state = 'present'").get() as { n: number }).n;
    const audited = (db.prepare("SELECT count(*) AS n FROM audit WHERE action LIKE 'checkin.%'").get() as { n: number }).n;
    expect(present).toBe(audited);
    db.close();
  });

  it('a backup folder that cannot be written: the command still succeeds, the failure is shown, the next good copy clears it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await congressWith(t, 4, 0);
    const folder = primaryFolder(t.file('c.congress'));
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(folder, 'a file where the folder should be'); // as good as a full or read-only disk
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // a milestone: the count itself must not fail because its copy did
    const { id } = await t.engine.call('ballots:create', settings({ seats: 1, seatsApproved: 1 }));
    await t.engine.call('ballots:setCandidates', { id, candidates: names('Lê Văn An', 'Trần Thị Bình') });
    await t.engine.call('ballots:open', { id });
    await t.engine.call('papers:record', { ballotId: id, pass: 1, paper: 1, numbers: [2], invalid: null });
    expect((await t.engine.call('ballots:count', { id })).valid).toBe(1);
    let list = await t.engine.call('backups:list', {});
    expect(errorText(list.lastError!)).toContain(folder);
    // periodic: no unhandled rejection, the failure kept for the list
    await t.engine.call('checkin:scan', { code: 'DB001' });
    vi.advanceTimersByTime(5 * 60_000);
    await t.engine.backups.idle();
    // by hand: a clear bilingual refusal
    const refused = await refusal(t.engine.call('backups:create', {}));
    expect(refused.code).toBe('NOT_A_FOLDER');
    expect(refused.message).toContain(`«${folder}» là một tệp, không phải thư mục`);
    expect(refused.message).toContain('Tệp đại hội không bị ảnh hưởng');
    expect(error).toHaveBeenCalled();
    rmSync(folder);
    await t.engine.call('backups:create', {});
    list = await t.engine.call('backups:list', {});
    expect(list.lastError).toBeNull();
    expect(list.copies).toHaveLength(1);
  });

  it('rotates: keeps the newest routine copies, never the copies kept aside by a restore', async () => {
    await congressWith(t, 1, 0);
    for (let i = 0; i < 15; i++) await t.engine.call('backups:create', {});
    const list = await copies();
    expect(list).toHaveLength(12);
    expect(list.every((c) => c.reason === 'manual')).toBe(true);
  });

  it('also copies to a second folder, and reports an unplugged one without failing', async () => {
    const usb = t.file('usb');
    await t.engine.call('backups:setSettings', { secondFolder: usb });
    await congressWith(t, 2, 0);
    await t.engine.call('backups:create', {});
    let list = await t.engine.call('backups:list', {});
    expect(list.copies.map((c) => c.folder).sort()).toEqual(['primary', 'second']);
    expect(list.secondFolder).toContain(usb);
    expect(list.secondFolderError).toBeNull();
    // the stick is gone and a file sits where the folder was: the copy beside the file still happens
    await t.engine.call('backups:setSettings', { secondFolder: t.file('usb-gone/x') });
    writeFileSync(t.file('usb-gone'), 'not a folder');
    await t.engine.call('backups:create', {});
    list = await t.engine.call('backups:list', {});
    expect(list.copies.filter((c) => c.folder === 'primary')).toHaveLength(2);
    expect(errorText(list.secondFolderError!)).toContain('thư mục thứ hai');
    expect(errorText(list.secondFolderError!, 'en')).toContain('Could not copy to the second folder');
    // the setting lives in the workspace, not in the congress file
    expect((await t.engine.call('backups:settings', {})).secondFolder).toBe(t.file('usb-gone/x'));
    const relative = await refusal(t.engine.call('backups:setSettings', { secondFolder: 'usb' }));
    expect(relative.message).toContain('đường dẫn đầy đủ');
  });
});

describe('restore', () => {
  it('brings a copy back and keeps the current file aside, so the restore can itself be undone', async () => {
    await congressWith(t, 3, 1);
    const early = await t.engine.call('backups:create', {});
    await t.engine.call('checkin:scan', { code: 'DB002' });
    await t.engine.call('checkin:scan', { code: 'DB003' });
    const restored = await t.engine.call('backups:restore', { file: early.file });
    expect(restored.path).toBe(t.file('c.congress'));
    expect((await t.engine.call('attendance:summary', {})).present).toBe(1);
    const aside = (await copies()).find((c) => c.reason === 'before-restore')!;
    expect(aside.contents).toMatchObject({ checkIns: 3 });
    // undo: the file kept aside is itself restorable
    await t.engine.call('backups:restore', { file: aside.file });
    expect((await t.engine.call('attendance:summary', {})).present).toBe(3);
    expect((await copies()).filter((c) => c.reason === 'before-restore')).toHaveLength(2);
  });

  it('refuses a file that is not one of this congress’s copies, changing nothing', async () => {
    await congressWith(t, 2, 2);
    const other = t.file('elsewhere--20261215T073000000Z--manual.congress');
    writeFileSync(other, 'x');
    const error = await refusal(t.engine.call('backups:restore', { file: other }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('không phải là bản sao lưu');
    expect((await t.engine.call('attendance:summary', {})).present).toBe(2);
    expect(existsSync(t.file('c.congress'))).toBe(true);
    expect(basename((await t.engine.call('app:state', {})).congress!.path)).toBe('c.congress');
  });
});
