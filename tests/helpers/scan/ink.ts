/**
 * What is drawn on a sheet, in sheet points (shared/domain/paper-geometry.ts): rectangles and pen
 * strokes, rasterised through any sheet → pixel transform (rotation, skew, scale, shift) without
 * warping: each pixel asks where it falls on the sheet.
 */
export type RGB = readonly [number, number, number];

export type Ink =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; colour: RGB }
  | { kind: 'segment'; a: { x: number; y: number }; b: { x: number; y: number }; width: number; colour: RGB };

export const BLACK: RGB = [20, 20, 25];

export function polyline(pts: readonly { x: number; y: number }[], width: number, colour: RGB): Ink[] {
  return pts.slice(1).map((b, i) => ({ kind: 'segment', a: pts[i]!, b, width, colour }) as const);
}

/** Sheet → pixel: rotation by `angle` (radians) and scale `s` about the sheet's centre, then moved to (cx, cy). */
export interface Placement {
  s: number;
  angle: number;
  cx: number;
  cy: number;
  sheet: { w: number; h: number };
}

export function toPixel(p: Placement, x: number, y: number) {
  const dx = x - p.sheet.w / 2;
  const dy = y - p.sheet.h / 2;
  const c = Math.cos(p.angle);
  const s = Math.sin(p.angle);
  return { x: p.cx + p.s * (c * dx - s * dy), y: p.cy + p.s * (s * dx + c * dy) };
}

export function toSheet(p: Placement, px: number, py: number) {
  const dx = (px - p.cx) / p.s;
  const dy = (py - p.cy) / p.s;
  const c = Math.cos(p.angle);
  const s = Math.sin(p.angle);
  return { x: p.sheet.w / 2 + c * dx + s * dy, y: p.sheet.h / 2 - s * dx + c * dy };
}

function covers(ink: Ink, x: number, y: number): boolean {
  if (ink.kind === 'rect') return x >= ink.x && x < ink.x + ink.w && y >= ink.y && y < ink.y + ink.h;
  const { a, b } = ink;
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const len2 = vx * vx + vy * vy || 1;
  const t = Math.max(0, Math.min(1, ((x - a.x) * vx + (y - a.y) * vy) / len2));
  return Math.hypot(x - a.x - t * vx, y - a.y - t * vy) <= ink.width / 2;
}

function bounds(ink: Ink) {
  if (ink.kind === 'rect') return { x0: ink.x, y0: ink.y, x1: ink.x + ink.w, y1: ink.y + ink.h };
  const r = ink.width / 2;
  return {
    x0: Math.min(ink.a.x, ink.b.x) - r,
    y0: Math.min(ink.a.y, ink.b.y) - r,
    x1: Math.max(ink.a.x, ink.b.x) + r,
    y1: Math.max(ink.a.y, ink.b.y) + r,
  };
}

/** Multiplies the ink's colour into an RGB canvas (pens overlap as real ink does). */
export function draw(rgb: Uint8Array, width: number, height: number, place: Placement, inks: readonly Ink[]) {
  for (const ink of inks) {
    const b = bounds(ink);
    const corners = [toPixel(place, b.x0, b.y0), toPixel(place, b.x1, b.y0), toPixel(place, b.x0, b.y1), toPixel(place, b.x1, b.y1)];
    const x0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c.x))));
    const x1 = Math.min(width - 1, Math.ceil(Math.max(...corners.map((c) => c.x))));
    const y0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c.y))));
    const y1 = Math.min(height - 1, Math.ceil(Math.max(...corners.map((c) => c.y))));
    for (let py = y0; py <= y1; py++)
      for (let px = x0; px <= x1; px++) {
        const q = toSheet(place, px + 0.5, py + 0.5);
        if (!covers(ink, q.x, q.y)) continue;
        const k = (py * width + px) * 3;
        for (let c = 0; c < 3; c++) rgb[k + c] = (rgb[k + c]! * ink.colour[c]!) / 255;
      }
  }
}
