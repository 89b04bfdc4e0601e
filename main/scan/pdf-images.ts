/**
 * The page images of a scanner's PDF: a scanner writes one picture per page (JPEG as DCTDecode, or
 * raw pixels as FlateDecode), so the picture itself is read, never a rendering of the page.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFPage, PDFRawStream } from 'pdf-lib';
import { scanRefused } from './scan-errors';

export type PdfPageImage =
  | { kind: 'jpeg'; bytes: Uint8Array; dpi: number }
  | { kind: 'raw'; pixels: Uint8Array; width: number; height: number; channels: 1 | 3; dpi: number };

function num(dict: PDFDict, key: string): number {
  const v = dict.lookup(PDFName.of(key));
  return v instanceof PDFNumber ? v.asNumber() : 0;
}

function filterOf(dict: PDFDict): string {
  const f = dict.lookup(PDFName.of('Filter'));
  const one = f instanceof PDFArray && f.size() === 1 ? f.lookup(0) : f;
  if (one instanceof PDFName) return one.decodeText();
  return f ? 'many' : 'none';
}

/** The largest image drawn on a page. */
function largestImage(page: PDFDict): PDFRawStream | null {
  const resources = page.lookup(PDFName.of('Resources'));
  const xobjects = resources instanceof PDFDict ? resources.lookup(PDFName.of('XObject')) : undefined;
  if (!(xobjects instanceof PDFDict)) return null;
  let best: PDFRawStream | null = null;
  for (const [, ref] of xobjects.entries()) {
    const obj = xobjects.context.lookup(ref);
    if (!(obj instanceof PDFRawStream) || obj.dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    if (!best || num(obj.dict, 'Width') * num(obj.dict, 'Height') > num(best.dict, 'Width') * num(best.dict, 'Height')) best = obj;
  }
  return best;
}

function channelsOf(dict: PDFDict): 1 | 3 | 0 {
  const cs = dict.lookup(PDFName.of('ColorSpace'));
  if (cs === PDFName.of('DeviceGray')) return 1;
  if (cs === PDFName.of('DeviceRGB')) return 3;
  return 0;
}

/**
 * The pages of a scanner's PDF, each page's picture taken out only when asked for: a box's PDF of
 * raw (FlateDecode) pages inflated all at once would hold every page's pixels (a 300-page stack at
 * 200 dpi, 1.2 GB); read page after page, only the page being read is.
 */
export interface PdfPages {
  count: number;
  /** The picture of page `i` (0-based); throws SCAN_REFUSED naming the page. */
  image(i: number): PdfPageImage;
}

export async function pdfPages(bytes: Uint8Array, file: string): Promise<PdfPages> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false });
  } catch {
    throw scanRefused('scan.pdfDamaged', file);
  }
  const pages = doc.getPages();
  return { count: pages.length, image: (i) => pageImage(pages[i]!, file, i + 1) };
}

function pageImage(page: PDFPage, file: string, number: number): PdfPageImage {
  const image = largestImage(page.node);
  if (!image) throw scanRefused('scan.pdfNoImage', file, { page: number });
  const width = num(image.dict, 'Width');
  const height = num(image.dict, 'Height');
  const dpi = Math.round((width / page.getWidth()) * 72);
  const filter = filterOf(image.dict);
  if (filter === 'DCTDecode') return { kind: 'jpeg', bytes: image.contents, dpi };
  const channels = channelsOf(image.dict);
  if (filter !== 'FlateDecode' || channels === 0 || num(image.dict, 'BitsPerComponent') !== 8)
    throw scanRefused('scan.pdfNoImage', file, { page: number });
  let pixels: Uint8Array;
  try {
    pixels = inflateSync(image.contents);
  } catch {
    throw scanRefused('scan.damaged', file, { page: number });
  }
  if (pixels.length < width * height * channels) throw scanRefused('scan.damaged', file, { page: number });
  return { kind: 'raw', pixels, width, height, channels, dpi };
}
