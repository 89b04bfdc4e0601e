/**
 * Every command answers `{ ok: true, value } | { ok: false, error }` (Signal's wrapResult): the
 * renderer never sees a thrown exception, and an error always carries a typed code. An error made by
 * `AppError.of` carries a catalog key and parameters (shared/i18n), never prose: each client (the
 * windows, the CLI, the logs) renders it in its own language, `error.<CODE>` when it has no key.
 */
import { type MessageParams, type SharedKey } from '../i18n/translator';
import { renderMessage } from '../i18n/messages';

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
  /** No credential, a wrong or revoked one, or a caller from an address not served (main/host, docs/hall-network.md). */
  'ACCESS_DENIED',
  /** Too many wrong pairing codes from one address (or from everyone) in a minute (main/network/attempt-limiter.ts). */
  'TOO_MANY_ATTEMPTS',
  /** A scanned file or page that cannot be read as a picture of a paper (main/scan/decode.ts): which file, which page, why. */
  'SCAN_REFUSED',
  /** A scanned paper the machine had a doubt about waits for the counting board (main/services/scan-service.ts). */
  'SCAN_PENDING',
  /** A folder is watched already (main/engine/scan-watch.ts): one watch at a time. */
  'SCAN_WATCHING',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** The catalog key (shared/i18n/vi.ts); without one, a client says `error.<CODE>`. */
  key?: SharedKey;
  params?: MessageParams;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/**
 * Thrown inside services; turned into `{ ok: false }` at the boundary. Its `message` (the
 * Vietnamese rendering) is for stack traces only and never crosses the contract.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key?: SharedKey,
    readonly params?: MessageParams,
    readonly details?: unknown,
  ) {
    super(renderMessage('vi', { code, key, params, details }));
    this.name = 'AppError';
  }

  /** An error as a code, a catalog key and its parameters; each client renders the words. */
  static of(code: ErrorCode, key: SharedKey, params?: MessageParams, details?: unknown): AppError {
    return new AppError(code, key, params, details);
  }

  /** An error that crossed the contract, thrown again on this side (the CLI rethrows what the engine said). */
  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.key, data.params, data.details);
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code };
    if (this.key) data.key = this.key;
    if (this.params) data.params = this.params;
    if (this.details !== undefined) data.details = this.details;
    return data;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
