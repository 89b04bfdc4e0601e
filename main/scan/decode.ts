/**
 * A scanned file to grey pages (docs/scanning.md, Images): JPEG, PNG, TIFF (every page) and a
 * scanner's PDF (the picture on each page). A file that is too big, damaged or of another kind is
 * refused with SCAN_REFUSED naming the file and page; no library's own error gets out.
 */
import { createHash } from 'node:crypto';
import sharp, { type SharpOptions } from 'sharp';
import { AppError } from '../../shared/contract/result';
import type { GreyImage } from '../../shared/domain/scan-page';
import { pdfPages, type PdfPageImage } from './pdf-images';
import { scanRefused } from './scan-errors';

/** A page of A4 at 600 dpi is 35 million pixels; an image this large is no scan of a paper. */
export const MAX_PAGE_PIXELS = 40_000_000;
/** An A4 page at 300 dpi in colour JPEG is 1–5 MB; a picture file above this is something else. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** A scanner's PDF of a whole ballot box (hundreds of pages). */
export const MAX_PDF_BYTES = 1024 * 1024 * 1024;

export interface ScanPage {
  /** 1-based page of the file. */
  page: number;
  image: GreyImage;
  /** SHA-256 of the page's grey pixels: the same sheet scanned into two files is known as one. */
  hash: string;
}

type Format = 'jpeg' | 'png' | 'tiff' | 'pdf';

function formatOf(b: Uint8Array): Format | null {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a))
    return 'tiff';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf';
  return null;
}

/** Grey and redness from interleaved pixels (1 grey, 3 RGB, 2/4 with alpha). */
export function greyFrom(pixels: Uint8Array, width: number, height: number, channels: number, dpi?: number): GreyImage {
  const n = width * height;
  if (channels === 1) return { width, height, data: pixels.subarray(0, n), ...(dpi ? { dpi } : {}) };
  const data = new Uint8Array(n);
  const colour = channels >= 3;
  const red = colour ? new Uint8Array(n) : undefined;
  let reddest = 0;
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    if (!colour) {
      data[i] = pixels[j]!;
      continue;
    }
    const r = pixels[j]!;
    const g = pixels[j + 1]!;
    const b = pixels[j + 2]!;
    data[i] = (77 * r + 150 * g + 29 * b) >> 8;
    const redness = r - ((g + b) >> 1);
    if (redness > 0) {
      red![i] = redness;
      if (redness > reddest) reddest = redness;
    }
  }
  // A colour file of a grey scan (three equal channels) has no red to find the stamp by: read it as grey.
  const hasRed = red && reddest >= 24;
  return { width, height, data, ...(dpi ? { dpi } : {}), ...(hasRed ? { red } : {}) };
}

function pageHash(image: GreyImage): string {
  return createHash('sha256').update(image.data).digest('hex');
}

/**
 * A JPEG has no checksum: garbled coded data decodes to blocks of noise, read as writing or as a page
 * with no corners, and a paper rescanned after it would be counted twice. What the decoder can tell
 * (its "corrupt JPEG data" warnings) refuses the page as damaged. Other formats warn about harmless
 * things (a PNG's colour profile), so only their errors refuse.
 */
const failOnOf = (input: Uint8Array): SharpOptions['failOn'] => (formatOf(input) === 'jpeg' ? 'warning' : 'error');

async function decodeImage(input: Uint8Array, file: string, page: number, options: SharpOptions = {}): Promise<GreyImage> {
  try {
    const img = sharp(input, { limitInputPixels: MAX_PAGE_PIXELS, failOn: failOnOf(input), ...options });
    const meta = await img.metadata();
    // 72 is what a file without a density says (sharp reports it by default): no scanner scans at it.
    const dpi = meta.density && meta.density >= 100 ? Math.round(meta.density) : undefined;
    const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
    return greyFrom(new Uint8Array(data.buffer, data.byteOffset, data.length), info.width, info.height, info.channels, dpi);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const tooBig = error instanceof Error && /pixel limit/i.test(error.message);
    throw tooBig ? scanRefused('scan.tooManyPixels', file, { page, megapixels: '> 40' }) : scanRefused('scan.damaged', file, { page });
  }
}

async function decodePdfPage(img: PdfPageImage, file: string, page: number): Promise<GreyImage> {
  if (img.kind === 'jpeg') return { ...(await decodeImage(img.bytes, file, page)), dpi: img.dpi };
  if (img.width * img.height > MAX_PAGE_PIXELS)
    throw scanRefused('scan.tooManyPixels', file, { page, megapixels: Math.round((img.width * img.height) / 1e6) });
  return greyFrom(img.pixels, img.width, img.height, img.channels, img.dpi);
}

async function tiffPages(bytes: Uint8Array, file: string): Promise<number> {
  try {
    return (await sharp(bytes, { limitInputPixels: MAX_PAGE_PIXELS }).metadata()).pages ?? 1;
  } catch {
    throw scanRefused('scan.damaged', file, { page: 1 });
  }
}

/**
 * Every page of a scanned file, in order, one at a time: a scanner's PDF of a whole box holds hundreds
 * of pages, and only the page being read is kept in memory. `file` is only for the refusals.
 */
export async function* decodePages(bytes: Uint8Array, file: string): AsyncGenerator<ScanPage> {
  const format = formatOf(bytes);
  if (!format) throw scanRefused('scan.unknownFormat', file);
  const limit = format === 'pdf' ? MAX_PDF_BYTES : MAX_IMAGE_BYTES;
  if (bytes.length > limit)
    throw scanRefused('scan.tooLarge', file, { megabytes: Math.ceil(bytes.length / 1024 / 1024), limit: limit / 1024 / 1024 });
  const page = (image: GreyImage, i: number): ScanPage => ({ page: i + 1, image, hash: pageHash(image) });
  if (format === 'pdf') {
    const pdf = await pdfPages(bytes, file);
    for (let i = 0; i < pdf.count; i++) yield page(await decodePdfPage(pdf.image(i), file, i + 1), i);
  } else if (format === 'tiff') {
    const count = await tiffPages(bytes, file);
    for (let i = 0; i < count; i++) yield page(await decodeImage(bytes, file, i + 1, { page: i }), i);
  } else {
    yield page(await decodeImage(bytes, file, 1), 0);
  }
}

/** Every page of a scanned file at once: for a file known to be small (a rendered blank, a test's scan). */
export async function decodeScan(bytes: Uint8Array, file: string): Promise<ScanPage[]> {
  const pages: ScanPage[] = [];
  for await (const p of decodePages(bytes, file)) pages.push(p);
  return pages;
}
