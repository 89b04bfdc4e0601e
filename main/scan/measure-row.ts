/** One name row measured (shared/domain/mark-decision.ts RowMeasure): lines through the name, ink beside them, the yes/no cells. */
import type { NameRow } from '../../shared/domain/paper-geometry';
import type { RowMeasure } from '../../shared/domain/mark-decision';
import { bestLine, CLEAR, type Line } from './strike-line';
import { inset, newInkShare, patchOf, type Mapper, type Patch, type SheetView } from './sheet-view';

/** 1 new ink, 2 ink on printed text, 0 paper. */
function inkMap(view: SheetView, grey: Uint8Array, masked: Uint8Array): Uint8Array {
  const out = new Uint8Array(grey.length);
  for (let k = 0; k < grey.length; k++) if (grey[k]! < view.ink) out[k] = masked[k] ? 2 : 1;
  return out;
}

interface TextBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The printed name's columns and rows in the patch. */
function textBox(printed: Uint8Array, w: number, h: number): TextBox {
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
/** A line crossing less of the printed name than this runs beside it, not through it. */
const ALONGSIDE = 0.06;

/** One line through the name, measured before its ink is taken away. */
interface LineSeen {
  start: number;
  ys: Int16Array;
  /** 1 where the path runs on new ink (not across printed letters, where it may wander). */
  onInk: Uint8Array;
  /** Share of the printed name's width it crosses. */
  span: number;
  /** Share of its columns within the text's height. */
  onName: number;
  darkness: number;
  /** The median redness of its core on a colour scan (0 on a grey one): see RowMeasure.lineRedness. */
  redness: number;
  /** Ink across the line, in points (darkness × width): see `inkAcross`. */
  ink: number;
}

/** Fewer clean columns than this and the ink across a line is not measured (0: its darkness alone decides). */
const MIN_INK_COLUMNS = 10;

/**
 * The ink across a line, in points: in each column where the path runs on new ink with paper on both
 * sides (no printed letter, no second line within 2.2 pt), the darkness summed across the line, over
 * the background at its sides; the median over those columns. A pen line thinner than the scan's pixel
 * shows lighter than its ink (spread over two pixels, then blurred), but keeps its ink across: a thin
 * dark pen has twice what a faint one has (docs/scanning.md, Thresholds).
 */
function inkAcross(view: SheetView, p: Patch, line: Line): number {
  const reach = Math.max(3, Math.round(view.scale * 2.2));
  const sums: number[] = [];
  line.ys.forEach((y, i) => {
    const x = line.start + i;
    if (y - reach - 1 < 0 || y + reach + 1 >= p.h) return;
    const at = (d: number) => (y + d) * p.w + x;
    for (let d = -reach - 1; d <= reach + 1; d++) if (p.masked[at(d)]) return;
    if (p.grey[at(0)]! >= view.ink) return;
    const sides = [-reach - 1, -reach, reach, reach + 1].map((d) => p.grey[at(d)]!);
    if (sides.some((v) => v < view.ink)) return;
    const bg = sides.reduce((a, b) => a + b, 0) / sides.length;
    let sum = 0;
    for (let d = 1 - reach; d < reach; d++) sum += Math.max(0, bg - p.grey[at(d)]!) / view.paper;
    sums.push(sum / view.scale);
  });
  if (sums.length < MIN_INK_COLUMNS) return 0;
  sums.sort((a, b) => a - b);
  return sums[sums.length >> 1]!;
}

function seeLine(view: SheetView, p: Patch, ink: Uint8Array, line: Line, text: TextBox): LineSeen {
  const textW = text.x1 - text.x0 + 1;
  const tol = Math.max(2, (text.y1 - text.y0) * 0.25);
  const covered = Math.max(0, Math.min(line.end, text.x1) - Math.max(line.start, text.x0) + 1);
  let on = 0;
  let dark = 0;
  let darkN = 0;
  const onInk = new Uint8Array(line.ys.length);
  const reds: number[] = [];
  line.ys.forEach((y, i) => {
    const x = line.start + i;
    if (y >= text.y0 - tol && y <= text.y1 + tol) on++;
    if (ink[y * p.w + x] === 1) {
      onInk[i] = 1;
      // the line's core: the darkest pixel beside the path (it may run a pixel off the middle)
      let core = 255;
      let coreAt = -1;
      for (let d = -2; d <= 2; d++) {
        const k = (y + d) * p.w + x;
        if (y + d >= 0 && y + d < p.h && !p.masked[k] && p.grey[k]! < core) {
          core = p.grey[k]!;
          coreAt = k;
        }
      }
      dark += (view.paper - core) / view.paper;
      darkN++;
      if (p.red && coreAt >= 0) reds.push(p.red[coreAt]!);
    }
  });
  return {
    start: line.start,
    ys: line.ys,
    onInk,
    span: covered / textW,
    onName: on / line.ys.length,
    darkness: darkN ? dark / darkN : 0,
    redness: reds.length ? reds.sort((a, b) => a - b)[reds.length >> 1]! : 0,
    ink: inkAcross(view, p, line),
  };
}

/**
 * Takes a line's ink away (marks it 3), a pen's width about its path and the rest of the stroke's
 * run of new ink in that column, up to `reach` pixels: the path may run along one edge of a broad pen,
 * whose other edge, left behind, would count as ink beside the lines (docs/scanning.md, Recognition).
 */
function takeAway(p: Patch, ink: Uint8Array, line: LineSeen, band: number, reach: number): void {
  line.ys.forEach((y, i) => {
    const x = line.start + i;
    const take = (yy: number) => {
      if (yy < 0 || yy >= p.h || ink[yy * p.w + x] !== 1) return false;
      ink[yy * p.w + x] = 3;
      return true;
    };
    for (let d = -band; d <= band; d++) take(y + d);
    for (let d = band + 1; d <= reach && take(y + d); d++);
    for (let d = band + 1; d <= reach && take(y - d); d++);
  });
}

/**
 * How far apart the lines taken as the strike lie, in text heights: the middle (median) gap between
 * two of them over the columns where both run on new ink, the widest pair. The two lines of a double
 * strike lie a few points apart; the top and bottom arcs of a circle drawn round the name lie more
 * than the letters' height apart, which two lines both through the name cannot (docs/scanning.md).
 */
function spreadOf(lines: readonly LineSeen[], textH: number): number {
  let spread = 0;
  for (let a = 0; a < lines.length; a++)
    for (let b = a + 1; b < lines.length; b++) {
      const [l, m] = [lines[a]!, lines[b]!];
      const gaps: number[] = [];
      const to = Math.min(l.start + l.ys.length, m.start + m.ys.length);
      for (let x = Math.max(l.start, m.start); x < to; x++)
        if (l.onInk[x - l.start] && m.onInk[x - m.start]) gaps.push(Math.abs(l.ys[x - l.start]! - m.ys[x - m.start]!));
      if (gaps.length === 0) continue;
      gaps.sort((u, v) => u - v);
      spread = Math.max(spread, gaps[gaps.length >> 1]!);
    }
  return spread / textH;
}

/** `p`: the name's patch, when the caller has it (the second look tells the same pixels against the tight slack). */
export function measureRow(
  view: SheetView,
  map: Mapper,
  row: NameRow,
  marksFound: boolean,
  p: Patch = patchOf(view, map, row.name),
): RowMeasure {
  const ink = inkMap(view, p.grey, p.masked);
  const text = textBox(p.printed, p.w, p.h);
  const textW = text.x1 - text.x0 + 1;
  const band = Math.max(2, Math.round(view.scale * 1.6));
  const reach = Math.round(view.scale * 2.6);
  const lines: LineSeen[] = [];
  for (let n = 0; n < MAX_LINES; n++) {
    const line = bestLine(p, ink, view.paper * CLEAR);
    if (!line || line.end - line.start < Math.max(4, textW * 0.08)) break;
    const seen = seeLine(view, p, ink, line, text);
    // a later line much shorter than the name is no part of the strike, and a first one that hardly crosses
    // it (a tick's stroke beside the name) is no line through it: their ink stays, as ink beside the lines
    if (seen.span < (n > 0 ? 0.5 : ALONGSIDE)) break;
    // only a line across the name takes its stroke's whole run: a tick's steep strokes are runs, and stay
    takeAway(p, ink, seen, band, seen.span >= 0.5 ? reach : band);
    lines.push(seen);
  }
  const longest = lines.reduce<LineSeen | null>((a, l) => (!a || l.span > a.span ? l : a), null);
  // every line taken as the strike must lie on the name, not only the longest: a circle's other arc is off it
  const lineOnName = lines.length ? Math.min(...lines.map((l) => l.onName)) : 0;
  const lineSpread = spreadOf(lines, text.y1 - text.y0 + 1);
  let extra = 0;
  for (let k = 0; k < ink.length; k++) if (ink[k] === 1) extra++;
  const m: RowMeasure = {
    lineSpan: longest?.span ?? 0,
    lineOnName,
    lineSpread,
    lineDarkness: longest?.darkness ?? 0,
    lineInk: longest?.ink ?? 0,
    lineRedness: longest?.redness ?? 0,
    extraInk: extra / ink.length,
    marksFound,
  };
  if (row.yes && row.no) {
    m.yesInk = newInkShare(view, patchOf(view, map, inset(row.yes, 0.12)));
    m.noInk = newInkShare(view, patchOf(view, map, inset(row.no, 0.12)));
  }
  return m;
}
