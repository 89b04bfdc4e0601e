/**
 * Where copies of a congress live and what they are called. A copy's name says when it was made
 * and why, so the list can be read without opening anything:
 *   dai-hoi.congress → dai-hoi.backups/dai-hoi--20261215T073001000Z--milestone.congress
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../shared/contract/backup-channels';
import { partialPath } from '../files/partials';

const NAME = /^(.+)--(\d{8}T\d{9}Z)(?:-(\d+))?--([a-z-]+)\.congress$/;

export function congressStem(congressPath: string): string {
  return basename(congressPath, extname(congressPath));
}

/** The folder beside the congress file (same disk: a restore can rename rather than copy). */
export function primaryFolder(congressPath: string): string {
  return join(dirname(resolve(congressPath)), `${congressStem(congressPath)}.backups`);
}

/** In the second folder copies of several congresses meet, so each gets its own sub-folder. */
export function secondFolderFor(secondRoot: string, congressPath: string): string {
  return join(resolve(secondRoot), `${congressStem(congressPath)}.backups`);
}

function compactTime(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

function isoFromCompact(c: string): string {
  return `${c.slice(0, 4)}-${c.slice(4, 6)}-${c.slice(6, 8)}T${c.slice(9, 11)}:${c.slice(11, 13)}:${c.slice(13, 15)}.${c.slice(15, 18)}Z`;
}

/** A new name in `folder` for a copy made at `at` (ISO time); never one that already exists. */
export function backupFileName(folder: string, congressPath: string, at: string, reason: BackupReason): string {
  const stamp = compactTime(new Date(at).toISOString());
  const stem = congressStem(congressPath);
  for (let n = 1; ; n++) {
    const name = `${stem}--${stamp}${n > 1 ? `-${n}` : ''}--${reason}.congress`;
    if (!existsSync(join(folder, name))) return name;
  }
}

export interface BackupFile {
  file: string;
  name: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  /** Tie-breaker for copies made within the same millisecond. */
  sequence: number;
}

export function parseBackupName(name: string): Omit<BackupFile, 'file' | 'sizeBytes'> | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = m[4] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  return { name, createdAt: isoFromCompact(m[2]!), reason, sequence: Number(m[3] ?? 1) };
}

/** The copies in a folder, newest first; anything else in the folder is ignored. */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return []; // no folder yet, or something else in its place (the list then shows the copy error)
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = join(folder, name);
    try {
      found.push({ ...parsed, file, sizeBytes: statSync(file).size });
    } catch {
      // removed between readdir and stat (rotation in another window): not a copy any more
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.sequence - a.sequence);
}

/** Copies a restore or an open may use: only those in this congress's own backup folders. */
export function isBackupOf(file: string, folders: readonly string[]): boolean {
  const full = resolve(file);
  return parseBackupName(basename(full)) !== null && folders.some((f) => resolve(f) === dirname(full));
}

/** Copies `source` to `temp` and forces it to disk: once renamed, the copy survives a power cut. */
export function copyDurably(source: string, temp: string): void {
  copyFileSync(source, temp);
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whole file or nothing: copied under a temporary name (main/files/partials.ts), then renamed into place. */
export function copyInto(source: string, target: string): void {
  const partial = partialPath(target);
  try {
    copyDurably(source, partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
