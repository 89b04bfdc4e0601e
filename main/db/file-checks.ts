import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import type { DB } from './db';
import { SCHEMA_VERSION } from './migrations/index';

/** 'CDSK' — marks a SQLite file as a congress file, so we never migrate someone else's database. */
export const APPLICATION_ID = 0x4344534b;

const SQLITE_HEADER = 'SQLite format 3\0';

/** A SQLite file with our header whose pages do not read back: truncated, overwritten, half-copied. */
export function damaged(path: string, detail?: string): AppError {
  return AppError.of('FILE_DAMAGED', 'file.damaged', { path }, detail === undefined ? undefined : { detail });
}

export function notCongress(path: string): AppError {
  return AppError.of('FILE_NOT_CONGRESS', 'file.notCongress', { path });
}

/**
 * A congress file that holds nothing: 0 bytes, or a SQLite header with not one table. An existing
 * file is never a new one (a new congress is only ever created under a name not taken), so this
 * is a file overwritten or cut short: refused like any damage, never turned into an empty congress
 * over the copies beside it.
 */
function emptyFile(path: string, detail: string): AppError {
  return AppError.of('FILE_DAMAGED', 'file.empty', { path, detail }, { detail, empty: true });
}

/** Before SQLite opens an existing file: is it a SQLite file at all, and is anything in it? */
export function checkHeader(path: string): void {
  const size = statSync(path).size;
  if (size === 0) throw emptyFile(path, '0 byte / 0 bytes');
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

/**
 * SQLite's full integrity check: every page and b-tree, and every index against its table, which
 * quick_check skips (an index that lost an entry reads back fine page by page, yet a count that
 * walks it misses a paper). The first problems found, or none. See integrity.ts for its other use.
 */
export function integrityProblems(db: DB, limit = 5): string[] {
  try {
    const rows = db.pragma(`integrity_check(${limit})`) as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  } catch (error) {
    // A page so damaged that the check itself cannot walk it is damage too, not a crash.
    if (isNotADatabase(error)) return [(error as Error).message];
    throw error;
  }
}

/** Refuses a truncated, overwritten or damaged file at the door, not in the middle of a count. */
export function checkPages(db: DB, path: string): void {
  const problems = integrityProblems(db);
  if (problems.length > 0) throw damaged(path, problems.join('; '));
}

/** For a file being opened (never one being created): ours, whole, and not from a newer app. Writes nothing. */
export function checkIdentity(db: DB, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  // Ours, or nobody's, yet without a single table: another program's empty database is not ours.
  if (tables.n === 0 && (appId === 0 || appId === APPLICATION_ID)) throw emptyFile(path, 'không có bảng nào / no tables');
  if (appId !== APPLICATION_ID) throw notCongress(path);
  if (version > SCHEMA_VERSION) {
    // Signal's DBVersionFromFutureError: never touch a file written by a newer app.
    throw AppError.of('FILE_FROM_NEWER_APP', 'file.fromNewerApp', { path, version: String(version), supported: String(SCHEMA_VERSION) });
  }
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

export function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}
