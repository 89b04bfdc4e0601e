import type { Page } from 'playwright-core';
import { settleForChecks } from './page-text';
import { type App, startApp } from './harness';

/**
 * Where the welcome slide's title and date line break, measured in Chromium at the four hall sizes:
 * a break inside «nhiệm kỳ 2026–2031», between «năm» and its year, or a last line of one word is
 * what the hall would read as a mistake (renderer/features/slides/hall-phrases.tsx). The demo
 * congress first, then the longest realistic city names. Screenshots: 6t-*.
 */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

let app: App;
let projector: Page;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

/** The visible words of each line of `selector`, top to bottom (runs in the page, self-contained). */
function linesOf(selector: string): string[][] {
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

/** The lines of the title and the date line at every size, with a screenshot of each. */
async function linesAtEverySize(name: string) {
  const found: { size: string; title: string[][]; place: string[][] }[] = [];
  for (const size of SIZES) {
    await projector.setViewportSize(size);
    await settleForChecks(projector);
    found.push({
      size: `${size.width}×${size.height}`,
      title: await projector.evaluate(linesOf, '.slide-welcome .welcome-name'),
      place: await projector.evaluate(linesOf, '.slide-welcome .welcome-place'),
    });
    await app.shot(projector, `6t-${name}-${size.width}x${size.height}`);
  }
  return found;
}

/** A word as the hall reads it: in capitals (the title is drawn so), without the punctuation after it. */
const bare = (w: string) => w.replace(/[,.;:]+$/u, '').toUpperCase();
/** The line (its index) that holds `word`, the first one that does. */
const lineWith = (lines: string[][], word: string) => lines.findIndex((l) => l.some((w) => bare(w) === bare(word)));

/** Words that must share a line, and no line of one word when there are several. */
function problems(lines: string[][], together: string[][]): string[] {
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

describe('the welcome slide breaks its title and date where Vietnamese allows', () => {
  it('the demo congress at the four hall sizes', async () => {
    await app.t.engine.call('congress:openDemo', {});
    await app.t.engine.call('projector:set', { slide: 'welcome' });
    projector = await app.openProjector(SIZES[0]);
    await projector.getByTestId('slide-welcome').waitFor();
    const found: string[] = [];
    for (const { size, title, place } of await linesAtEverySize('demo')) {
      const words = [
        ['Việt', 'Nam'],
        ['phường', 'Hòa', 'Bình'],
        ['lần', 'thứ', 'I'],
        ['nhiệm', 'kỳ', '2026–2031'],
      ];
      for (const p of problems(title, words)) found.push(`${size} title ${p}`);
      for (const p of problems(place, [['Ngày', '15', 'tháng', '12', 'năm', '2026']])) found.push(`${size} date ${p}`);
    }
    expect(found).toEqual([]);
  });

  it('a city congress: the term on its own line, a venue longer than the screen', async () => {
    await app.t.engine.call('congress:update', {
      name: 'Đại hội đại biểu Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh lần thứ XII',
      organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh',
      term: '2024 - 2029',
      venue: 'Hội trường Thống Nhất, 135 Nam Kỳ Khởi Nghĩa, phường Bến Thành, Thành phố Hồ Chí Minh',
      startDate: '2026-03-12',
    });
    await projector.getByText('Nhiệm kỳ 2024 - 2029').waitFor();
    const found: string[] = [];
    for (const { size, title, place } of await linesAtEverySize('city')) {
      for (const p of problems(title, [
        ['Thành', 'phố', 'Hồ', 'Chí', 'Minh'],
        ['lần', 'thứ', 'XII'],
      ]))
        found.push(`${size} title ${p}`);
      // «tháng 3», as documents write it: a 0 only before months 1 and 2 (shared/domain/document-format.ts).
      const date = ['Ngày', '12', 'tháng', '3', 'năm', '2026'];
      for (const p of problems(place, [date, ['Nam', 'Kỳ', 'Khởi', 'Nghĩa'], ['phường', 'Bến', 'Thành']])) found.push(`${size} date ${p}`);
      // The date starts its own line rather than taking the venue's last words with it.
      if (place.length > 1 && lineWith(place, 'Ngày') !== place.findIndex((l) => l[0] === 'Ngày'))
        found.push(`${size} date shares a line with the venue's end: ${place.map((l) => l.join(' ')).join(' / ')}`);
    }
    expect((await projector.locator('.welcome-place').innerText()).replace(/\s+/g, ' ')).toContain('Ngày 12 tháng 3 năm 2026');
    expect(await projector.evaluate(linesOf, '.slide-welcome .welcome-term')).toEqual([['Nhiệm', 'kỳ', '2024', '-', '2029']]);
    expect(found).toEqual([]);
  });
});
