/**
 * The one place where what the file system (or SQLite writing a file) said becomes a message a
 * secretariat can act on: which file, which folder, what is wrong (disk full, folder read-only, a
 * folder where a file should be…) and what to do, in Vietnamese then English. Creating a congress,
 * exporting, backing up, restoring and the archive all go through it (docs/backups.md,
 * docs/exports.md), so the same cause reads the same everywhere.
 */
import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type ErrorCode } from '../../shared/contract/result';

/** Both languages of one piece of a message. */
export interface Words {
  vi: string;
  en: string;
}

interface Cause extends Words {
  code: ErrorCode;
  advice: Words;
}

export interface FileErrorOptions {
  /** The head of the message, naming the file: "Không tạo được tệp đại hội «…»". */
  what: Words;
  /** The file being written (or the folder, for a folder being made). */
  path: string;
  /** The folder that holds it, when `path` is not a file inside it (default: the path's parent). */
  folder?: string;
  /** What it means for the congress; default: nothing was changed. */
  outcome?: Words;
  /** The code when the cause is none of the known ones (EXPORT_FAILED, BACKUP_FAILED, …). */
  fallback: ErrorCode;
}

const NOTHING_CHANGED: Words = { vi: 'Không có gì bị thay đổi.', en: 'Nothing was changed.' };

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

function diskFull(folder: string): Cause {
  return {
    code: 'DISK_FULL',
    vi: `ổ đĩa chứa «${folder}» đã hết chỗ trống`,
    en: `the disk holding "${folder}" is full`,
    advice: {
      vi: 'Hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác rồi thử lại.',
      en: 'Free some space or choose another drive, then try again.',
    },
  };
}

function notWritable(folder: string, readOnlyDrive: boolean): Cause {
  return {
    code: 'FOLDER_NOT_WRITABLE',
    vi: readOnlyDrive ? `ổ đĩa chứa «${folder}» chỉ cho đọc` : `không được phép ghi vào thư mục «${folder}»`,
    en: readOnlyDrive ? `the drive holding "${folder}" is read-only` : `writing into the folder "${folder}" is not allowed`,
    advice: {
      vi: 'Hãy chọn thư mục khác (ví dụ trong thư mục Tài liệu) rồi thử lại.',
      en: 'Choose another folder (in Documents, say) and try again.',
    },
  };
}

function folderMissing(folder: string): Cause {
  return {
    code: 'FOLDER_NOT_FOUND',
    vi: `không có thư mục «${folder}»`,
    en: `the folder "${folder}" does not exist`,
    advice: {
      vi: 'Hãy kiểm tra đường dẫn (ổ USB còn cắm không?) rồi thử lại.',
      en: 'Check the path (is the USB stick still plugged in?) and try again.',
    },
  };
}

function notAFolder(path: string): Cause {
  return {
    code: 'NOT_A_FOLDER',
    vi: `«${path}» là một tệp, không phải thư mục`,
    en: `"${path}" is a file, not a folder`,
    advice: { vi: 'Hãy chọn một thư mục.', en: 'Choose a folder.' },
  };
}

function notAFile(path: string, kind: Words): Cause {
  return {
    code: 'NOT_A_FILE',
    vi: `«${path}» là ${kind.vi}, không phải tệp`,
    en: `"${path}" is ${kind.en}, not a file`,
    advice: { vi: 'Hãy chọn đúng tệp hoặc đặt tên khác.', en: 'Choose the right file or another name.' },
  };
}

function alreadyThere(path: string): Cause {
  return {
    code: 'FILE_EXISTS',
    vi: `đã có «${path}»`,
    en: `"${path}" already exists`,
    advice: { vi: 'Hãy chọn tên hoặc thư mục khác.', en: 'Choose another name or folder.' },
  };
}

/** What a path names when it is not an ordinary file, or null when it is one (or nothing is there). */
function oddKind(path: string): Words | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isFile()) return null;
  if (stat.isDirectory()) return { vi: 'một thư mục', en: 'a folder' };
  if (stat.isFIFO()) return { vi: 'một đường ống (FIFO)', en: 'a pipe (FIFO)' };
  if (stat.isSocket()) return { vi: 'một socket', en: 'a socket' };
  return { vi: 'một thiết bị', en: 'a device' };
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
      return notAFile(path, { vi: 'một thư mục', en: 'a folder' });
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

function build(cause: Cause, options: FileErrorOptions, original: unknown): AppError {
  const outcome = options.outcome ?? NOTHING_CHANGED;
  return new AppError(
    cause.code,
    `${options.what.vi}: ${cause.vi}. ${outcome.vi} ${cause.advice.vi}`,
    `${options.what.en}: ${cause.en}. ${outcome.en} ${cause.advice.en}`,
    { path: options.path, cause: codeOf(original) || undefined },
  );
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
  const outcome = options.outcome ?? NOTHING_CHANGED;
  return new AppError(options.fallback, `${options.what.vi}: ${detail}. ${outcome.vi}`, `${options.what.en}: ${detail}. ${outcome.en}`, {
    path: options.path,
    cause: codeOf(error) || undefined,
  });
}

/**
 * A congress file (or a document's target) must be an ordinary file. A folder, a pipe (FIFO), a
 * socket or a device named `x.congress` is refused before anything opens it: opening a FIFO would
 * wait for a writer forever.
 */
export function assertRegularFile(path: string, what?: Words, outcome?: Words): void {
  const kind = oddKind(path);
  if (!kind) return;
  const head = what ?? { vi: `Không mở được «${path}»`, en: `Could not open "${path}"` };
  throw build(notAFile(path, kind), { what: head, path, outcome, fallback: 'NOT_A_FILE' }, null);
}
