import type { AppErrorData } from '../../shared/contract/result';
import { type Locale, renderMessage } from '../../shared/i18n/translator';

/** An error as the operator reads it in one language, rendered through the catalog like the UI and CLI do. */
export function errorText(error: Pick<AppErrorData, 'key' | 'params' | 'message' | 'messageEn'>, locale: Locale = 'vi'): string {
  return renderMessage(locale, error);
}
