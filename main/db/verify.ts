import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { verifyAuditChain } from './audit';
import { APPLICATION_ID } from './connection';

export interface VerifyReport {
  file: string;
  /** PRAGMA integrity_check: ['ok'] or SQLite's list of problems. */
  integrity: string[];
  auditEntries: number;
  /** Audit rows whose hash or link to the previous row does not match. */
  brokenAuditRows: number[];
  /** The triggers that make the audit append-only; a missing one means someone removed it. */
  missingTriggers: string[];
  ok: boolean;
}

const AUDIT_TRIGGERS = ['audit_no_update', 'audit_no_delete'];

/**
 * Checks a congress file without changing it (read-only: no migration, no recovery written back):
 * the database's integrity, the audit hash chain, and the triggers that keep the audit append-only.
 * Throws with a bilingual message when the file cannot be read as a congress at all.
 */
export function verifyCongressFile(file: string): VerifyReport {
  if (!existsSync(file)) throw new Error(`Không tìm thấy tệp «${file}» / file not found`);
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new Error(`«${file}» không phải là tệp đại hội / is not a congress file`);
    }
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const chain = verifyAuditChain(db);
    const triggers = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]);
    const missingTriggers = AUDIT_TRIGGERS.filter((t) => !triggers.has(t));
    const ok = integrity.length === 1 && integrity[0] === 'ok' && chain.broken.length === 0 && missingTriggers.length === 0;
    return { file, integrity, auditEntries: chain.entries, brokenAuditRows: chain.broken, missingTriggers, ok };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY')) {
      throw new Error(`Tệp «${file}» đang được mở ở chương trình khác; hãy đóng lại rồi kiểm tra / file is open elsewhere`, { cause: error });
    }
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      throw new Error(`Tệp «${file}» bị hỏng / damaged: ${(error as Error).message}`, { cause: error });
    }
    throw error;
  } finally {
    db.close();
  }
}
