/**
 * The one place where what the file system (or SQLite writing a file) said becomes a message a
 * secretariat can act on: which file, which folder, what is wrong (disk full, folder read-only, a
 * folder where a file should be…) and what to do, as catalog keys each client words in its language
 * (shared/i18n/vi-files.ts `fs.*`). Creating a congress, exporting, backing up, restoring and the
 * archive all go through it (docs/backups.md, docs/exports.md), so the same cause reads the same everywhere.
 */
import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type ErrorCode } from '../../shared/contract/result';
import type { MessageParams, SharedKey } from '../../shared/i18n/translator';

/** The keys of the catalog under `prefix`, without it: the catalog is the one list (shared/i18n/vi-files.ts). */
type KeysUnder<P extends string> = SharedKey extends infer K ? (K extends `${P}${infer Rest}` ? Rest : never) : never;

/** What was being done (`fs.what.*`): its `{target}` is the file or folder the caller names. */
export type FsThing = Exclude<KeysUnder<'fs.what.'>, 'couldNotOpen'>;

/** What the refusal means for the congress (`fs.outcome.*`). */
export type FsOutcome = KeysUnder<'fs.outcome.'>;

/** The head of a refusal: what was being done to which file or folder. */
export interface FsDoing {
  thing: FsThing;
  target: string;
}

/** What went wrong, by catalog key (shared/i18n/vi-files.ts `fs.cause.*` and its `fs.advice.*`). */
type CauseKey = 'diskFull' | 'readOnlyDrive' | 'notWritable' | 'folderMissing' | 'notAFolder' | 'notAFile' | 'alreadyThere';

/** What a path names when it is not an ordinary file (`fs.kind.*`). */
type OddKind = 'folder' | 'fifo' | 'socket' | 'device';

interface Cause {
  code: ErrorCode;
  cause: CauseKey;
  params: { folder: string } | { path: string; kind?: OddKind };
}

export interface FileErrorOptions {
  /** The head of the message, naming the file: `fs.what.createCongress` says "Không tạo được tệp đại hội «…»". */
  what: FsDoing;
  /** The file being written (or the folder, for a folder being made). */
  path: string;
  /** The folder that holds it, when `path` is not a file inside it (default: the path's parent). */
  folder?: string;
  /** What it means for the congress; default: nothing was changed (`fs.outcome.nothingChanged`). */
  outcome?: FsOutcome;
  /** The code when the cause is none of the known ones (EXPORT_FAILED, BACKUP_FAILED, …). */
  fallback: ErrorCode;
}

/** A disk "full" enough that SQLite's vague I/O errors are really about space: less than 64 KiB left. */
const NEARLY_FULL_BYTES = 64 * 1024;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Node's errno codes (ENOSPC…) and the SQLite result codes that are about the file, not the data. */
export function isFileSystemError(error: unknown): boolean {
  const code = codeOf(error);
  return /^E[A-Z]+$/.test(code) || /^SQLITE_(FULL|CANTOPEN|READONLY|IOERR|PERM)/.test(code);
}

const diskFull = (folder: string): Cause => ({ code: 'DISK_FULL', cause: 'diskFull', params: { folder } });

const notWritable = (folder: string, readOnlyDrive: boolean): Cause => ({
  code: 'FOLDER_NOT_WRITABLE',
  cause: readOnlyDrive ? 'readOnlyDrive' : 'notWritable',
  params: { folder },
});

const folderMissing = (folder: string): Cause => ({ code: 'FOLDER_NOT_FOUND', cause: 'folderMissing', params: { folder } });

const notAFolder = (path: string): Cause => ({ code: 'NOT_A_FOLDER', cause: 'notAFolder', params: { path } });

const notAFile = (path: string, kind: OddKind): Cause => ({ code: 'NOT_A_FILE', cause: 'notAFile', params: { path, kind } });

const alreadyThere = (path: string): Cause => ({ code: 'FILE_EXISTS', cause: 'alreadyThere', params: { path } });

/** What a path names when it is not an ordinary file, or null when it is one (or nothing is there). */
function oddKind(path: string): OddKind | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isFile()) return null;
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  return 'device';
}

/** The nearest part of `path` that exists (the USB stick's mount point, the home folder…). */
function nearestExisting(path: string): string {
  let p = path;
  while (!statSync(p, { throwIfNoEntry: false }) && dirname(p) !== p) p = dirname(p);
  return p;
}

/** For causes the error code does not name (SQLite's "unable to open", "disk I/O error"): look at the folder. */
function probe(folder: string): Cause | null {
  const existing = nearestExisting(folder);
  if (existing !== folder) return statSync(existing).isDirectory() ? folderMissing(folder) : notAFolder(existing);
  if (!statSync(folder).isDirectory()) return notAFolder(folder);
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    return notWritable(folder, codeOf(error) === 'EROFS');
  }
  try {
    const fs = statfsSync(folder);
    if (fs.bavail * fs.bsize < NEARLY_FULL_BYTES) return diskFull(folder);
  } catch {
    // statfs unsupported here: say what SQLite said
  }
  return null;
}

function causeOf(error: unknown, path: string, folder: string): Cause | null {
  const code = codeOf(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG': // the process's file-size limit: as good as a full disk for what the user can do
    case 'SQLITE_FULL':
      return diskFull(folder);
    case 'EROFS':
      return notWritable(folder, true);
    case 'EACCES':
    case 'EPERM':
      return notWritable(folder, false);
    case 'EISDIR':
      return notAFile(path, 'folder');
    case 'EEXIST':
    case 'ENOTEMPTY': {
      // mkdir over an ordinary file, or a folder renamed onto one that is already there
      const stat = statSync(path, { throwIfNoEntry: false });
      return stat && !stat.isDirectory() ? notAFolder(path) : alreadyThere(path);
    }
    default:
      break;
  }
  if (code.startsWith('SQLITE_READONLY')) return probe(folder) ?? notWritable(folder, false);
  // ENOENT, ENOTDIR, SQLITE_CANTOPEN, SQLITE_IOERR…, EIO: the folder tells more than the code
  return probe(folder);
}

/** The head and outcome as parameters, both keys of the catalog (`fs.what.*`, `fs.outcome.*`). */
function frame(options: BuildOptions): MessageParams {
  const { what, outcome, path } = options;
  const head: MessageParams = what ? { what: what.thing, target: what.target } : { what: 'couldNotOpen', path };
  return { ...head, outcome: outcome ?? 'nothingChanged' };
}

/** Without a head, the message opens with "Không mở được «…»" (`fs.what.couldNotOpen`). */
type BuildOptions = Omit<FileErrorOptions, 'what'> & { what?: FsDoing };

function build(cause: Cause, options: BuildOptions, original: unknown): AppError {
  const params = { ...frame(options), ...cause.params, cause: cause.cause };
  return AppError.of(cause.code, 'fs.failed', params, { path: options.path, cause: codeOf(original) || undefined });
}

/**
 * The refusal for a failed write, create or copy. An AppError passes through unchanged; any other
 * failure becomes one: the known causes with their own code, the rest under `fallback` with the
 * system's own words (still saying which file, and that nothing was changed).
 */
export function fileError(error: unknown, options: FileErrorOptions): AppError {
  if (error instanceof AppError) return error;
  const folder = options.folder ?? dirname(options.path);
  let cause: Cause | null;
  try {
    cause = causeOf(error, options.path, folder);
  } catch {
    cause = null; // looking at the folder failed too: fall back to the system's words
  }
  if (cause) return build(cause, options, error);
  const detail = error instanceof Error ? error.message : String(error);
  return AppError.of(
    options.fallback,
    'fs.systemSaid',
    { ...frame(options), detail },
    { path: options.path, cause: codeOf(error) || undefined },
  );
}

/**
 * A congress file (or a document's target) must be an ordinary file. A folder, a pipe (FIFO), a
 * socket or a device named `x.congress` is refused before anything opens it: opening a FIFO would
 * wait for a writer forever.
 */
export function assertRegularFile(path: string, what?: FsDoing, outcome?: FsOutcome): void {
  const kind = oddKind(path);
  if (!kind) return;
  throw build(notAFile(path, kind), { what, path, outcome, fallback: 'NOT_A_FILE' }, null);
}
