/**
 * A registered page: where a sheet point falls on the scan and on the blank sheet, and what the ink
 * there is. Pure functions on buffers (docs/scanning.md): it runs in a worker as well as anywhere.
 */
import type { Rect } from '../../shared/domain/paper-geometry';
import { type GreyImage, SECOND_LOOK_DPI } from '../../shared/domain/scan-page';
import { apply, type Affine, type Point } from './transform';

/**
 * How far from the blank's printed ink a scan's dark pixel is still taken for that ink (the registration's
 * slack): `loose`, 1.2 pt, what every reading is made with (a letter's edge blurred over a pixel or two is
 * no pen); `tight`, 0.7 pt, the second look at a name read kept on a sharp scan, where a short line drawn
 * inside one word shows between and inside its letters (docs/scanning.md, "Cách đọc").
 */
export const SLACK = { tight: 0.72, loose: 1.44 } as const;
export type Slack = keyof typeof SLACK;

/** A scan sharp enough (pixels a point) for the tight slack: 180 dpi; at 150 dpi the letters' edges blur past it. */
export const SHARP_SCALE = SECOND_LOOK_DPI / 72;

/**
 * The blank sheet, rendered with its top-left at the sheet's origin, as one byte a pixel: bit 4 its printed
 * ink, bit 2 that ink grown by the tight slack, bit 1 grown by the loose one. The rendering itself is not
 * kept: a 400-name paper is six of these at 300 dpi, held by every worker reading a batch.
 */
export interface BlankSheet {
  width: number;
  height: number;
  dpi: number;
  mask: Uint8Array;
}

const LOOSE = 1;
const TIGHT = 2;
const PRINTED = 4;

/** `data`'s ink grown by `r` pixels (a square about each inked pixel), 1 where grown. */
function grown(data: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const ink = (v: number) => v < 200;
  const rows = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    let last = -1e9;
    for (let x = 0; x < w; x++)
      if (ink(data[y * w + x]!)) last = x;
      else if (x - last <= r) rows[y * w + x] = 1;
    last = 1e9;
    for (let x = w - 1; x >= 0; x--) {
      if (ink(data[y * w + x]!)) {
        last = x;
        rows[y * w + x] = 1;
      } else if (last - x <= r) rows[y * w + x] = 1;
    }
  }
  const mask = new Uint8Array(w * h);
  for (let x = 0; x < w; x++) {
    let last = -1e9;
    for (let y = 0; y < h; y++)
      if (rows[y * w + x]) last = y;
      else if (y - last <= r) mask[y * w + x] = 1;
    last = 1e9;
    for (let y = h - 1; y >= 0; y--) {
      if (rows[y * w + x]) {
        last = y;
        mask[y * w + x] = 1;
      } else if (last - y <= r) mask[y * w + x] = 1;
    }
  }
  return mask;
}

/** The printed ink of a blank rendering, grown by both slacks: new ink is only what lies outside it. */
export function blankSheet(image: GreyImage & { dpi: number }): BlankSheet {
  const { width: w, height: h, data, dpi } = image;
  const px = (pt: number) => Math.max(1, Math.round((pt * dpi) / 72));
  const mask = grown(data, w, h, px(SLACK.loose));
  const tight = grown(data, w, h, px(SLACK.tight));
  for (let i = 0; i < mask.length; i++) mask[i] = mask[i]! * LOOSE + tight[i]! * TIGHT + (data[i]! < 160 ? PRINTED : 0);
  return { width: w, height: h, dpi, mask };
}

export interface SheetView {
  img: GreyImage;
  blank: BlankSheet;
  /** Paper's grey level and the level below which a pixel is ink. */
  paper: number;
  ink: number;
  /** Pixels per point. */
  scale: number;
}

export function greyAt(img: GreyImage, p: Point): number {
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return 255;
  return img.data[y * img.width + x]!;
}

export function redAt(img: GreyImage, p: Point): number {
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  if (!img.red || x < 0 || y < 0 || x >= img.width || y >= img.height) return 0;
  return img.red[y * img.width + x]!;
}

/** The blank's bits at a sheet point (0 off the sheet). */
function blankBits(b: BlankSheet, p: Point): number {
  const s = b.dpi / 72;
  const x = Math.round(p.x * s);
  const y = Math.round(p.y * s);
  if (x < 0 || y < 0 || x >= b.width || y >= b.height) return 0;
  return b.mask[y * b.width + x]!;
}

/** Whether the blank sheet has ink at a sheet point: grown by `slack`, or exactly (`false`). */
export function blankAt(b: BlankSheet, p: Point, slack: Slack | false): boolean {
  return (blankBits(b, p) & (slack === false ? PRINTED : slack === 'tight' ? TIGHT : LOOSE)) !== 0;
}

/** The paper's level: a high percentile of the page's pixels (ink and borders are the darker few). */
export function paperLevel(img: GreyImage): number {
  const hist = new Uint32Array(256);
  const step = Math.max(1, Math.floor(img.data.length / 20000));
  let n = 0;
  for (let i = 0; i < img.data.length; i += step, n++) hist[img.data[i]!]!++;
  let seen = 0;
  for (let v = 255; v >= 0; v--) {
    seen += hist[v]!;
    if (seen >= n * 0.3) return v;
  }
  return 255;
}

export type Mapper = (p: Point) => Point;

export const affineMapper =
  (t: Affine): Mapper =>
  (p) =>
    apply(t, p);

/** Samples of a sheet rectangle, one per scan pixel: the scan's grey and the blank's grown ink. */
export interface Patch {
  w: number;
  h: number;
  grey: Uint8Array;
  /** 1 where the blank's ink grown by the slack covers the pixel (the loose one, unless `tightened`). */
  masked: Uint8Array;
  printed: Uint8Array;
  /** 1 where the loose slack covers the pixel and the tight one does not: what the second look uncovers. */
  ring: Uint8Array;
  /** The scan's redness (GreyImage.red), on a colour scan only: tells a red pen's thin line from a pencil's grey one. */
  red?: Uint8Array;
}

export function patchOf(view: SheetView, map: Mapper, r: Rect): Patch {
  const w = Math.max(1, Math.round(r.w * view.scale));
  const h = Math.max(1, Math.round(r.h * view.scale));
  const grey = new Uint8Array(w * h);
  const masked = new Uint8Array(w * h);
  const printed = new Uint8Array(w * h);
  const ring = new Uint8Array(w * h);
  const red = view.img.red ? new Uint8Array(w * h) : undefined;
  // a row's mapping is affine (main/scan/interpret.ts rowMapper): stepped from three points, not asked per pixel
  const sx = r.w / w;
  const sy = r.h / h;
  const o = map({ x: r.x + sx / 2, y: r.y + sy / 2 });
  const ax = map({ x: r.x + sx * 1.5, y: r.y + sy / 2 });
  const ay = map({ x: r.x + sx / 2, y: r.y + sy * 1.5 });
  const q = { x: 0, y: 0 };
  const p = { x: 0, y: 0 };
  for (let j = 0; j < h; j++)
    for (let i = 0; i < w; i++) {
      p.x = r.x + (i + 0.5) * sx;
      p.y = r.y + (j + 0.5) * sy;
      q.x = o.x + i * (ax.x - o.x) + j * (ay.x - o.x);
      q.y = o.y + i * (ax.y - o.y) + j * (ay.y - o.y);
      const k = j * w + i;
      grey[k] = greyAt(view.img, q);
      if (red) red[k] = redAt(view.img, q);
      const bits = blankBits(view.blank, p);
      masked[k] = bits & LOOSE ? 1 : 0;
      printed[k] = bits & PRINTED ? 1 : 0;
      ring[k] = bits & LOOSE && !(bits & TIGHT) ? 1 : 0;
    }
  return { w, h, grey, masked, printed, ring, ...(red ? { red } : {}) };
}

/** The patch told against the blank's ink grown by the tight slack (SLACK): the second look. */
export function tightened(p: Patch): Patch {
  return { ...p, masked: p.masked.map((m, k) => (m && !p.ring[k] ? 1 : 0)), ring: new Uint8Array(p.ring.length) };
}

/** Whether any dark pixel lies where only the loose slack hides it: else the tight look sees no more new ink. */
export function ringInk(view: SheetView, p: Patch): boolean {
  for (let k = 0; k < p.ring.length; k++) if (p.ring[k] && p.grey[k]! < view.ink) return true;
  return false;
}

/** Share of a patch that is new ink (dark on the scan, blank on the sheet). */
export function newInkShare(view: SheetView, p: Patch): number {
  let n = 0;
  for (let k = 0; k < p.grey.length; k++) if (p.grey[k]! < view.ink && !p.masked[k]) n++;
  return n / p.grey.length;
}

export function inset(r: Rect, by: number): Rect {
  return { x: r.x + r.w * by, y: r.y + r.h * by, w: r.w * (1 - 2 * by), h: r.h * (1 - 2 * by) };
}
