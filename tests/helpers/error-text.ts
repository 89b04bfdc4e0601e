import type { PaperWarning } from '../../shared/contract/ballot-channels';
import { type Locale, type SharedKey, t } from '../../shared/i18n/translator';
import { renderMessage } from '../../shared/i18n/messages';

/**
 * An error (or a count's problem) as the operator reads it in one language, rendered through the
 * catalog like the UI and CLI do: from its key, the rows or problems its details list included.
 */
export function errorText(error: Parameters<typeof renderMessage>[1], locale: Locale = 'vi'): string {
  return renderMessage(locale, error);
}

/** A saved paper's remarks as a client words them (they cross the contract as keys, shared/i18n `paper.warn.*`). */
export function warningTexts(warnings: readonly PaperWarning[], locale: Locale = 'vi'): string[] {
  return warnings.map((w) => t(locale, w.key as SharedKey, w.params));
}
