import type { AppErrorData } from '../contract/result';

/**
 * The largest roster file accepted. A real 10,000-row roster is under 1 MB; 20 MB leaves room for
 * logos and extra sheets while refusing a wrong file before it is read into memory.
 */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** A roster file refused before it is read, by key (shared/i18n/vi-refusals.ts `roster.*`). */
export type FileLimitRefusal = AppErrorData & Required<Pick<AppErrorData, 'key' | 'params'>>;

export function rosterTooLarge(fileName: string, bytes: number): FileLimitRefusal {
  const params = { fileName, megabytes: megabytes(bytes), limit: megabytes(MAX_ROSTER_BYTES) };
  return { code: 'ROSTER_FILE_REJECTED', key: 'roster.tooLarge', params };
}

/** A national congress has under 2,000 delegates; a file with more rows than this is the wrong file. */
export const MAX_ROSTER_ROWS = 20_000;

/**
 * What an .xlsx may unpack to, checked before unpacking: a 20,000-row roster of 15 columns is
 * ~15 MB of XML; a zip bomb is gigabytes, a million rows of names ~60 MB.
 */
export const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;

export function rosterTooManyRows(fileName: string, rows: number): FileLimitRefusal {
  return { code: 'ROSTER_FILE_REJECTED', key: 'roster.tooManyRows', params: { fileName, rows, limit: MAX_ROSTER_ROWS } };
}

export function xlsxUnpacksTooLarge(fileName: string, bytes: number): FileLimitRefusal {
  const params = { fileName, megabytes: megabytes(bytes), limit: megabytes(MAX_XLSX_UNPACKED_BYTES) };
  return { code: 'ROSTER_FILE_REJECTED', key: 'roster.unpacksTooLarge', params };
}
