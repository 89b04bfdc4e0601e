/**
 * Realistic scans of a sheet (docs/scanning.md, Tests): the sheet's printed ink (the app's own paper
 * rendered by pdftoppm, or a sheet drawn in the test) and a voter's marks,
 * placed on a scanner's bed with rotation, skew, scale and shift, a dark or white border, a fold,
 * then blur, noise and JPEG compression through sharp — every fixture generated, none committed.
 */
import sharp from 'sharp';
import { draw, type Ink, type Placement } from './ink';
import { between, seeded, type Random } from './random';
import type { PrintedSheet } from './test-sheet';

export interface ScanOptions {
  dpi: 150 | 200 | 300;
  rotate180?: boolean;
  /** Degrees. */
  skew?: number;
  /** 1 is the printed size; "fit to page" is about 0.95. */
  scale?: number;
  /** Points the sheet lies off the bed's centre. */
  shift?: { x: number; y: number };
  border?: 'white' | 'dark';
  fold?: boolean;
  blur?: number;
  noise?: number;
  quality?: number;
  grey?: boolean;
  /** Whether the JPEG says its dpi. */
  sayDpi?: boolean;
}

export function randomScan(r: Random, dpi: ScanOptions['dpi']): ScanOptions {
  return {
    dpi,
    rotate180: r() < 0.3,
    skew: between(r, -3, 3),
    shift: { x: between(r, -8, 8), y: between(r, -8, 8) },
    border: r() < 0.4 ? 'dark' : 'white',
    fold: r() < 0.3,
    blur: between(r, 0.3, 0.9),
    noise: between(r, 2, 10),
    quality: Math.round(between(r, 55, 90)),
    grey: r() < 0.3,
    sayDpi: r() < 0.5,
  };
}

function foldLine(r: Random, sheet: PrintedSheet): Ink[] {
  const y = sheet.geometry.size.h * between(r, 0.3, 0.7);
  return [
    { kind: 'segment', a: { x: 0, y }, b: { x: sheet.geometry.size.w, y: y + between(r, -3, 3) }, width: 0.6, colour: [225, 225, 225] },
  ];
}

/** The printed sheet as a printer made it: RGB pixels of the paper at the scan's dpi (pdftoppm of the app's PDF). */
export interface PaperRaster {
  rgb: Uint8Array;
  width: number;
  height: number;
}

/** The paper's colour at a sheet point: the printed pixel, toned as the scanner sees white paper (246). */
function paperAt(paper: PaperRaster, px: number, x: number, y: number, out: Uint8Array, k: number): void {
  // bilinear between the printed pixels: the sheet lies turned and shifted on the bed
  const fx = Math.min(paper.width - 1.001, Math.max(0, x * px - 0.5));
  const fy = Math.min(paper.height - 1.001, Math.max(0, y * px - 0.5));
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const ax = fx - x0;
  const ay = fy - y0;
  const i = (y0 * paper.width + x0) * 3;
  const j = i + paper.width * 3;
  for (let c = 0; c < 3; c++) {
    const top = paper.rgb[i + c]! * (1 - ax) + paper.rgb[i + 3 + c]! * ax;
    const bottom = paper.rgb[j + c]! * (1 - ax) + paper.rgb[j + 3 + c]! * ax;
    out[k + c] = ((top * (1 - ay) + bottom * ay) * 246) / 255;
  }
}

/**
 * `paper`: the printed sheet's pixels at `o.dpi`, when it is the app's own paper (its `inks` are then
 * empty); without it the sheet's inks are drawn (tests/helpers/scan/test-sheet.ts).
 */
export async function generateScan(
  sheet: PrintedSheet,
  marks: readonly Ink[],
  o: ScanOptions,
  seed = 1,
  paper?: PaperRaster,
): Promise<Uint8Array> {
  const r = seeded(seed);
  const px = o.dpi / 72;
  const size = sheet.geometry.size;
  const width = Math.round(size.w * px * 1.04);
  const height = Math.round(size.h * px * 1.03);
  const place: Placement = {
    s: px * (o.scale ?? 1),
    angle: (((o.skew ?? 0) + (o.rotate180 ? 180 : 0)) * Math.PI) / 180,
    cx: width / 2 + (o.shift?.x ?? 0) * px,
    cy: height / 2 + (o.shift?.y ?? 0) * px,
    sheet: size,
  };
  const rgb = new Uint8Array(width * height * 3);
  const bed = o.border === 'dark' ? 35 : 252;
  const cos = Math.cos(place.angle);
  const sin = Math.sin(place.angle);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const dx = (x + 0.5 - place.cx) / place.s;
      const dy = (y + 0.5 - place.cy) / place.s;
      const sx = size.w / 2 + cos * dx + sin * dy;
      const sy = size.h / 2 - sin * dx + cos * dy;
      const on = sx >= 0 && sy >= 0 && sx < size.w && sy < size.h;
      if (on && paper) paperAt(paper, px, sx, sy, rgb, (y * width + x) * 3);
      else rgb.fill(on ? 246 : bed, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  draw(rgb, width, height, place, [...sheet.inks, ...(o.fold ? foldLine(r, sheet) : []), ...marks]);
  const noise = o.noise ?? 0;
  if (noise > 0)
    for (let i = 0; i < rgb.length; i += 3) {
      const n = (r() + r() + r() - 1.5) * noise;
      for (let c = 0; c < 3; c++) rgb[i + c] = Math.max(0, Math.min(255, rgb[i + c]! + n));
    }
  let img = sharp(rgb, { raw: { width, height, channels: 3 } });
  if (o.blur && o.blur >= 0.3) img = img.blur(o.blur);
  if (o.grey) img = img.greyscale();
  if (o.sayDpi) img = img.withMetadata({ density: o.dpi });
  return new Uint8Array(await img.jpeg({ quality: o.quality ?? 85 }).toBuffer());
}
