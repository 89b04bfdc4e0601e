/**
 * Vietnamese text rules: names are stored NFC, trimmed, single-spaced; search folds case and
 * diacritics, including đ → d, which Unicode decomposition alone does not do (đ is its own letter,
 * not d + a mark) and which SQLite FTS5's remove_diacritics also misses.
 */

/**
 * NFC, trimmed, inner whitespace (incl. non-breaking and zero-width) collapsed to one space.
 * Invisible characters are dropped: bidi marks, embeddings and isolates (U+2066–2069 too, which
 * can make a name display reversed), zero-width characters and control characters.
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g, '')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
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
