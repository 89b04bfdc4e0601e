/**
 * Why a spreadsheet file was refused as a whole (as opposed to a bad row, which is reported and
 * skipped). Kept apart from the roster reader so the candidate-list importer can throw the same
 * thing; the roster reader re-exports it as `RosterFileError`.
 */
export type ImportFileErrorCode =
  'FILE_TOO_LARGE' | 'UNSUPPORTED_FORMAT' | 'FILE_UNREADABLE' | 'EMPTY_FILE' | 'NO_HEADER_ROW' | 'NO_NAME_COLUMN';

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RosterFileError';
  }
}
