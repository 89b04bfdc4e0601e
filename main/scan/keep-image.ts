/**
 * The image of a page that was read, kept for the counting board and for `verify` (docs/scanning.md,
 * "Ảnh được giữ"): upright (a sheet fed upside down is turned), at the scan's resolution, as JPEG, in
 * the folder beside the congress file, named by the SHA-256 of the file's bytes. The pixels are the
 * ones the machine read: grey, with the red of a colour scan put back so the stamp shows red. Nothing
 * else goes in the file (no name, no time, no metadata of the scanner's file).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import sharp from 'sharp';
import type { GreyImage, Orientation } from '../../shared/domain/scan-page';
import { imageFileName, sha256Of } from '../db/scan-images';
import { fileError } from '../files/fs-errors';
import { partialPath, writeFlushed } from '../files/partials';

/** Enough for the board to read a pen's line and the printed names; a 200 dpi page is 0.3–0.6 MB. */
const QUALITY = 80;

/**
 * Grey and redness back to RGB. decode.ts made grey = (77 R + 150 G + 29 B) / 256 and redness =
 * R − (G + B) / 2; with G = B that gives G = grey − 77 · redness / 256 and R = G + redness exactly.
 */
function rgbOf(img: GreyImage, red: Uint8Array): Buffer {
  const n = img.width * img.height;
  const out = Buffer.allocUnsafe(n * 3);
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const r = red[i]!;
    const g = Math.max(0, img.data[i]! - ((77 * r) >> 8));
    out[j] = Math.min(255, g + r);
    out[j + 1] = g;
    out[j + 2] = g;
  }
  return out;
}

/** The page as the JPEG kept: upright, colour when the scan had red in it. */
export async function uprightJpeg(img: GreyImage, orientation: Orientation): Promise<Buffer> {
  const channels = img.red ? 3 : 1;
  const pixels = img.red ? rgbOf(img, img.red) : Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height);
  let s = sharp(pixels, { raw: { width: img.width, height: img.height, channels } });
  if (orientation === 180) s = s.rotate(180);
  if (img.dpi) s = s.withDensity(img.dpi);
  return s.jpeg({ quality: QUALITY, mozjpeg: false }).toBuffer();
}

/**
 * Written whole or not at all: a temporary name, fsync, rename. A name already there is the same bytes.
 * The temporary name is the worker thread's own: two workers reading one batch may keep the same page.
 */
function writeOnce(folder: string, name: string, data: Buffer): void {
  const path = join(folder, name);
  if (existsSync(path)) return;
  const temp = partialPath(join(folder, `${name}.${threadId}`));
  try {
    mkdirSync(folder, { recursive: true });
    writeFlushed(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    // an image that cannot be kept stops the reading: no sheet is recorded without its image
    throw fileError(error, { what: { thing: 'writeDocument', target: path }, path, fallback: 'INTERNAL' });
  }
}

/** Keeps the page's image in `folder`; returns its SHA-256 (the file's name, recorded with the sheet). */
export async function keepPageImage(img: GreyImage, orientation: Orientation, folder: string): Promise<string> {
  const jpeg = await uprightJpeg(img, orientation);
  const sha256 = sha256Of(jpeg);
  writeOnce(folder, imageFileName(sha256), jpeg);
  return sha256;
}
