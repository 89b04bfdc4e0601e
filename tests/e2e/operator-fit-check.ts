/**
 * The operator window's version of the fit check (fit-check.ts measures a slide inside its gold
 * frame): here the frame is the window's width. What the person at the desk would call broken: text
 * or a control past the left or right edge, text cut off by its box (an ellipsis counts, unless the
 * whole text is in a `title` tooltip on the way up), and two pieces of text drawn over each other.
 * Scrolling up and down inside a pane is how long lists work, so text a pane has scrolled out of
 * sight is simply not looked at.
 */
import type { Page } from 'playwright-core';
import { type PageTextChecks, settleForChecks } from './page-text';
import type { FitProblem } from './fit-check';

/** As on a slide, and one more: a word broken across two lines ("Hoà / ng"), which a narrow column does. */
export interface ScreenProblem extends Omit<FitProblem, 'kind'> {
  kind: FitProblem['kind'] | 'split';
}

/** Runs in the page; kept self-contained because Playwright serialises it. */
function measureScreen(selectors: string[]): ScreenProblem[] {
  const right = document.documentElement.clientWidth;
  const slack = 1;
  const problems: ScreenProblem[] = [];
  if (document.documentElement.scrollWidth > right + slack) problems.push({ kind: 'outside', text: '(the page scrolls sideways)' });
  const roots = selectors.flatMap((s) => [...document.querySelectorAll(s)]);
  /** The middle of a line box: where the letters are, whatever the font's ascent and descent. */
  const core = (r: DOMRect) => new DOMRect(r.left, r.top + r.height * 0.2, r.width, r.height * 0.6);
  const past = (r: DOMRect) => r.left < -slack || r.right > right + slack;
  const titled = (from: Element, text: string) => {
    for (let e: Element | null = from; e; e = e.parentElement) if (e.getAttribute('title')?.includes(text)) return true;
    return false;
  };
  const pieces: { text: string; rects: DOMRect[] }[] = [];
  for (const root of roots)
    for (let walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('option, script, style')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      let rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      // Lines break between words (or after a dash or a slash), never inside one.
      if (rects.length > 1)
        for (const word of (node.textContent ?? '').matchAll(/[^\s\u2013\u2014/-]+/g)) {
          const part = document.createRange();
          part.setStart(node, word.index);
          part.setEnd(node, word.index + word[0].length);
          const lines = new Set([...part.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
          if (lines.size > 1) problems.push({ kind: 'split', text: word[0], other: text });
        }
      let problem: ScreenProblem['kind'] | null = null;
      for (let box: Element | null = el; box && rects.length && !problem; box = box.parentElement) {
        const s = getComputedStyle(box);
        if (s.clip !== 'auto' && s.position === 'absolute') rects = []; // visually hidden, for screen readers
        const hidesX = s.overflowX !== 'visible' || s.textOverflow === 'ellipsis';
        const hidesY = s.overflowY !== 'visible';
        if (!hidesX && !hidesY) continue;
        const b = box.getBoundingClientRect();
        // A pane scrolled up or down: what is out of its box is out of sight, not broken.
        if (s.overflowY === 'auto' || s.overflowY === 'scroll') rects = rects.filter((t) => t.bottom > b.top && t.top < b.bottom);
        const cutX = rects.some((t) => t.left < b.left - slack || t.right > b.right + slack);
        const cutY =
          s.overflowY !== 'auto' &&
          s.overflowY !== 'scroll' &&
          rects.some((t) => core(t).top < b.top - slack || core(t).bottom > b.bottom + slack);
        const inline = s.display.startsWith('inline') && s.display !== 'inline-block';
        const overflows = box === el && !inline && hidesX && el.scrollWidth > el.clientWidth + slack;
        if (((hidesX && cutX) || (hidesY && cutY) || overflows) && !titled(el, text)) problem = 'clipped';
        // What is left to see of the text (an ellipsis cuts what it draws, not the range's boxes).
        rects = rects
          .map((t) => {
            const left = hidesX ? Math.max(t.left, b.left) : t.left;
            const top = hidesY ? Math.max(t.top, b.top) : t.top;
            const w = (hidesX ? Math.min(t.right, b.right) : t.right) - left;
            const h = (hidesY ? Math.min(t.bottom, b.bottom) : t.bottom) - top;
            return new DOMRect(left, top, w, h);
          })
          .filter((t) => t.width > 0.5 && t.height > 0.5);
      }
      if (!rects.length) continue;
      if (rects.map(core).some(past)) problem = 'outside';
      if (problem) problems.push({ kind: problem, text });
      pieces.push({ text, rects });
    }
  // Controls without text of their own (a select, a field) must not be pushed off the edge either.
  for (const root of roots)
    for (const control of root.querySelectorAll('button, select, input, textarea')) {
      const r = control.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && past(r))
        problems.push({
          kind: 'outside',
          text: `<${control.tagName.toLowerCase()}> ${control.getAttribute('aria-label') ?? control.textContent ?? ''}`.trim(),
        });
    }
  problems.push(...(window as unknown as { pageTextChecks: PageTextChecks }).pageTextChecks.overlaps(pieces));
  return problems;
}

/** The top bar and the screen under it; a dialog, when one is open, instead (it covers the rest). */
export const SCREEN_AREAS = ['.top-bar', '.notice', '.operator-main'];
export const DIALOG_AREAS = ['.overlay .dialog'];

/** The problems in `areas` of the operator window, after the layout has settled (fonts loaded, two frames). */
export async function screenFitProblems(page: Page, areas: string[] = SCREEN_AREAS): Promise<ScreenProblem[]> {
  await settleForChecks(page);
  return page.evaluate(measureScreen, areas);
}
