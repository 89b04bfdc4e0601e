/**
 * Going back to a copy. Nothing is ever overwritten: restoring over the open congress first moves
 * the current file into the backup folder (listed as "before-restore", so the restore itself can be
 * undone), and a file that would not open is left exactly as it is while a new file made from its
 * copy is opened beside it.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { CongressInfo } from '../../shared/contract/types';
import type { Engine } from '../engine/engine';
import { backupFileName, congressStem, copyInto, isBackupOf, primaryFolder } from './backup-files';
import { inspectBackup } from './backup-inspect';
import { makeStandalone } from './backup-manager';

function checkCopy(engine: Engine, congressPath: string, file: string): void {
  // Only the folder names: listing (and opening) every copy here would be work thrown away.
  const folders = engine.backups.folders(congressPath).map((f) => f.folder);
  if (!isBackupOf(file, folders) || !existsSync(file)) {
    throw new AppError(
      'NOT_FOUND',
      `«${file}» không phải là bản sao lưu của đại hội này.`,
      `"${file}" is not a backup of this congress.`,
    );
  }
  const inspection = inspectBackup(file);
  if (!inspection.usable) {
    throw new AppError(
      'FILE_DAMAGED',
      `Không dùng được bản sao lưu «${file}»: ${inspection.problem}. Hãy chọn bản khác.`,
      `The backup "${file}" cannot be used: ${inspection.problem}. Choose another one.`,
    );
  }
}

export function restoreBackup(engine: Engine, file: string): CongressInfo {
  const { path } = engine.context();
  checkCopy(engine, path, file);
  engine.close(); // releases the lock; a last copy is made if anything changed
  const folder = primaryFolder(path);
  const aside = join(folder, backupFileName(folder, path, engine.now(), 'before-restore'));
  renameSync(path, aside);
  for (const side of ['-wal', '-shm']) if (existsSync(path + side)) renameSync(path + side, aside + side);
  try {
    makeStandalone(aside);
    copyInto(file, path);
    return engine.open(path);
  } catch (error) {
    // Put the congress back exactly as it was; the failed copy was only ever a copy.
    rmSync(path, { force: true });
    renameSync(aside, path);
    throw error;
  }
}

/** "dai-hoi.congress" → "dai-hoi (khoi phuc 2026-12-15 07h30).congress", never an existing name. */
function recoveredPath(congressPath: string, at: string): string {
  const stamp = at.slice(0, 16).replace('T', ' ').replace(':', 'h');
  for (let n = 1; ; n++) {
    const candidate = join(dirname(congressPath), `${congressStem(congressPath)} (khoi phuc ${stamp}${n > 1 ? ` ${n}` : ''}).congress`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** For a congress file that would not open (damaged, newer, locked): open a new file made from a copy. */
export function openBackupCopy(engine: Engine, congressPath: string, file: string): CongressInfo {
  checkCopy(engine, congressPath, file);
  const target = recoveredPath(congressPath, engine.now());
  copyInto(file, target);
  return engine.open(target);
}
