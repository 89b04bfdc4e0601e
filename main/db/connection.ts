import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';

export type DB = Database.Database;

/** 'CDSK' — marks a SQLite file as a congress file, so we never migrate someone else's database. */
export const APPLICATION_ID = 0x4344534b;

const SQLITE_HEADER = 'SQLite format 3\0';

/** A SQLite file with our header whose pages do not read back: truncated, overwritten, half-copied. */
export function damaged(path: string, detail?: string): AppError {
  return new AppError(
    'FILE_DAMAGED',
    `Tệp «${path}» bị hỏng (có thể do mất điện, ổ đĩa lỗi hoặc sao chép dở dang). Tệp không bị thay đổi; hãy mở bản sao lưu gần nhất.`,
    `"${path}" is damaged (power loss, a failing disk or an unfinished copy). The file was not changed; open the latest backup.`,
    detail === undefined ? undefined : { detail },
  );
}

function notCongress(path: string): AppError {
  return new AppError(
    'FILE_NOT_CONGRESS',
    `Tệp «${path}» không phải là tệp đại hội của Congress Desk.`,
    `"${path}" is not a Congress Desk congress file.`,
  );
}

/**
 * Opens (or creates) a congress file. WAL + synchronous=FULL so an acknowledged write survives a
 * power cut; locking_mode=EXCLUSIVE so a second process (or window) cannot open the same file and
 * write behind our back: the OS releases the lock if we crash, so there is no stale lock file.
 */
export function openCongressDb(path: string, options: { create: boolean }): DB {
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new AppError('FILE_NOT_FOUND', `Không tìm thấy tệp «${path}».`, `File "${path}" not found.`);
  }
  if (exists && options.create) {
    throw new AppError('FILE_EXISTS', `Tệp «${path}» đã có. Hãy chọn tên khác.`, `File "${path}" already exists.`);
  }
  if (exists) checkHeader(path);

  // timeout 0: a file held by another process answers "busy" at once instead of hanging 5 s.
  const db = new Database(path, { timeout: 0 });
  try {
    // Identity is checked before anything is written (even the switch to WAL, which rewrites the
    // header): a file that is not ours, or is from a newer app, is left byte-for-byte untouched.
    guardLock(path, () => {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
      if (exists) {
        checkIdentity(db, path);
        checkPages(db, path);
      }
      db.pragma('journal_mode = WAL');
    });
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (!exists) db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkHeader(path: string): void {
  const size = statSync(path).size;
  if (size === 0) return; // an empty file is a fresh SQLite database
  const header = Buffer.alloc(16);
  const handle = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(handle, header, 0, 16, 0);
  } finally {
    closeSync(handle);
  }
  const start = header.subarray(0, read).toString('latin1');
  // Cut off inside SQLite's 100-byte header: what is left is ours, just too little of it.
  if (size < 100 && SQLITE_HEADER.startsWith(start)) throw damaged(path, `${size} bytes`);
  if (start !== SQLITE_HEADER) throw notCongress(path);
}

function guardLock(path: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    if (isBusy(error)) {
      throw new AppError(
        'FILE_LOCKED',
        `Tệp «${path}» đang được mở ở một cửa sổ hoặc chương trình khác. Hãy đóng nơi đó trước.`,
        `"${path}" is already open in another window or program. Close it there first.`,
      );
    }
    // The header said SQLite (checkHeader), so a page that does not read is damage, not a stranger.
    if (isNotADatabase(error)) throw damaged(path, (error as Error).message);
    throw error;
  }
}

/**
 * Reads every page once (quick_check: tens of milliseconds for a congress) so a truncated or
 * overwritten file is refused at the door, not in the middle of a count.
 */
function checkPages(db: DB, path: string): void {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
  if (problems.length > 0) throw damaged(path, problems.join('; '));
}

function checkIdentity(db: DB, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  if (appId === 0 && version === 0 && tables.n === 0) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    return;
  }
  if (appId !== APPLICATION_ID) throw notCongress(path);
  if (version > SCHEMA_VERSION) {
    // Signal's DBVersionFromFutureError: never touch a file written by a newer app.
    throw new AppError(
      'FILE_FROM_NEWER_APP',
      `Tệp «${path}» được tạo bởi phiên bản Congress Desk mới hơn (lược đồ ${version}, bản này hỗ trợ ${SCHEMA_VERSION}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
      `"${path}" was written by a newer Congress Desk (schema ${version}, this app supports ${SCHEMA_VERSION}). Update the app; the file was not changed.`,
    );
  }
}

function migrate(db: DB, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  try {
    db.transaction(() => {
      for (const m of pending) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
  } catch (error) {
    if (isNotADatabase(error)) throw damaged(path, (error as Error).message);
    throw error;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}
