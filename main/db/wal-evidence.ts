/**
 * Before SQLite opens a congress file that has a write-ahead log beside it: if the log is damaged
 * (wal-check.ts), the file and the log are copied aside, byte for byte, into a new folder beside
 * them. SQLite's recovery then drops everything after the damage, and the next checkpoint deletes
 * the log: without this copy the evidence of what was lost would go with it (docs/backups.md).
 */
import { closeSync, constants, copyFileSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { heldPath } from './open-files';
import { inspectWal, type WalDamage } from './wal-check';

export interface WalEvidence {
  /** The congress file as opened. */
  path: string;
  /** The new folder holding the copies. */
  folder: string;
  copiedFile: string;
  copiedWal: string;
  damage: WalDamage;
  keptTransactions: number;
  /** The log's bytes exactly as found (the copy's content), for the forensic reading. */
  wal: Buffer;
  pageSize: number;
  detectedAt: string;
}

/** The page size in the database header (offset 16; 1 means 65,536), or null when unreadable. */
function databasePageSize(path: string): number | null {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return null;
  } finally {
    closeSync(fd);
  }
  const size = header.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

/** "dai-hoi.congress" → "dai-hoi (nhat ky hong 20261215T073001000Z)", never an existing name. */
function newEvidenceFolder(path: string, at: string): string {
  const stem = basename(path, extname(path));
  const stamp = at.replace(/[-:.]/g, '');
  for (let n = 1; ; n++) {
    const folder = join(dirname(path), `${stem} (nhat ky hong ${stamp}${n > 1 ? ` ${n}` : ''})`);
    try {
      mkdirSync(folder); // fails if it exists: a folder of earlier evidence is never reused
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

const README = (e: Pick<WalEvidence, 'path' | 'damage' | 'detectedAt'>) =>
  [
    `Congress Desk — bằng chứng nhật ký ghi (-wal) bị hỏng / evidence of a damaged write-ahead log`,
    ``,
    `Tệp / file: ${e.path}`,
    `Phát hiện lúc / found at: ${e.detectedAt}`,
    `Hỏng ở / damaged at: ${e.damage.where === 'header' ? 'phần đầu nhật ký / the log header' : `khung ${e.damage.firstBadFrame} / frame ${e.damage.firstBadFrame}`}`,
    `Giao dịch đã ghi nhưng không khôi phục được / committed transactions not recovered: ${e.damage.lostTransactions}`,
    ``,
    `Hai tệp trong thư mục này là bản chép nguyên trạng tệp đại hội và nhật ký ghi của nó, trước khi`,
    `ứng dụng mở tệp. Đừng mở chúng bằng ứng dụng; hãy gửi cho cán bộ kỹ thuật nếu cần.`,
    `The two files here are exact copies of the congress file and its log, made before the app opened`,
    `the file. Do not open them with the app; hand them to the technical contact if needed.`,
    ``,
  ].join('\n');

/**
 * Checks the log beside `path` before SQLite reads it; when it is damaged, copies both files aside
 * and returns where. Null when there is no log, or nothing in it is lost. A file this process
 * already holds is not touched: reading it would drop the lock (open-files.ts), and its open is
 * refused anyway.
 */
export function preserveDamagedWal(path: string, now: () => string = () => new Date().toISOString()): WalEvidence | null {
  if (heldPath(path)) return null;
  const walPath = `${path}-wal`;
  let wal: Buffer;
  try {
    wal = readFileSync(walPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let report = inspectWal(wal);
  // The log's own page size field may be the damaged part: frame it by the database's then.
  if (report.frames === 0 && wal.length > 32) report = inspectWal(wal, databasePageSize(path));
  if (!report.damage) return null;

  const detectedAt = now();
  let folder: string | null = null;
  try {
    folder = newEvidenceFolder(path, detectedAt);
    const copiedFile = join(folder, basename(path));
    const copiedWal = join(folder, basename(walPath));
    copyFileSync(path, copiedFile, constants.COPYFILE_EXCL);
    writeFileSync(copiedWal, wal, { flag: 'wx' }); // the very bytes inspected
    writeFileSync(join(folder, 'doc-truoc-README.txt'), README({ path, damage: report.damage, detectedAt }), { flag: 'wx' });
    return {
      path,
      folder,
      copiedFile,
      copiedWal,
      damage: report.damage,
      keptTransactions: report.keptTransactions,
      wal,
      pageSize: report.pageSize,
      detectedAt,
    };
  } catch (error) {
    if (folder) rmSync(folder, { recursive: true, force: true }); // only what this call made, half done
    throw evidenceNotKept(path, report.damage, (error as Error).message);
  }
}

/** Without the copy, SQLite's recovery would destroy the only trace of what was lost: the file stays unopened. */
function evidenceNotKept(path: string, damage: WalDamage, detail: string): AppError {
  return AppError.of(
    'FILE_DAMAGED',
    'file.walEvidenceNotKept',
    { path, count: damage.lostTransactions, detail },
    { detail, walDamage: damage },
  );
}
