/**
 * What a person looking at the projector would call broken, measured in the page: text outside the
 * slide's gold frame (or the screen), text cut off with "…" or clipped by its box, and two pieces of
 * text drawn over each other. Measured on the text itself (a Range over each text node), so an
 * element's padding or an empty box never counts.
 */
import type { Page } from 'playwright-core';
import { type PageTextChecks, settleForChecks } from './page-text';

export interface FitProblem {
  kind: 'outside' | 'clipped' | 'overlap';
  text: string;
  other?: string;
}

/** Runs in the page; kept self-contained because Playwright serialises it. */
function measure(): FitProblem[] {
  const slide = document.querySelector('.slide-stage .slide, .slide-stage .slide-black');
  if (!slide || slide.classList.contains('slide-black') || slide.classList.contains('slide-blank')) return [];
  const box = slide.getBoundingClientRect();
  // The frame is `.slide::before`: inset 2.2cqmin with a 0.5cqmin border (renderer/styles/slides.css).
  const cqmin = Math.min(box.width, box.height) / 100;
  const inset = 2.7 * cqmin;
  const inner = { left: box.left + inset, top: box.top + inset, right: box.right - inset, bottom: box.bottom - inset };
  const pieces: { text: string; rects: DOMRect[]; el: Element }[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    const el = node.parentElement;
    if (!text || !el) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (rects.length) pieces.push({ text, rects, el });
  }
  const problems: FitProblem[] = [];
  const slack = 1;
  /** The middle of a line box: where the letters are, whatever the font's ascent and descent. */
  const core = (r: DOMRect) => new DOMRect(r.left, r.top + r.height * 0.2, r.width, r.height * 0.6);
  for (const p of pieces) {
    if (
      p.rects
        .map(core)
        .some(
          (r) =>
            r.left < inner.left - slack || r.right > inner.right + slack || r.top < inner.top - slack || r.bottom > inner.bottom + slack,
        )
    )
      problems.push({ kind: 'outside', text: p.text });
    // Cut off by its own box or any box around it that hides what overflows (ellipsis included).
    for (let el: Element | null = p.el; el && el !== slide; el = el.parentElement) {
      const s = getComputedStyle(el);
      const hides = s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.textOverflow === 'ellipsis';
      if (!hides) continue;
      const r = el.getBoundingClientRect();
      // Across: any cut. Up and down the font's box is taller than a tight line height (stacked tones
      // need it), so only a cut through the middle of the letters counts.
      const cut = p.rects.some(
        (t) => t.left < r.left - slack || t.right > r.right + slack || core(t).top < r.top - slack || core(t).bottom > r.bottom + slack,
      );
      const inline = s.display.startsWith('inline') && s.display !== 'inline-block';
      if (cut || (el === p.el && !inline && el.scrollWidth > el.clientWidth + slack)) {
        problems.push({ kind: 'clipped', text: p.text });
        break;
      }
    }
  }
  problems.push(...(window as unknown as { pageTextChecks: PageTextChecks }).pageTextChecks.overlaps(pieces));
  return problems;
}

/** The problems of the slide on air in `page`, after the layout has settled (fonts loaded, two frames). */
export async function fitProblems(page: Page): Promise<FitProblem[]> {
  await settleForChecks(page);
  return page.evaluate(measure);
}
