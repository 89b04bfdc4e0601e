/** The refusals of a scanned file (docs/scanning.md): each names the file and, where it has one, the page. */
import { AppError } from '../../shared/contract/result';
import type { SharedKey } from '../../shared/i18n/translator';
import type { MessageParams } from '../../shared/i18n/translator';

export function scanRefused(key: SharedKey, file: string, params: MessageParams = {}): AppError {
  return AppError.of('SCAN_REFUSED', key, { file, ...params });
}
