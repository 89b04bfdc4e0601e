import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, writeSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/contract/backup-channels';
import { INTEGRITY_CHECKED } from '../../../main/engine/handlers';
import { congressWith, names, settings } from '../ballots/ballot-setup';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';
import { errorText } from '../../helpers/error-text';

/**
 * A damaged index reads back fine page by page, so quick_check passes it; a count that walks it
 * misses a paper without a word. The full integrity check refuses such a file at the door, and
 * refuses to count, publish or export from one that went bad while open.
 */
let t: TempEngine;
let path: string;
beforeEach(() => {
  t = tempEngine();
  path = t.file('c.congress');
});
afterEach(() => t.dispose());

const INDEX = 'sqlite_autoindex_paper_entries_1';
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const offered = (details: unknown) => (details as { latestBackup?: BackupInfo }).latestBackup;

async function ballotWithPapers(papers: number, issued = papers): Promise<number> {
  const b = await t.engine.call('ballots:create', settings({ seatsApproved: 2, seats: 2 }));
  await t.engine.call('ballots:setCandidates', { id: b.id, candidates: names('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường') });
  await t.engine.call('ballots:open', { id: b.id });
  await t.engine.call('ballots:setCounts', { id: b.id, issued });
  for (let paper = 1; paper <= papers; paper++) {
    await t.engine.call('papers:record', { ballotId: b.id, pass: 1, paper, numbers: [1 + (paper % 3)], invalid: null });
  }
  return b.id;
}

/**
 * One byte of the index's only page, found with dbstat: the first entry (paper 1) gets ballot 0
 * instead of 1. The page stays well formed and in key order, and the index still has as many
 * entries as its table, so quick_check passes; only the full check compares them row by row.
 */
function damageFirstIndexEntry(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare('SELECT pageno, pagetype FROM dbstat WHERE name = ?').all(INDEX) as { pageno: number; pagetype: string }[];
  db.close();
  expect(pages).toEqual([{ pageno: pages[0]!.pageno, pagetype: 'leaf' }]);
  const page = Buffer.alloc(pageSize);
  const at = (pages[0]!.pageno - 1) * pageSize;
  const fd = openSync(file, 'r+');
  readSync(fd, page, 0, pageSize, at);
  expect(page[0]).toBe(0x0a); // an index leaf
  const cell = page.readUInt16BE(8); // the first cell pointer: the smallest key
  // cell: payload size (1 byte here), record header size, then the serial type of ballot_id:
  // 9 is the constant 1, 8 the constant 0 (https://www.sqlite.org/fileformat2.html#record_format)
  expect(page[cell + 2]).toBe(9);
  page[cell + 2] = 8;
  writeSync(fd, page, 0, pageSize, at);
  closeSync(fd);
}

/** What SQLite itself says of a copy of the file (the copy, so no -shm or -wal appears beside the original). */
function probe(file: string) {
  const copy = t.file(`probe-${Math.random().toString(36).slice(2)}.congress`);
  copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  const quick = db.pragma('quick_check', { simple: true });
  const full = db.pragma('integrity_check', { simple: true });
  const viaIndex = (db.prepare('SELECT count(*) AS n FROM paper_entries WHERE ballot_id = 1 AND pass = 1').get() as { n: number }).n;
  const viaTable = (
    db.prepare('SELECT count(*) AS n FROM paper_entries NOT INDEXED WHERE ballot_id = 1 AND pass = 1').get() as { n: number }
  ).n;
  db.close();
  return { quick, full, viaIndex, viaTable };
}

describe('an index damaged so that quick_check passes', () => {
  it('is refused at open with FILE_DAMAGED and the latest copy offered; the file is left as it was', async () => {
    await congressWith(t, 3, 3);
    await ballotWithPapers(120);
    await t.engine.call('congress:close', {}); // and a copy on close, whole
    damageFirstIndexEntry(path);
    const seen = probe(path);
    expect(seen.quick).toBe('ok');
    expect(seen.full).not.toBe('ok');
    expect([seen.viaIndex, seen.viaTable]).toEqual([119, 120]); // a count through the index misses paper 1

    const hash = digest(path);
    const r = await t.engine.invoke('congress:open', { path });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('FILE_DAMAGED');
    expect(errorText(r.error)).toContain(path);
    expect(errorText(r.error)).toContain('bị hỏng');
    expect(offered(r.error.details)).toMatchObject({ reason: 'close', usable: true });
    expect(digest(path)).toBe(hash);
    expect(t.engine.isOpen).toBe(false);
  });

  it('found while open: every count, publication and export is refused and changes nothing', async () => {
    await congressWith(t, 3, 3);
    const counted = await ballotWithPapers(4);
    await t.engine.call('ballots:count', { id: counted });
    const open = await ballotWithPapers(5);
    const out = t.file('tai-lieu');
    mkdirSync(out);
    expect((await t.engine.invoke('exports:run', { what: 'tally', format: 'csv', ballotId: counted, out })).ok).toBe(true);
    const copiesBefore = (await t.engine.call('backups:list', {})).copies.length;

    // The index of delegate codes made to disagree with its table, through the app's own
    // connection (a write from outside would be caught as a file taken away, not as damage): its
    // definition now says names, its entries are still codes.
    const { db } = t.engine.context();
    db.unsafeMode(true); // better-sqlite3's defensive mode forbids writing the schema table
    db.pragma('writable_schema = ON');
    db.prepare(
      "UPDATE sqlite_schema SET sql = replace(sql, 'delegates(code', 'delegates(full_name') WHERE name = 'delegates_code_active'",
    ).run();
    db.pragma(`schema_version = ${(db.pragma('schema_version', { simple: true }) as number) + 1}`);
    db.pragma('writable_schema = RESET');
    db.unsafeMode(false);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
    const auditRows = () => (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    const audit = auditRows();
    const exported = readdirSync(out).length;

    const attempts: [keyof typeof INTEGRITY_CHECKED, unknown, string][] = [
      ['ballots:count', { id: open }, 'Chưa kết thúc kiểm phiếu'],
      ['ballots:aggregate', { ballotId: open, valid: 5, invalid: 0, votes: { 1: 2, 2: 2, 3: 1 } }, 'Chưa nhập kết quả kiểm phiếu'],
      ['ballots:tally', { id: counted }, 'Chưa tính kết quả'],
      ['ballots:publish', { id: counted }, 'Chưa công bố kết quả'],
      ['ballots:finalize', { id: counted }, 'Chưa chốt kết quả'],
      ['exports:run', { what: 'minutes', format: 'docx', ballotId: counted, out }, 'Chưa xuất tài liệu'],
    ];
    expect(attempts.map(([name]) => name).sort()).toEqual(Object.keys(INTEGRITY_CHECKED).sort());
    for (const [name, input, said] of attempts) {
      const r = await t.engine.invoke(name, input);
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, name).toBe('FILE_DAMAGED');
      expect(errorText(r.error)).toContain(said);
      expect(errorText(r.error)).toContain('Hãy mở bản sao lưu gần nhất');
      expect(errorText(r.error, 'en')).toContain('Open the latest backup');
      expect(offered(r.error.details)?.usable, name).toBe(true);
    }
    expect((await t.engine.call('ballots:get', { id: open })).state).toBe('open');
    expect((await t.engine.call('ballots:get', { id: counted })).state).toBe('counted');
    expect(auditRows()).toBe(audit);
    expect(readdirSync(out).length).toBe(exported);
    expect((await t.engine.call('backups:list', {})).copies.length).toBe(copiesBefore); // no milestone copy
    // Work that does not make anything official goes on (the live progress after each paper).
    expect((await t.engine.invoke('ballots:progress', { id: open })).ok).toBe(true);
  });
});
