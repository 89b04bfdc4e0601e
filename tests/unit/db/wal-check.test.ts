import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRAME_HEADER_BYTES, inspectWal, WAL_HEADER_BYTES, walWithChecksumsRecomputed } from '../../../main/db/wal-check';

/**
 * Every case is a log written by SQLite itself, taken as a crash leaves it (the files copied while
 * the writer is still open), then read twice: by inspectWal, and by SQLite's own recovery, which
 * must agree on how many transactions survive.
 */
let dir: string;
let cases = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wal-check-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Crash {
  db: Buffer;
  wal: Buffer;
}

/** `rows` transactions of one row each (a 2 kB row: one page per transaction), copied as a crash leaves them. */
function crashAfter(rows: number, then?: (db: Database.Database) => void): Crash {
  const file = join(dir, `writer-${++cases}.db`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, pad TEXT)');
  db.pragma('wal_checkpoint(TRUNCATE)'); // the table in the file, only the rows in the log
  const insert = db.prepare('INSERT INTO t (pad) VALUES (?)');
  for (let i = 0; i < rows; i++) insert.run('x'.repeat(2000));
  then?.(db);
  const crash = { db: readFileSync(file), wal: readFileSync(`${file}-wal`) };
  db.close();
  return crash;
}

/** What SQLite recovers from the pair: the number of rows it reads. */
function sqliteReads(crash: Crash): number {
  const file = join(dir, `reader-${++cases}.db`);
  writeFileSync(file, crash.db);
  writeFileSync(`${file}-wal`, crash.wal);
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const frameBytes = 4096 + FRAME_HEADER_BYTES;
const frameOffset = (frame: number) => WAL_HEADER_BYTES + (frame - 1) * frameBytes;
function flip(wal: Buffer, offset: number, bit = 0): Buffer {
  const out = Buffer.from(wal);
  out[offset]! ^= 1 << bit;
  return out;
}
const isCommit = (wal: Buffer, frame: number) => wal.readUInt32BE(frameOffset(frame) + 4) !== 0;
const commitsFrom = (wal: Buffer, frame: number, frames: number) => {
  let n = 0;
  for (let f = frame; f <= frames; f++) if (isCommit(wal, f)) n++;
  return n;
};

describe('inspectWal, against SQLite’s own recovery', () => {
  it('an intact log after a crash: every transaction kept, no damage', () => {
    const crash = crashAfter(40);
    const report = inspectWal(crash.wal);
    expect(report.damage).toBeNull();
    expect(report.pageSize).toBe(4096);
    expect(report.keptTransactions).toBe(40);
    expect(sqliteReads(crash)).toBe(40);
  });

  it('one flipped bit in a middle frame: damage there, and every later commit counted as lost', () => {
    const crash = crashAfter(40);
    const frames = inspectWal(crash.wal).frames;
    const middle = Math.floor(frames / 2);
    const wal = flip(crash.wal, frameOffset(middle) + FRAME_HEADER_BYTES + 1000, 3);
    const report = inspectWal(wal);
    expect(report.damage).toMatchObject({ where: 'frame', firstBadFrame: middle, lastLostFrame: frames });
    const lost = commitsFrom(wal, middle, frames);
    expect(lost).toBeGreaterThan(10);
    expect(report.damage!.lostTransactions).toBe(lost);
    expect(report.keptTransactions).toBe(40 - lost);
    // SQLite silently keeps only what came before: the rows inspectWal says are lost are gone.
    expect(sqliteReads({ db: crash.db, wal })).toBe(40 - lost);
  });

  it('a flipped bit in a frame’s checksum or salt is damage too', () => {
    const crash = crashAfter(20);
    for (const at of [16, 9]) {
      const wal = flip(crash.wal, frameOffset(5) + at);
      expect(inspectWal(wal).damage).toMatchObject({ where: 'frame', firstBadFrame: 5 });
      expect(sqliteReads({ db: crash.db, wal })).toBeLessThan(20);
    }
  });

  it('a flipped bit in the header while frames follow: every transaction of the log is lost', () => {
    const crash = crashAfter(12);
    for (const at of [8, 17, 25]) {
      const wal = flip(crash.wal, at); // page size, salt-1, checksum-1
      const report = inspectWal(wal, 4096);
      expect(report.damage).toMatchObject({ where: 'header', firstBadFrame: 1, lostTransactions: 12 });
      expect(sqliteReads({ db: crash.db, wal })).toBe(0);
    }
  });

  it('a torn tail (a transaction cut short by the crash, never committed) is not damage', () => {
    const crash = crashAfter(15);
    const last = crash.wal.subarray(crash.wal.length - frameBytes);
    // the next transaction's first frame, written whole but with no commit, then half of another
    const uncommitted = Buffer.from(last);
    uncommitted.writeUInt32BE(0, 4);
    uncommitted.fill(0x41, FRAME_HEADER_BYTES + 10, FRAME_HEADER_BYTES + 500);
    const wal = Buffer.concat([crash.wal, uncommitted, last.subarray(0, 1000)]);
    const report = inspectWal(wal);
    expect(report.damage).toBeNull();
    expect(report.keptTransactions).toBe(15);
    expect(sqliteReads({ db: crash.db, wal })).toBe(15);
  });

  it('frames left over from an older generation of the log are not damage', () => {
    const crash = crashAfter(30, (db) => {
      db.pragma('wal_checkpoint(RESTART)');
      const insert = db.prepare('INSERT INTO t (pad) VALUES (?)');
      for (let i = 0; i < 5; i++) insert.run('y'.repeat(2000));
    });
    const report = inspectWal(crash.wal);
    expect(report.frames).toBeGreaterThan(20); // the old frames are still in the file, other salts
    expect(report.damage).toBeNull();
    expect(report.keptTransactions).toBe(5);
    expect(sqliteReads(crash)).toBe(35);
  });

  it('an empty or header-only log is not damage', () => {
    expect(inspectWal(Buffer.alloc(0)).damage).toBeNull();
    expect(inspectWal(crashAfter(3).wal.subarray(0, WAL_HEADER_BYTES)).damage).toBeNull();
  });

  it('the forensic copy, checksums recomputed, lets SQLite read past the damage', () => {
    const crash = crashAfter(40);
    const frames = inspectWal(crash.wal).frames;
    const damaged = flip(crash.wal, frameOffset(Math.floor(frames / 3)) + 20); // a stored checksum
    expect(sqliteReads({ db: crash.db, wal: damaged })).toBeLessThan(40);
    const forensic = walWithChecksumsRecomputed(damaged);
    expect(inspectWal(forensic).damage).toBeNull();
    expect(sqliteReads({ db: crash.db, wal: forensic })).toBe(40);
    const headerDamaged = flip(crash.wal, 18);
    expect(sqliteReads({ db: crash.db, wal: walWithChecksumsRecomputed(headerDamaged, 4096) })).toBe(40);
  });
});
