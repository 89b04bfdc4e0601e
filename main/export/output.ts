/**
 * Writing a finished document: to a temporary name in the target folder, flushed to disk, then renamed
 * over the final name. A full disk or a folder that refuses writing leaves nothing half-written, and
 * the refusal says so (main/files/fs-errors.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { assertRegularFile, fileError, type FsDoing } from '../files/fs-errors';
import { partialPath, writeFlushed } from '../files/partials';

export interface ExportedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The head of every refusal to write a document: which file. */
const writing = (path: string): FsDoing => ({ thing: 'writeDocument', target: path });

/** A failed write of a document, by key (main/files/fs-errors.ts). */
export function writeFailed(path: string, error: unknown): AppError {
  return fileError(error, { what: writing(path), path, outcome: 'noFileMade', fallback: 'EXPORT_FAILED' });
}

export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw fileError(error, {
      what: { thing: 'createFolder', target: dir },
      path: dir,
      folder: dir,
      outcome: 'noFileMade',
      fallback: 'EXPORT_FAILED',
    });
  }
}

/** Beside the congress file: "<name> - tai-lieu/". */
export function defaultExportDir(ctx: { path: string }): string {
  return join(dirname(ctx.path), `${basename(ctx.path, extname(ctx.path))}-tai-lieu`);
}

/**
 * What to do when a document of the same name is already there (an earlier copy of the minutes may
 * be the one that was signed): refuse (the default), overwrite it, or write beside it as "… (2)".
 */
export type IfExists = 'refuse' | 'overwrite' | 'new-name';

export function alreadyExported(paths: readonly string[], suggested: readonly string[]): AppError {
  // Paths are listed as given, each language quoting them its own way (shared/i18n/vi-files.ts).
  const params = {
    count: paths.length,
    list: paths.join('», «'),
    listEn: paths.join('", "'),
    names: suggested.map((p) => basename(p)).join('», «'),
    namesEn: suggested.map((p) => basename(p)).join('", "'),
  };
  return AppError.of('FILE_EXISTS', 'export.alreadyExported', params, { existing: paths, suggested });
}

/** "Bien-ban.docx" → "Bien-ban (2).docx", the first name not on disk nor in `taken`. */
export function besideName(path: string, taken: ReadonlySet<string> = new Set()): string {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate) && !existsSync(candidate)) return candidate;
  }
}

/**
 * The paths the documents of one export go to, decided for all of them before any is written: one
 * refused name refuses the whole export, so a set of documents is never half replaced.
 */
export function decideTargets(paths: readonly string[], ifExists: IfExists): string[] {
  for (const p of paths) assertRegularFile(p, writing(p), 'noFileMade');
  if (ifExists === 'overwrite') return [...paths];
  const existing = paths.filter((p) => existsSync(p));
  const taken = new Set<string>(paths);
  const beside = (p: string) => {
    const name = besideName(p, taken);
    taken.add(name);
    return name;
  };
  if (ifExists === 'refuse') {
    if (existing.length > 0) throw alreadyExported(existing, existing.map(beside));
    return [...paths];
  }
  return paths.map((p) => (existing.includes(p) ? beside(p) : p));
}

/**
 * Writes `data` to `path` atomically (temporary name + fsync + rename). `replace: false` never
 * replaces a file that appeared meanwhile: the temporary file is hard-linked to the final name,
 * which fails if the name is taken (disks without hard links, FAT USB sticks, check then rename).
 */
export function writeAtomically(path: string, data: Buffer, options: { replace?: boolean } = {}): ExportedFile {
  const temp = partialPath(path);
  try {
    writeFlushed(temp, data);
    if (options.replace ?? true) renameSync(temp, path);
    else placeNew(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    if ((error as { code?: string }).code === 'EEXIST' && !(options.replace ?? true)) throw alreadyExported([path], [besideName(path)]);
    throw writeFailed(path, error);
  }
  return { path, bytes: data.length, sha256: sha256(data) };
}

function placeNew(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temp, path);
    return;
  }
  rmSync(temp, { force: true });
}

/**
 * The file a document goes to: `out` as given when it names a file with the right extension, else
 * `out` (or `defaultDir`) as a folder with the document's usual name in it.
 */
export function targetPath(out: string | undefined, defaultDir: string, fileName: string): string {
  if (out && extname(out).toLowerCase() === extname(fileName).toLowerCase() && !statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
    ensureFolder(dirname(out));
    return out;
  }
  const dir = out ?? defaultDir;
  ensureFolder(dir);
  return join(dir, fileName);
}

/**
 * A file name from a title, without diacritics ("Hiệp thương cử" → "Hiep-thuong-cu"): USB sticks,
 * printers' shares and zip tools of the halls do not all keep Vietnamese file names intact.
 */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'tai-lieu';
}
