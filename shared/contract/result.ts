/**
 * Every command answers `{ ok: true, value } | { ok: false, error }` (Signal's wrapResult): the
 * renderer never sees a thrown exception, and an error always carries a typed code. An error made by
 * `AppError.of` carries a catalog key and parameters (shared/i18n) and each side renders it in the
 * operator's language; `message`/`messageEn` are the Vietnamese and English renderings, kept for
 * logs and for call sites not yet moved to keys.
 */
import { type MessageParams, type SharedKey, t } from '../i18n/translator';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NO_CONGRESS_OPEN',
  'NOT_FOUND',
  'UNKNOWN_DELEGATE_CODE',
  'ALREADY_CHECKED_IN',
  'NOT_CHECKED_IN',
  'DUPLICATE_CODE',
  'DELEGATE_REMOVED',
  'ROSTER_HAS_ERRORS',
  'ROSTER_FILE_REJECTED',
  'NOTHING_TO_IMPORT',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'FILE_NOT_CONGRESS',
  'FILE_FROM_NEWER_APP',
  'FILE_LOCKED',
  'FILE_DAMAGED',
  'FILE_LOST',
  'BACKUP_FAILED',
  /** The file system refused (main/files/fs-errors.ts): each says what and where, and nothing was changed. */
  'DISK_FULL',
  'FOLDER_NOT_WRITABLE',
  'FOLDER_NOT_FOUND',
  'NOT_A_FILE',
  'NOT_A_FOLDER',
  /** The app stopped in the middle of a restore; the next start says so (main/backup/restore-marker.ts). */
  'RESTORE_INTERRUPTED',
  'BALLOT_FINALIZED',
  'BALLOT_WRONG_STATE',
  'BALLOT_NOT_PUBLISHED',
  'PAPER_EXISTS',
  'UNKNOWN_CANDIDATE_NUMBER',
  'PASSES_DISAGREE',
  'COUNTS_INCONSISTENT',
  'REASON_REQUIRED',
  'AGENDA_NOT_EMPTY',
  'AGENDA_AT_END',
  'VOTE_CLOSED',
  'VOTE_NOT_CLOSED',
  'EXPORT_NOT_READY',
  'EXPORT_FAILED',
  'EXPORT_TEMPLATE_INVALID',
  /** A retried request id the congress file already holds (main/engine/request-ledger.ts): done once, not again. */
  'ALREADY_DONE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** The catalog key (shared/i18n/vi.ts); absent on errors still built from prose. */
  key?: SharedKey;
  params?: MessageParams;
  message: string;
  messageEn: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Thrown inside services; turned into `{ ok: false }` at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  key?: SharedKey;
  params?: MessageParams;

  /** An error as a code, a catalog key and its parameters; the prose is rendered from the catalog. */
  static of(code: ErrorCode, key: SharedKey, params?: MessageParams, details?: unknown): AppError {
    const error = new AppError(code, t('vi', key, params), t('en', key, params), details);
    error.key = key;
    if (params) error.params = params;
    return error;
  }

  /** An error that crossed the contract, thrown again on this side (the CLI rethrows what the engine said). */
  static fromData(data: AppErrorData): AppError {
    const error = new AppError(data.code, data.message, data.messageEn, data.details);
    if (data.key) error.key = data.key;
    if (data.params) error.params = data.params;
    return error;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message, messageEn: this.messageEn };
    if (this.key) data.key = this.key;
    if (this.params) data.params = this.params;
    if (this.details !== undefined) data.details = this.details;
    return data;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
