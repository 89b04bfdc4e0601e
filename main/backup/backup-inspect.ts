import Database from 'better-sqlite3';
import type { BackupContents } from '../../shared/contract/backup-channels';
import { APPLICATION_ID } from '../db/connection';
import { SCHEMA_VERSION } from '../db/migrations/index';

export interface Inspection {
  usable: boolean;
  problem: string | null;
  contents: BackupContents | null;
}

/** A count that an older schema may not have a table for yet (a copy made before ballots existed). */
function count(db: Database.Database, sql: string): number {
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } catch {
    return 0;
  }
}

/**
 * What a copy holds, read without changing it (copies are kept in rollback-journal mode, so a
 * read-only open leaves no -wal or -shm file behind), and whether this app could open it.
 */
export function inspectBackup(file: string): Inspection {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      return { usable: false, problem: 'Không phải tệp đại hội / not a congress file', contents: null };
    }
    const check = db.pragma('integrity_check(1)', { simple: true }); // the check an open makes (file-checks.ts)
    if (check !== 'ok') return { usable: false, problem: `Tệp hỏng / damaged: ${String(check)}`, contents: null };
    const last = db.prepare('SELECT at, action FROM audit ORDER BY id DESC LIMIT 1').get() as { at: string; action: string } | undefined;
    const contents: BackupContents = {
      delegates: count(db, 'SELECT count(*) AS n FROM delegates WHERE removed_at IS NULL'),
      checkIns: count(db, "SELECT count(*) AS n FROM attendance WHERE state = 'present'"),
      ballots: count(db, 'SELECT count(*) AS n FROM ballots'),
      papers: count(db, 'SELECT count(*) AS n FROM paper_entries WHERE voided_at IS NULL'),
      lastAudit: last ?? null,
    };
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      return { usable: false, problem: `Tạo bởi phiên bản mới hơn / from a newer app (${version} > ${SCHEMA_VERSION})`, contents };
    }
    return { usable: true, problem: null, contents };
  } catch (error) {
    return { usable: false, problem: `Không đọc được / unreadable: ${(error as Error).message}`, contents: null };
  } finally {
    db?.close();
  }
}
