/**
 * Once SQLite has opened a file whose log was damaged (wal-evidence.ts): what the opened file
 * lacks. A forensic copy of the log, its checksums recomputed, lets SQLite read past the damage;
 * its audit rows after the last one the opened file holds are the commands that were lost, named
 * so the secretariat can redo them. The notice stays with the connection while the file is open.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { LostCommand, WalRecovery } from '../../shared/contract/wal-recovery';
import type { DB } from './db';
import { walWithChecksumsRecomputed } from './wal-check';
import type { WalEvidence } from './wal-evidence';

export type WalLoss = Omit<WalRecovery, 'latestBackup'>;

const LISTED = 500;
const losses = new WeakMap<DB, WalLoss>();

interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity: string;
  entity_id: string | null;
}

type Lookup = (id: number) => { code: string; name: string } | null;

/** «Điểm danh DB012 – Nguyễn Văn An»: the audit row in the words of the desk that must redo it. */
function describe(row: AuditRow, delegate: Lookup): LostCommand {
  const base = { at: row.at, action: row.action };
  const [first, second, third] = (row.entity_id ?? '').split(':');
  if (row.entity === 'attendance' || row.entity === 'delegate') {
    const d = delegate(Number(row.entity === 'attendance' ? second : first));
    const who = d ? `${d.code} – ${d.name}` : `#${row.entity_id}`;
    const words: Record<string, [string, string]> = {
      'checkin.scan': ['Điểm danh', 'Check-in of'],
      'checkin.mark': ['Điểm danh', 'Check-in of'],
      'checkin.undo': ['Hủy điểm danh', 'Undone check-in of'],
      'attendance.absent': ['Ghi vắng mặt', 'Absence of'],
      'delegate.create': ['Thêm đại biểu', 'Added delegate'],
      'delegate.update': ['Sửa đại biểu', 'Edited delegate'],
      'delegate.remove': ['Xóa đại biểu', 'Removed delegate'],
    };
    const [vi, en] = words[row.action] ?? [row.action, row.action];
    return { ...base, text: `${vi} ${who}`, textEn: `${en} ${who}` };
  }
  if (row.entity === 'paper') {
    const verb: [string, string] = row.action === 'paper.void' ? ['Hủy phiếu', 'Voided paper'] : ['Nhập phiếu', 'Paper'];
    return {
      ...base,
      text: `${verb[0]} số ${third} (lượt ${second}) của cuộc bầu ${first}`,
      textEn: `${verb[1]} ${third} (pass ${second}) of ballot ${first}`,
    };
  }
  const what = `${row.action}${row.entity_id ? ` (${row.entity} ${row.entity_id})` : ''}`;
  return { ...base, text: what, textEn: what };
}

/** Reads the forensic copy: the audit rows after `afterId`, described. Throws when it cannot be read. */
function readLost(evidence: WalEvidence, afterId: number): { commands: LostCommand[]; count: number } {
  const dir = join(evidence.folder, 'phan-tich');
  mkdirSync(dir);
  const file = join(dir, basename(evidence.path));
  try {
    copyFileSync(evidence.copiedFile, file);
    writeFileSync(`${file}-wal`, walWithChecksumsRecomputed(evidence.wal, evidence.pageSize));
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = copy.prepare('SELECT id, at, action, entity, entity_id FROM audit WHERE id > ? ORDER BY id').all(afterId) as AuditRow[];
      const find = copy.prepare('SELECT code, full_name AS name FROM delegates WHERE id = ?');
      const delegate: Lookup = (id) =>
        Number.isInteger(id) ? ((find.get(id) as { code: string; name: string } | undefined) ?? null) : null;
      return { commands: rows.slice(0, LISTED).map((r) => describe(r, delegate)), count: rows.length };
    } finally {
      copy.close();
    }
  } finally {
    // Only a working copy: the evidence is the untouched pair beside it.
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Called right after SQLite opened (and recovered) the file, before anything is written to it:
 * works out what was lost, then checkpoints and empties the log, so that frames left behind the
 * damage can never be mistaken for a new damage after a later crash (their copy is kept aside).
 */
export function recordWalLoss(db: DB, evidence: WalEvidence): void {
  let last: { id: number; at: string; action: string } | undefined;
  let lost: { commands: LostCommand[]; count: number } = { commands: [], count: 0 };
  let forensicError: string | null = null;
  try {
    last = db.prepare('SELECT id, at, action FROM audit ORDER BY id DESC LIMIT 1').get() as typeof last;
    lost = readLost(evidence, last?.id ?? 0);
  } catch (error) {
    // The count of lost transactions (from the log itself) is still told; the names are not.
    forensicError = (error as Error).message;
  }
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    // Not emptied: at worst the old frames are reported again after a later crash; the file is fine.
    console.warn(`[wal] ${evidence.path}: the log could not be emptied after recovery`, error);
  }
  losses.set(db, {
    where: evidence.damage.where,
    lostTransactions: evidence.damage.lostTransactions,
    keptTransactions: evidence.keptTransactions,
    lastKept: last ? { at: last.at, action: last.action } : null,
    lostCommands: lost.commands,
    lostCommandCount: lost.count,
    forensicError,
    evidenceFolder: evidence.folder,
    detectedAt: evidence.detectedAt,
  });
}

/** What the log of this open file lost when it was opened, or null when nothing was. */
export function walLossOf(db: DB): WalLoss | null {
  return losses.get(db) ?? null;
}
