/**
 * The CLI's exit codes, in one place (documented in README "Command line"): a script tells a refusal
 * from a file it cannot use, a missing file or a file held by another running Congress Desk.
 */
import { AppError, type ErrorCode } from '../../shared/contract/result';

export const EXIT = {
  /** Done (verify: no discrepancy; tally: the passes agree). */
  done: 0,
  /** Refused with a message: bad arguments, unknown command or option, a refused command, rows with
   * errors, passes that disagree, a verify that found a break. Nothing was changed. */
  refused: 1,
  /** The file cannot be used: damaged, not a congress file, or written by a newer app. */
  unusableFile: 2,
  /** A file named on the command line does not exist. */
  notFound: 3,
  /** The congress file is open in another window or program (another Congress Desk). */
  inUse: 4,
  /** An unexpected error: a bug to report with its message. Nothing was changed. */
  unexpected: 5,
} as const;

const BY_ERROR_CODE: Partial<Record<ErrorCode, number>> = {
  FILE_DAMAGED: EXIT.unusableFile,
  FILE_NOT_CONGRESS: EXIT.unusableFile,
  FILE_FROM_NEWER_APP: EXIT.unusableFile,
  FILE_NOT_FOUND: EXIT.notFound,
  FILE_LOCKED: EXIT.inUse,
  INTERNAL: EXIT.unexpected,
};

/** A command line that does not say what to do: an unknown command or option, a missing argument. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The Vietnamese message, its English twin, and where to read more. */
export function usageError(vi: string, en: string, helpFor = ''): UsageError {
  const command = helpFor ? `${helpFor} ` : '';
  return new UsageError(`${vi}\n${en}\nXem / see: npm run cli -- ${command}--help`);
}

/** Node's and SQLite's own codes, for errors raised below the contract (file system, the verifier). */
function systemCode(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (code === 'ENOENT') return EXIT.notFound;
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return EXIT.unusableFile;
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return EXIT.inUse;
  }
  return undefined;
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof AppError) return BY_ERROR_CODE[error.code] ?? EXIT.refused;
  if (error instanceof UsageError) return EXIT.refused;
  return systemCode(error) ?? EXIT.unexpected;
}

/** For the help and the README: every code with what it means. */
export const EXIT_MEANINGS: readonly [number, string, string][] = [
  [EXIT.done, 'xong', 'done'],
  [EXIT.refused, 'bị từ chối, có thông báo lý do (không thay đổi gì)', 'refused with a message (nothing changed)'],
  [
    EXIT.unusableFile,
    'tệp hỏng, không phải tệp đại hội, hoặc của phiên bản mới hơn',
    'file damaged, not a congress file, or from a newer app',
  ],
  [EXIT.notFound, 'không tìm thấy tệp', 'file not found'],
  [EXIT.inUse, 'tệp đang được mở ở nơi khác (một Congress Desk đang chạy)', 'file open elsewhere (a running Congress Desk)'],
  [EXIT.unexpected, 'lỗi bất ngờ — hãy báo lại kèm thông báo', 'unexpected error — report it with the message'],
];
