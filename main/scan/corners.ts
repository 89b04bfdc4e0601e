/**
 * The four corner marks (docs/scanning.md, Registration): in each corner of the image, the solid
 * square blob of the expected size nearest the corner, not touching the image's edge (a scanner's
 * dark border does) — so a shift, a small skew, a border and speckle noise do not mislead it.
 */
import type { GreyImage } from '../../shared/domain/scan-page';
import type { Point } from './transform';

interface Blob {
  cx: number;
  cy: number;
  area: number;
  w: number;
  h: number;
  edge: boolean;
}

/** Connected dark blobs inside a window, by flood fill on a thresholded copy. */
function blobs(img: GreyImage, x0: number, y0: number, w: number, h: number, dark: number): Blob[] {
  const seen = new Uint8Array(w * h);
  const out: Blob[] = [];
  const stack: number[] = [];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (seen[i] || img.data[(y0 + y) * img.width + x0 + x]! >= dark) continue;
      seen[i] = 1;
      stack.push(i);
      let area = 0;
      let sx = 0;
      let sy = 0;
      let minX = x;
      let maxX = x;
      let minY = y;
      let maxY = y;
      while (stack.length) {
        const j = stack.pop()!;
        const px = j % w;
        const py = (j - px) / w;
        area++;
        sx += px;
        sy += py;
        if (px < minX) minX = px;
        if (px > maxX) maxX = px;
        if (py < minY) minY = py;
        if (py > maxY) maxY = py;
        for (const [nx, ny] of [
          [px - 1, py],
          [px + 1, py],
          [px, py - 1],
          [px, py + 1],
        ] as const) {
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const k = ny * w + nx;
          if (seen[k] || img.data[(y0 + ny) * img.width + x0 + nx]! >= dark) continue;
          seen[k] = 1;
          stack.push(k);
        }
      }
      const edge = (x0 + minX <= 0 || y0 + minY <= 0 || x0 + maxX >= img.width - 1 || y0 + maxY >= img.height - 1) as boolean;
      out.push({ cx: x0 + sx / area, cy: y0 + sy / area, area, w: maxX - minX + 1, h: maxY - minY + 1, edge });
    }
  return out;
}

/**
 * The centres of the four marks in image order top-left, top-right, bottom-right, bottom-left, or
 * null. `side` is the mark's expected side in pixels (from the sheet's size and the image's).
 */
export function findCorners(img: GreyImage, side: number, dark: number): Point[] | null {
  const ww = Math.round(img.width * 0.22);
  const wh = Math.round(img.height * 0.18);
  const windows = [
    [0, 0],
    [img.width - ww, 0],
    [img.width - ww, img.height - wh],
    [0, img.height - wh],
  ] as const;
  const found: Point[] = [];
  for (const [x0, y0] of windows) {
    const corner = { x: x0 === 0 ? 0 : img.width, y: y0 === 0 ? 0 : img.height };
    const squares = blobs(img, x0, y0, ww, wh, dark).filter((b) => {
      if (b.edge) return false;
      const s = Math.sqrt(b.area);
      return s > side * 0.7 && s < side * 1.35 && b.w < side * 1.5 && b.h < side * 1.5 && b.area > 0.75 * b.w * b.h * 0.85;
    });
    if (!squares.length) return null;
    squares.sort((p, q) => Math.hypot(p.cx - corner.x, p.cy - corner.y) - Math.hypot(q.cx - corner.x, q.cy - corner.y));
    found.push({ x: squares[0]!.cx, y: squares[0]!.cy });
  }
  return found;
}
