/** One name row measured (shared/domain/mark-decision.ts RowMeasure): lines through the name, ink beside them, the yes/no cells. */
import type { NameRow } from '../../shared/domain/paper-geometry';
import type { RowMeasure } from '../../shared/domain/mark-decision';
import { bestLine } from './strike-line';
import { inset, newInkShare, patchOf, type Mapper, type SheetView } from './sheet-view';

/** 1 new ink, 2 ink on printed text, 0 paper. */
function inkMap(view: SheetView, grey: Uint8Array, masked: Uint8Array): Uint8Array {
  const out = new Uint8Array(grey.length);
  for (let k = 0; k < grey.length; k++) if (grey[k]! < view.ink) out[k] = masked[k] ? 2 : 1;
  return out;
}

/** The printed name's columns and rows in the patch. */
function textBox(printed: Uint8Array, w: number, h: number) {
  let x0 = w;
  let x1 = -1;
  let y0 = h;
  let y1 = -1;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (printed[y * w + x]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return x1 < 0 ? { x0: 0, x1: w - 1, y0: 0, y1: h - 1 } : { x0, x1, y0, y1 };
}

const MAX_LINES = 3;

export function measureRow(view: SheetView, map: Mapper, row: NameRow, marksFound: boolean): RowMeasure {
  const p = patchOf(view, map, row.name);
  const ink = inkMap(view, p.grey, p.masked);
  const text = textBox(p.printed, p.w, p.h);
  const textW = text.x1 - text.x0 + 1;
  const tol = Math.max(2, (text.y1 - text.y0) * 0.25);
  const band = Math.max(2, Math.round(view.scale * 1.6));
  let lineSpan = 0;
  let lineOnName = 0;
  let lineDarkness = 0;
  for (let n = 0; n < MAX_LINES; n++) {
    const line = bestLine(p, ink);
    if (!line || line.end - line.start < Math.max(4, textW * 0.08)) break;
    const covered = Math.max(0, Math.min(line.end, text.x1) - Math.max(line.start, text.x0) + 1);
    let on = 0;
    let dark = 0;
    let darkN = 0;
    line.ys.forEach((y, i) => {
      const x = line.start + i;
      if (y >= text.y0 - tol && y <= text.y1 + tol) on++;
      if (ink[y * p.w + x] === 1) {
        // the line's core: the darkest pixel beside the path (it may run a pixel off the middle)
        let core = 255;
        for (let d = -2; d <= 2; d++)
          if (y + d >= 0 && y + d < p.h && !p.masked[(y + d) * p.w + x]) core = Math.min(core, p.grey[(y + d) * p.w + x]!);
        dark += (view.paper - core) / view.paper;
        darkN++;
      }
      for (let d = -band; d <= band; d++) {
        const yy = y + d;
        if (yy >= 0 && yy < p.h && ink[yy * p.w + x] === 1) ink[yy * p.w + x] = 3;
      }
    });
    const span = covered / textW;
    if (n > 0 && span < 0.5) break;
    if (span > lineSpan) {
      lineSpan = span;
      lineOnName = on / line.ys.length;
      lineDarkness = darkN ? dark / darkN : 0;
    }
  }
  let extra = 0;
  for (let k = 0; k < ink.length; k++) if (ink[k] === 1) extra++;
  const m: RowMeasure = { lineSpan, lineOnName, lineDarkness, extraInk: extra / ink.length, marksFound };
  if (row.yes && row.no) {
    m.yesInk = newInkShare(view, patchOf(view, map, inset(row.yes, 0.12)));
    m.noInk = newInkShare(view, patchOf(view, map, inset(row.no, 0.12)));
  }
  return m;
}
