/**
 * What the slide check (fit-check.ts) and the operator-screen check (operator-fit-check.ts) share,
 * in the page: a settled layout, and which pieces of text are drawn over each other. The checks run
 * inside the page (Playwright serialises them, so they cannot import): the shared part is put on
 * the window first and each check calls it there.
 */
import type { Page } from 'playwright-core';

export interface TextPiece {
  text: string;
  rects: DOMRect[];
}

export interface Overlap {
  kind: 'overlap';
  text: string;
  other: string;
}

/** The shared part as the checks find it on the window. */
export type PageTextChecks = { overlaps(pieces: readonly TextPiece[]): Overlap[] };

/** Runs in the page; self-contained. */
function install(): void {
  /** The middle of a line box: where the letters are, whatever the font's ascent and descent. */
  const core = (r: DOMRect) => new DOMRect(r.left, r.top + r.height * 0.2, r.width, r.height * 0.6);
  const area = (a: DOMRect, b: DOMRect) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const checks: PageTextChecks = {
    overlaps(pieces) {
      const found: Overlap[] = [];
      for (let i = 0; i < pieces.length; i++)
        for (let j = i + 1; j < pieces.length; j++) {
          const a = pieces[i]!;
          const b = pieces[j]!;
          // Line boxes of neighbouring lines touch by a pixel or two; a real overlap covers a good part of a glyph.
          const hit = a.rects.some((ra) =>
            b.rects.some((rb) => area(core(ra), core(rb)) > 0.05 * Math.min(ra.width * ra.height, rb.width * rb.height)),
          );
          if (hit) found.push({ kind: 'overlap', text: a.text, other: b.text });
        }
      return found;
    },
  };
  (window as unknown as { pageTextChecks: PageTextChecks }).pageTextChecks = checks;
}

/** Fonts loaded, two frames painted, the shared checks on the window: then a check may measure. */
export async function settleForChecks(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await page.evaluate(install);
}
