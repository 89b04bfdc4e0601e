import { type MessageParams, type SharedKey, t } from '../../shared/i18n/translator';

/**
 * Why a spreadsheet file was refused as a whole (as opposed to a bad row, which is reported and
 * skipped). Kept apart from the roster reader so the candidate-list importer can throw the same
 * thing; the roster reader re-exports it as `RosterFileError`. The words are the client's: a key
 * and its parameters (shared/i18n/vi-list-files.ts), rendered here only for logs.
 */
export type ImportFileErrorCode =
  'FILE_TOO_LARGE' | 'UNSUPPORTED_FORMAT' | 'FILE_UNREADABLE' | 'EMPTY_FILE' | 'NO_HEADER_ROW' | 'NO_NAME_COLUMN';

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly key: SharedKey,
    readonly params: MessageParams,
  ) {
    super(t('vi', key, params));
    this.name = 'RosterFileError';
  }
}
