import { z } from 'zod';
import { normalizeMultilineText, normalizeText } from '../domain/vietnamese-text';

/**
 * Free text a person types (titles, questions, names, reasons, slogans, messages…). Every such
 * field of the contract is one of these two, so text is cleaned the same way wherever it comes in
 * (a window, the browser host, the CLI, a template file) before any rule or limit looks at it:
 * NFC, no bidi or zero-width characters that reorder or hide what is shown on the projector and in
 * the documents, no control characters (shared/domain/vietnamese-text.ts). The length limit is
 * checked on the cleaned text, so nothing reaches SQLite unbounded.
 */
export const lineText = (max: number) => z.string().overwrite(normalizeText).max(max);

/** The same for the few fields that may span lines: line breaks kept, as line feeds. */
export const multilineText = (max: number) => z.string().overwrite(normalizeMultilineText).max(max);
