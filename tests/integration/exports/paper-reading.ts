/**
 * Reading a printed ballot paper the way a scan reader will: the page rendered to pixels, the QR code
 * decoded, the sheets laid out again from the form the code names (shared/domain/paper-layout.ts), and
 * ink looked for where the geometry says.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Rect } from '../../../shared/domain/paper-geometry';
import type { PaperCode } from '../../../shared/domain/paper-code';
import { parsePaperCode } from '../../../shared/domain/paper-code';
import { markingFor, pageSlots, type PaperSheet, sheetsOf } from '../../../shared/domain/paper-layout';
import type { TempEngine } from '../../helpers/temp-engine';
import { pdfToPngs } from './export-setup';

export const DPI = 150;
const SCALE = DPI / 72;

export interface Page {
  png: PNG;
  file: string;
}

export function renderPages(pdf: string, prefix: string): Page[] {
  return pdfToPngs(pdf, prefix, DPI).map((file) => ({ file, png: PNG.sync.read(readFileSync(file)) }));
}

/** Share of dark pixels (luminance under 110) inside a rectangle given in points. */
export function darkShare(png: PNG, r: Rect): number {
  const x0 = Math.round(r.x * SCALE);
  const y0 = Math.round(r.y * SCALE);
  const x1 = Math.round((r.x + r.w) * SCALE);
  const y1 = Math.round((r.y + r.h) * SCALE);
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++)
    for (let x = Math.max(0, x0); x < Math.min(png.width, x1); x++) {
      const i = (y * png.width + x) * 4;
      const lum = 0.3 * png.data[i]! + 0.59 * png.data[i + 1]! + 0.11 * png.data[i + 2]!;
      all++;
      if (lum < 110) dark++;
    }
  return all === 0 ? 0 : dark / all;
}

const shrink = (r: Rect, f: number): Rect => ({ x: r.x + (r.w * f) / 2, y: r.y + (r.h * f) / 2, w: r.w * (1 - f), h: r.h * (1 - f) });
const moved = (r: Rect, d: { x: number; y: number }): Rect => ({ ...r, x: r.x + d.x, y: r.y + d.y });

/** A solid mark: its inside all ink, a band just outside it blank (so it is where the geometry says, not merely under ink). */
export function markFound(png: PNG, r: Rect, at: { x: number; y: number }): boolean {
  const m = moved(r, at);
  const d = 1.2; // points: beyond antialiasing at 150 dpi
  const outside = [
    { x: m.x - d - 1.5, y: m.y + m.h * 0.3, w: 1.5, h: m.h * 0.4 },
    { x: m.x + m.w + d, y: m.y + m.h * 0.3, w: 1.5, h: m.h * 0.4 },
    { x: m.x + m.w * 0.3, y: m.y - d - 1.5, w: m.w * 0.4, h: 1.5 },
    { x: m.x + m.w * 0.3, y: m.y + m.h + d, w: m.w * 0.4, h: 1.5 },
  ];
  return darkShare(png, shrink(m, 0.25)) > 0.95 && outside.every((o) => darkShare(png, o) < 0.05);
}

/** The QR code of the paper at `at` on the page, decoded from the pixels around the geometry's code box. */
export function readCode(png: PNG, code: Rect, at: { x: number; y: number }): string | null {
  const quiet = code.w * 0.12;
  const x0 = Math.round((at.x + code.x - quiet) * SCALE);
  const y0 = Math.round((at.y + code.y - quiet) * SCALE);
  const w = Math.round((code.w + 2 * quiet) * SCALE);
  const h = Math.round((code.h + 2 * quiet) * SCALE);
  const crop = new Uint8ClampedArray(w * h * 4).fill(255);
  for (let y = 0; y < h; y++) {
    const sy = y0 + y;
    if (sy < 0 || sy >= png.height) continue;
    for (let x = 0; x < w; x++) {
      const sx = x0 + x;
      if (sx < 0 || sx >= png.width) continue;
      const s = (sy * png.width + sx) * 4;
      crop.set(png.data.subarray(s, s + 4), (y * w + x) * 4);
    }
  }
  return jsQR(crop, w, h)?.data ?? null;
}

/** The QR code's box is where the layout puts it whatever the list: read it from the first sheet of any form of this size. */
export function codeBoxOf(perPage: 1 | 2 | 4, marking: 'strike' | 'yes-no'): Rect {
  return sheetsOf({ perPage, columns: 1, size: 10 }, marking, ['x'])[0]!.geometry.code;
}

export interface ReadPaper {
  code: PaperCode;
  text: string;
  sheets: PaperSheet[];
  slots: { x: number; y: number }[];
}

/** Decodes the first paper of page 1 and lays its sheets out again from the code's form and the ballot's list. */
export async function readPaper(t: TempEngine, ballotId: number, page: Page, askedPerPage: 1 | 2 | 4): Promise<ReadPaper> {
  const ballot = await t.engine.call('ballots:get', { id: ballotId });
  const marking = markingFor(ballot.candidates.length, ballot.seats);
  // the reader does not know the per-page form beforehand: it tries the box of each
  for (const perPage of [askedPerPage, 1, 2, 4] as const) {
    const text = readCode(page.png, codeBoxOf(perPage, marking), { x: 0, y: 0 });
    const code = text ? parsePaperCode(text) : null;
    if (code && text)
      return {
        code,
        text,
        sheets: sheetsOf(
          code.form,
          marking,
          ballot.candidates.map((c) => c.name),
        ),
        slots: pageSlots(code.form.perPage),
      };
  }
  throw new Error(`no paper code on ${page.file}`);
}

export const outDir = (t: TempEngine, name: string) => join(t.dir, name);

/** One word of a PDF as `pdftotext -bbox` places it, in points from the page's top-left. */
export interface PdfWord {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export function pdfWords(path: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (!m[1]) page++;
    else words.push({ page, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: unescape(m[5]!) });
  }
  return words;
}

/** The words whose middle falls in `r` on that page, in reading order, and whether each lies wholly inside it. */
export function wordsIn(words: readonly PdfWord[], page: number, r: Rect): { text: string; inside: boolean } {
  const found = words.filter((w) => {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    return w.page === page && cx >= r.x && cx <= r.x + r.w && cy >= r.y && cy <= r.y + r.h;
  });
  return {
    text: found.map((w) => w.text).join(' '),
    inside: found.every((w) => w.x0 >= r.x - 0.5 && w.x1 <= r.x + r.w + 0.5 && w.y0 >= r.y - 1 && w.y1 <= r.y + r.h + 1),
  };
}
