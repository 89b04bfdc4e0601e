/** The paper's QR code, read with jsQR on a crop around where the geometry puts it (grey → RGBA as jsQR wants). */
import jsQR from 'jsqr';
import type { Rect } from '../../shared/domain/paper-geometry';
import type { GreyImage } from '../../shared/domain/scan-page';
import type { Mapper } from './sheet-view';

export function readCode(img: GreyImage, map: Mapper, code: Rect): string | null {
  const m = code.w * 0.35;
  const pts = [
    map({ x: code.x - m, y: code.y - m }),
    map({ x: code.x + code.w + m, y: code.y - m }),
    map({ x: code.x - m, y: code.y + code.h + m }),
    map({ x: code.x + code.w + m, y: code.y + code.h + m }),
  ];
  const x0 = Math.max(0, Math.floor(Math.min(...pts.map((p) => p.x))));
  const y0 = Math.max(0, Math.floor(Math.min(...pts.map((p) => p.y))));
  const x1 = Math.min(img.width, Math.ceil(Math.max(...pts.map((p) => p.x))));
  const y1 = Math.min(img.height, Math.ceil(Math.max(...pts.map((p) => p.y))));
  const w = x1 - x0;
  const h = y1 - y0;
  if (w < 8 || h < 8) return null;
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const v = img.data[(y0 + y) * img.width + x0 + x]!;
      const k = (y * w + x) * 4;
      rgba[k] = rgba[k + 1] = rgba[k + 2] = v;
      rgba[k + 3] = 255;
    }
  return jsQR(rgba, w, h, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
