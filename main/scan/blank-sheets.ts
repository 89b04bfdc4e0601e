/**
 * The sheets a scan is read against, from the blank papers as printed (main/export/ballot-papers.ts)
 * rendered to grey pages: each page's code says its sheet and form, the form lays the sheet out again
 * (shared/domain/paper-layout.ts `sheetsOf`), and the page's ink is the blank that new ink is told from.
 * With two or four papers per page, the first slot (the page's top-left) is the sheet.
 */
import type { MarkingStyle } from '../../shared/domain/paper-geometry';
import { parsePaperCode } from '../../shared/domain/paper-code';
import { sheetsOf } from '../../shared/domain/paper-layout';
import type { GreyImage } from '../../shared/domain/scan-page';
import type { ExpectedSheet } from './interpret';
import { readCode } from './read-code';
import { blankSheet } from './sheet-view';

/** The code's box depends only on the papers per page and the marking, whatever the list. */
function codeOf(page: GreyImage & { dpi: number }, marking: MarkingStyle): string | null {
  const s = page.dpi / 72;
  for (const perPage of [1, 2, 4] as const) {
    const box = sheetsOf({ perPage, columns: 1, size: 10 }, marking, ['x'])[0]!.geometry.code;
    const text = readCode(page, (p) => ({ x: p.x * s, y: p.y * s }), box);
    if (text && parsePaperCode(text)) return text;
  }
  return null;
}

/** One expected sheet per blank page whose code can be read; `names` are the ballot's, in printed order. */
export function expectedSheets(
  pages: readonly (GreyImage & { dpi: number })[],
  marking: MarkingStyle,
  names: readonly string[],
): ExpectedSheet[] {
  const sheets: ExpectedSheet[] = [];
  for (const page of pages) {
    const text = codeOf(page, marking);
    const code = text ? parsePaperCode(text) : null;
    if (!text || !code) continue;
    const geometry = sheetsOf(code.form, marking, names)[code.sheet - 1]!.geometry;
    sheets.push({ geometry, code: text, blank: blankSheet(page) });
  }
  return sheets.sort((a, b) => a.geometry.sheet - b.geometry.sheet);
}
