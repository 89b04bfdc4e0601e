import type { AppErrorData } from '../../shared/contract/result';
import type { PaperWarning } from '../../shared/contract/ballot-channels';
import { type Locale, renderMessage, type SharedKey, t } from '../../shared/i18n/translator';

/** An error as the operator reads it in one language, rendered through the catalog like the UI and CLI do. */
export function errorText(error: Pick<AppErrorData, 'key' | 'params' | 'message' | 'messageEn'>, locale: Locale = 'vi'): string {
  return renderMessage(locale, error);
}

/** A saved paper's remarks as a client words them (they cross the contract as keys, shared/i18n `paper.warn.*`). */
export function warningTexts(warnings: readonly PaperWarning[], locale: Locale = 'vi'): string[] {
  return warnings.map((w) => t(locale, w.key as SharedKey, w.params));
}
