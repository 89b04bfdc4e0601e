/**
 * Vietnamese text rules: names are stored NFC, trimmed, single-spaced; search folds case and
 * diacritics, including đ → d, which Unicode decomposition alone does not do (đ is its own letter,
 * not d + a mark) and which SQLite FTS5's remove_diacritics also misses.
 */

/**
 * Invisible characters: bidi marks, embeddings, overrides and isolates (U+202E or U+2066–2069 can
 * make a title display reversed or out of order), zero-width characters and the word joiner.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;
/** C0 and C1 control characters, but not tab, line feed, vertical tab, form feed and carriage return (whitespace). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * One line of text as stored: NFC, invisible and control characters dropped, inner whitespace
 * (tabs, line breaks, non-breaking and other spaces) collapsed to one space, trimmed. Combining
 * marks stay (composed where Unicode has the letter). Every free-text field of the contract goes
 * through this or normalizeMultilineText (shared/contract/text-schemas.ts).
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * Text that may span lines (a projector message, a step's notes): each line cleaned as by
 * normalizeText; CR LF, CR, U+2028 and U+2029 become line feeds; at most one empty line between
 * paragraphs; no empty line first or last.
 */
export function normalizeMultilineText(value: string): string {
  return value
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map(normalizeText)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Lower case, no diacritics, đ → d: the key both the indexed text and the query are folded to. */
export function foldForSearch(value: string): string {
  return normalizeText(value)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** True when every word of the query appears, as a prefix of a word or inside one, in the text. */
export function matchesQuery(foldedText: string, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  return foldedQuery.split(' ').every((word) => foldedText.includes(word));
}

/** Given name (tên) is the last word; family name (họ) the first; the rest are middle names. */
export function splitVietnameseName(fullName: string): { family: string; middle: string; given: string } {
  const words = normalizeText(fullName).split(' ');
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}
