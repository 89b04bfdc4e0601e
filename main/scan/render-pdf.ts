/**
 * The blank papers' PDF rendered to grey pages (docs/scanning.md): the blank a scan is compared with.
 * pdf.js draws each page on a Skia canvas (@napi-rs/canvas); both ship inside their npm packages, so
 * the installed app renders on every platform with no system program and nothing downloaded
 * (docs/scanning.md, "Image libraries in the installed app"). A PDF the renderer cannot draw is
 * refused by key instead of a library's own error.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import type { GreyImage } from '../../shared/domain/scan-page';
import { greyFrom } from './decode';
import { scanRefused } from './scan-errors';

/** Enough for the blank's ink mask (its slack is 1.2 pt): the reader samples it, never the scan's dpi. */
export const BLANK_DPI = 300;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdf.js for Node, loaded once. Its document parser (the "worker") runs on this thread: the caller is
 * already a worker thread (main/workers/scan-job.ts), and a parser given as `pdfjsWorker` is one
 * module graph with the library, which the app's bundles inline (scripts/build-electron.mjs).
 */
let loaded: Promise<PdfJs> | undefined;
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // @ts-expect-error pdf.js publishes no types for its worker module; only its exports' presence matters here
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

/**
 * pdf.js's own data (the 14 standard fonts, character maps, colour profiles, image decoders), read from
 * its package's folders on disk: file paths with a trailing separator, never a URL it would fetch.
 */
function packageData(): Pick<DocumentInitParameters, 'standardFontDataUrl' | 'cMapUrl' | 'iccUrl' | 'wasmUrl'> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folder = (name: string) => join(root, name) + sep;
  return { standardFontDataUrl: folder('standard_fonts'), cMapUrl: folder('cmaps'), iccUrl: folder('iccs'), wasmUrl: folder('wasm') };
}

export async function renderPdfPages(pdf: Uint8Array, name: string, dpi = BLANK_DPI): Promise<(GreyImage & { dpi: number })[]> {
  const { getDocument } = await pdfjs();
  let task: ReturnType<typeof getDocument> | undefined;
  try {
    // pdf.js takes the bytes over (transfers them) and refuses a Buffer: a plain copy, the caller keeps its own.
    task = getDocument({ data: new Uint8Array(pdf), ...packageData(), stopAtErrors: true, verbosity: 0 });
    const doc = await task.promise;
    const pages: (GreyImage & { dpi: number })[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      // Whole pixels as poppler's pdftoppm makes them (the page's size in points × dpi / 72, rounded up).
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: context as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      const rgba = context.getImageData(0, 0, width, height).data;
      // The blank is grey only: the red of a stamp is looked for on the scan, never on the blank.
      const { data } = greyFrom(new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.length), width, height, 4);
      pages.push({ width, height, data, dpi });
      page.cleanup();
    }
    return pages;
  } catch {
    throw scanRefused('scan.noRenderer', name);
  } finally {
    await task?.destroy();
  }
}
