/**
 * One scanned page read against the sheets expected (docs/scanning.md): corners → transform →
 * scale check → code → each row from its own marks → measures → the pure decisions of
 * shared/domain/mark-decision.ts. Pure on buffers, no engine state: it runs in a worker thread.
 */
import type { NameRow, Rect, SheetGeometry } from '../../shared/domain/paper-geometry';
import {
  decidePage,
  decideRow,
  DEFAULT_MARK_THRESHOLDS,
  type MarkThresholds,
  type RowDecision,
  type RowMeasure,
} from '../../shared/domain/mark-decision';
import type { GreyImage, ImageBox, Orientation, PageInterpretation, RowReading } from '../../shared/domain/scan-page';
import { findCorners } from './corners';
import { measureRow } from './measure-row';
import { readCode } from './read-code';
import {
  affineMapper,
  blankAt,
  greyAt,
  paperLevel,
  patchOf,
  type Patch,
  redAt,
  ringInk,
  type BlankSheet,
  type Mapper,
  SHARP_SCALE,
  type SheetView,
  tightened,
} from './sheet-view';
import { fitAffine, scaleOf, type Affine, type Point } from './transform';

export interface ExpectedSheet {
  geometry: SheetGeometry;
  blank: BlankSheet;
  /** The QR text every copy of this sheet carries. */
  code: string;
}

export interface ScanSettings {
  thresholds: MarkThresholds;
  /** A page whose size differs from the printed one by more than this share is refused (fit to page is 3–6 %). */
  scaleTolerance: number;
}

export const DEFAULT_SCAN_SETTINGS: ScanSettings = { thresholds: DEFAULT_MARK_THRESHOLDS, scaleTolerance: 0.02 };

const STANDARD_DPI = [150, 200, 240, 300, 400, 600];

const centre = (r: Rect): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/** Share of dark pixels in a sheet rectangle (coarse): tells the code's corner from the other. */
function darkShare(img: GreyImage, map: Mapper, r: Rect, dark: number): number {
  let n = 0;
  let d = 0;
  for (let j = 0.05; j < 1; j += 0.05)
    for (let i = 0.05; i < 1; i += 0.05, n++) if (greyAt(img, map({ x: r.x + r.w * i, y: r.y + r.h * j })) < dark) d++;
  return d / n;
}

/** The found scale against the right one: the file's dpi when it says it, else the nearest usual dpi. */
function scaleRatio(t: Affine, img: GreyImage): number {
  const { sx, sy } = scaleOf(t);
  const dpi = ((sx + sy) / 2) * 72;
  const right = img.dpi ?? STANDARD_DPI.reduce((a, b) => (Math.abs(b - dpi) < Math.abs(a - dpi) ? b : a));
  return dpi / right;
}

/** The dark centroid of a row mark near where the transform puts it, or null when it is not there. */
function markCentre(view: SheetView, map: Mapper, r: Rect): Point | null {
  const c = map(centre(r));
  const rw = (r.w * view.scale) / 2 + 3;
  const rh = (r.h * view.scale) / 2 + 3;
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let y = Math.round(c.y - rh); y <= c.y + rh; y++)
    for (let x = Math.round(c.x - rw); x <= c.x + rw; x++)
      if (greyAt(view.img, { x, y }) < view.ink) {
        n++;
        sx += x;
        sy += y;
      }
  return n > r.w * r.h * view.scale * view.scale * 0.4 ? { x: sx / n, y: sy / n } : null;
}

/** The row's own transform: the page's, moved by what its two marks say, linearly across the row. */
function rowMapper(view: SheetView, map: Mapper, row: NameRow): { map: Mapper; found: boolean } {
  const [l, r] = row.marks;
  const ml = markCentre(view, map, l);
  const mr = markCentre(view, map, r);
  if (!ml || !mr) return { map, found: false };
  const pl = map(centre(l));
  const pr = map(centre(r));
  const xl = centre(l).x;
  const xr = centre(r).x;
  return {
    found: true,
    map: (p) => {
      const t = (p.x - xl) / (xr - xl);
      const q = map(p);
      return { x: q.x + (ml.x - pl.x) * (1 - t) + (mr.x - pr.x) * t, y: q.y + (ml.y - pl.y) * (1 - t) + (mr.y - pr.y) * t };
    },
  };
}

/** Redness (decode.ts) above which a colour scan's pixel is the stamp's ink. */
const RED = 40;
/**
 * How far past its box a seal's red may reach and still be the seal (points, 20 mm): an office's round
 * seal is 30–40 mm across, stamped on the box, whatever the paper's size (docs/scanning.md, thresholds).
 */
const SEAL_REACH = 57;

const inside = (p: Point, r: Rect, m: number) => p.x >= r.x - m && p.x <= r.x + r.w + m && p.y >= r.y - m && p.y <= r.y + r.h + m;

/**
 * How far past its name box a strike may run and still be that strike, as a share of the box's width:
 * voters start the line on the row's number or run it on past the name (docs/scanning.md, thresholds).
 */
const STRIKE_REACH = 0.15;

/** A row's name box, widened on both sides by STRIKE_REACH when a line was found through it. */
function strikeArea(row: NameRow, struck: boolean): Rect {
  const by = struck ? row.name.w * STRIKE_REACH : 0;
  return { ...row.name, x: row.name.x - by, w: row.name.w + 2 * by };
}

/**
 * The sample grid of a sheet (every `step` points, `edge` in from its sides), 1 in `shut` where a point
 * lies in one of `rects` grown by 2 pt.
 */
function openGrid(g: SheetGeometry, rects: readonly Rect[], step: number, edge: number) {
  const cols = Math.max(0, Math.ceil((g.size.w - 2 * edge) / step));
  const rows = Math.max(0, Math.ceil((g.size.h - 2 * edge) / step));
  const shut = new Uint8Array(cols * rows);
  // each rectangle marks its own cells: a sheet of 400 names has some 1,600 of them, too many to ask at every point
  for (const r of rects) {
    const i0 = Math.max(0, Math.ceil((r.x - 2 - edge) / step));
    const i1 = Math.min(cols - 1, Math.floor((r.x + r.w + 2 - edge) / step));
    const j0 = Math.max(0, Math.ceil((r.y - 2 - edge) / step));
    const j1 = Math.min(rows - 1, Math.floor((r.y + r.h + 2 - edge) / step));
    for (let j = j0; j <= j1; j++) shut.fill(1, j * cols + i0, j * cols + i1 + 1);
  }
  return { cols, rows, shut };
}

/**
 * New ink outside everything the sheet has a place for, and the stamp box's cover. `lined`: the numbers
 * of the rows a line was found through (struck, or doubtful for a line).
 */
function measurePage(view: SheetView, map: Mapper, g: SheetGeometry, lined: ReadonlySet<number>) {
  const skip: Rect[] = [
    ...g.corners,
    g.code,
    g.stamp,
    ...g.rows.flatMap((r) => [strikeArea(r, lined.has(r.number)), ...r.marks, ...(r.yes ? [r.yes] : []), ...(r.no ? [r.no] : [])]),
  ];
  const step = 2 / view.scale;
  const edge = Math.min(g.size.w, g.size.h) * 0.03;
  const { cols, rows, shut } = openGrid(g, skip, step, edge);
  // the page's mapping is affine: stepped across the grid rather than asked at each of its ~10⁶ points
  const o = map({ x: edge, y: edge });
  const di = map({ x: edge + step, y: edge });
  const dj = map({ x: edge, y: edge + step });
  const p = { x: 0, y: 0 };
  const q = { x: 0, y: 0 };
  let ink = 0;
  let n = 0;
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      if (shut[j * cols + i]) continue;
      n++;
      p.x = edge + i * step;
      p.y = edge + j * step;
      q.x = o.x + i * (di.x - o.x) + j * (dj.x - o.x);
      q.y = o.y + i * (di.y - o.y) + j * (dj.y - o.y);
      if (greyAt(view.img, q) >= view.ink) continue;
      // a round seal is larger than the box on the smaller forms: its red around the box is no writing
      if (view.img.red && inside(p, g.stamp, SEAL_REACH) && redAt(view.img, q) > RED) continue;
      if (!blankAt(view.blank, p, 'loose')) ink++;
    }
  let cover = 0;
  let cells = 0;
  const s = g.stamp;
  for (let y = s.y; y < s.y + s.h; y += step)
    for (let x = s.x; x < s.x + s.w; x += step, cells++) {
      const q = map({ x, y });
      if (view.img.red ? redAt(view.img, q) > RED : greyAt(view.img, q) < view.ink && !blankAt(view.blank, { x, y }, 'loose')) cover++;
    }
  return { outsideInk: n ? ink / n : 0, stampCover: cells ? cover / cells : 0 };
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const fraction = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * Where a row lies on the kept image (main/scan/keep-image.ts, upright): the bounding rectangle of its
 * marks, number, name and yes/no cells as its own transform puts them, as fractions of the image, so
 * the board is shown the very row the machine judged (docs/scanning.md, "Ảnh được giữ").
 */
function rowBox(img: GreyImage, map: Mapper, row: NameRow, orientation: Orientation): ImageBox {
  const rects = [row.marks[0], row.marks[1], row.name, ...(row.yes ? [row.yes] : []), ...(row.no ? [row.no] : [])];
  const points = rects.flatMap((r) =>
    [
      { x: r.x, y: r.y },
      { x: r.x + r.w, y: r.y },
      { x: r.x + r.w, y: r.y + r.h },
      { x: r.x, y: r.y + r.h },
    ].map(map),
  );
  const x0 = clamp01(Math.min(...points.map((p) => p.x)) / img.width);
  const x1 = clamp01(Math.max(...points.map((p) => p.x)) / img.width);
  const y0 = clamp01(Math.min(...points.map((p) => p.y)) / img.height);
  const y1 = clamp01(Math.max(...points.map((p) => p.y)) / img.height);
  // the kept image of a sheet fed upside down is turned: its top-left is the scan's bottom-right
  const [x, y] = orientation === 180 ? [1 - x1, 1 - y1] : [x0, y0];
  return { x: fraction(x), y: fraction(y), w: fraction(x1 - x0), h: fraction(y1 - y0) };
}

function almostBlank(img: GreyImage, paper: number): boolean {
  let dark = 0;
  let n = 0;
  for (let y = Math.round(img.height * 0.05); y < img.height * 0.95; y += 3)
    for (let x = Math.round(img.width * 0.05); x < img.width * 0.95; x += 3, n++) if (img.data[y * img.width + x]! < paper * 0.6) dark++;
  return dark / n < 0.002;
}

/**
 * A name read kept on a sharp scan is looked at again against the blank's ink grown by the tight slack
 * (main/scan/sheet-view.ts SLACK): a short line drawn inside one word, hidden by the letters' margin, shows
 * there. Whatever that look finds makes the name doubtful, never struck: it can only send it to the board.
 * A name with no new ink at all and nothing dark in the margin between the two slacks is not looked at
 * again: the tight look would see the very same pixels, and no line (most names of a long list).
 */
function secondLook(view: SheetView, patch: Patch, measured: RowMeasure, t: MarkThresholds, again: (p: Patch) => RowMeasure): RowDecision {
  const decided = decideRow(measured, t);
  if (decided.decision !== 'kept' || view.scale < SHARP_SCALE) return decided;
  if (measured.lineSpan === 0 && measured.extraInk === 0 && !ringInk(view, patch)) return decided;
  const close = decideRow(again(tightened(patch)), t);
  if (close.decision === 'kept') return decided;
  return { decision: 'doubtful', reasons: close.decision === 'doubtful' ? close.reasons : ['short-line'] };
}

export function interpretPage(
  img: GreyImage,
  sheets: readonly ExpectedSheet[],
  settings: ScanSettings = DEFAULT_SCAN_SETTINGS,
): PageInterpretation {
  const first = sheets[0]!;
  const g0 = first.geometry;
  const paper = paperLevel(img);
  const dark = paper * 0.5;
  const guess = img.dpi ? img.dpi / 72 : Math.min(img.width / g0.size.w, img.height / g0.size.h);
  const found = findCorners(img, g0.corners[0].w * guess, dark);
  if (!found) return almostBlank(img, paper) ? { kind: 'blank' } : { kind: 'unreadable', reason: 'no-corners' };
  const sheetCorners = g0.corners.map(centre);
  const fits = ([0, 180] as Orientation[]).map((orientation) => {
    const to = orientation === 0 ? found : [found[2]!, found[3]!, found[0]!, found[1]!];
    const { t, miss } = fitAffine(sheetCorners, to);
    return { orientation, t, miss, qr: darkShare(img, affineMapper(t), g0.code, dark) };
  });
  const fit = fits[0]!.qr >= fits[1]!.qr ? fits[0]! : fits[1]!;
  const s = (scaleOf(fit.t).sx + scaleOf(fit.t).sy) / 2;
  if (fit.miss > Math.max(4, s * 3)) return { kind: 'unreadable', reason: 'bad-fit' };
  const ratio = scaleRatio(fit.t, img);
  if (Math.abs(ratio - 1) > settings.scaleTolerance) return { kind: 'wrong-scale', scale: Math.round(ratio * 1000) / 1000 };
  const map = affineMapper(fit.t);
  const code = readCode(img, map, g0.code);
  if (code === null) return { kind: 'unreadable', reason: 'no-code' };
  const sheet = sheets.find((x) => x.code === code);
  if (!sheet) return { kind: 'wrong-ballot', code };
  const view: SheetView = { img, blank: sheet.blank, paper, ink: paper * 0.8, scale: s };
  const t = settings.thresholds;
  const rows: RowReading[] = sheet.geometry.rows.map((row) => {
    const local = rowMapper(view, map, row);
    const patch = patchOf(view, local.map, row.name);
    const measured = measureRow(view, local.map, row, local.found, patch);
    const decided = secondLook(view, patch, measured, t, (p) => measureRow(view, local.map, row, local.found, p));
    return { number: row.number, decision: decided.decision, reasons: decided.reasons, box: rowBox(img, local.map, row, fit.orientation) };
  });
  const lined = new Set(rows.filter((r) => r.decision === 'struck' || r.decision === 'doubtful').map((r) => r.number));
  const pm = measurePage(view, map, sheet.geometry, lined);
  const doubts = decidePage(pm, t);
  const review = doubts.length > 0 || rows.some((r) => r.decision === 'doubtful');
  return { kind: 'read', code, orientation: fit.orientation, rows, doubts, review, dpi: Math.round(s * 72) };
}
