/**
 * Where a slide's text breaks into lines, measured in the page: the words of each drawn line, and
 * what the hall would read as a mistake — a phrase of congress wording split across two lines, a
 * line of one word, a dangling «·» (renderer/features/slides/hall-phrases.tsx keeps the phrases
 * whole). Shared by the title slide's check (title-slide-lines.test.ts) and the other slides'
 * (slide-lines.test.ts).
 */

/** The visible words of each line of `selector`, top to bottom (runs in the page, self-contained). */
export function linesOf(selector: string): string[][] {
  const el = document.querySelector(selector);
  if (!el) return [];
  const words: { word: string; middle: number }[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || getComputedStyle(parent).visibility === 'hidden') continue;
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/[^\s\u00a0]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
      if (rects.length !== 1) throw new Error(`«${m[0]}» is drawn in ${rects.length} pieces`);
      words.push({ word: m[0], middle: rects[0]!.top + rects[0]!.height / 2 });
    }
  }
  const lines: { middle: number; words: string[] }[] = [];
  for (const w of words) {
    const line = lines.find((l) => Math.abs(l.middle - w.middle) < 4);
    if (line) line.words.push(w.word);
    else lines.push({ middle: w.middle, words: [w.word] });
  }
  return lines.sort((a, b) => a.middle - b.middle).map((l) => l.words);
}

/** A word as the hall reads it: in capitals (titles are drawn so), without the punctuation after it. */
const bare = (w: string) => w.replace(/[,.;:]+$/u, '').toUpperCase();
/** The line (its index) that holds `word`, the first one that does. */
export const lineWith = (lines: string[][], word: string) => lines.findIndex((l) => l.some((w) => bare(w) === bare(word)));

/** Words that must share a line, and no line of one word when there are several. */
export function lineProblems(lines: string[][], together: string[][]): string[] {
  const text = lines.map((l) => l.join(' ')).join(' / ');
  const found: string[] = [];
  for (const group of together) {
    const at = group.map((w) => lineWith(lines, w));
    if (at.includes(-1) || new Set(at).size > 1) found.push(`«${group.join(' ')}» split: ${text}`);
  }
  if (lines.length > 1 && lines.some((l) => l.filter((w) => /[\p{L}\p{N}]/u.test(w)).length === 1))
    found.push(`a line of one word: ${text}`);
  // The «·» between venue and date joins two things on one line: never dangling at a line's end or start.
  if (lines.length > 1 && lines.some((l) => l[0] === '·' || l.at(-1) === '·')) found.push(`a dangling «·»: ${text}`);
  return found;
}
