/**
 * A sheet built in the test, until the app's layout (shared/domain/paper-layout.ts) and its PDF land:
 * an A4 geometry with corner and row marks, a code, a stamp box, a title and names drawn as
 * letter-like stems and bars — what the reader sees of printed text.
 */
import QRCode from 'qrcode';
import type { MarkingStyle, NameRow, SheetGeometry } from '../../../shared/domain/paper-geometry';
import { blankSheet, type BlankSheet } from '../../../main/scan/sheet-view';
import type { ExpectedSheet } from '../../../main/scan/interpret';
import { BLACK, draw, type Ink } from './ink';
import { between, seeded, type Random } from './random';

export const TEST_CODE = 'CDP1/1A2B3C4D/5E6F7A8B/1-1/113/130/9C0D1E2F';

export function testGeometry(count = 18, marking: MarkingStyle = 'strike'): SheetGeometry {
  const size = { w: 595.28, h: 841.89 };
  const c = 17;
  const e = 20;
  const rowH = 28;
  const rows: NameRow[] = Array.from({ length: count }, (_, i) => {
    const y = 170 + i * rowH;
    const mark = (x: number) => ({ x, y: y + rowH / 2 - 4.5, w: 8.5, h: 9 });
    const row: NameRow = {
      number: i + 1,
      name: { x: 95, y, w: marking === 'strike' ? 400 : 260, h: rowH },
      marks: [mark(28), mark(size.w - 36.5)],
    };
    if (marking === 'yes-no')
      return { ...row, yes: { x: 365, y: y + 2, w: 60, h: rowH - 4 }, no: { x: 430, y: y + 2, w: 60, h: rowH - 4 } };
    return row;
  });
  return {
    size,
    sheet: 1,
    sheets: 1,
    marking,
    corners: [
      { x: e, y: e, w: c, h: c },
      { x: size.w - e - c, y: e, w: c, h: c },
      { x: size.w - e - c, y: size.h - e - c, w: c, h: c },
      { x: e, y: size.h - e - c, w: c, h: c },
    ],
    code: { x: size.w - 50 - 68, y: 48, w: 68, h: 68 },
    stamp: { x: 50, y: 48, w: 113, h: 68 },
    rows,
    printed: [
      { x: 180, y: 55, w: 240, h: 50 },
      { x: 50, y: 130, w: 495, h: 20 },
      ...rows.map((r) => ({ x: 60, y: r.name.y, w: 30, h: r.name.h })),
    ],
  };
}

/** A word of letter-like shapes from (x, base): stems, bars, bowls' sides, a tone mark now and then. */
function word(r: Random, x: number, base: number, size: number, letters: number): { inks: Ink[]; end: number } {
  const inks: Ink[] = [];
  const stem = size * 0.075;
  for (let l = 0; l < letters; l++) {
    const w = size * between(r, 0.38, 0.55);
    const tall = r() < 0.3 ? size * 0.7 : size * 0.46;
    inks.push({ kind: 'rect', x, y: base - tall, w: stem, h: tall, colour: BLACK });
    if (r() < 0.6) inks.push({ kind: 'rect', x: x + w - stem, y: base - size * 0.46, w: stem, h: size * 0.46, colour: BLACK });
    if (r() < 0.5) inks.push({ kind: 'rect', x, y: base - (r() < 0.5 ? size * 0.46 : stem), w, h: stem * 0.8, colour: BLACK });
    if (r() < 0.3) inks.push({ kind: 'rect', x: x + w * 0.3, y: base - size * 0.72, w: w * 0.4, h: stem, colour: BLACK });
    x += w + size * 0.09;
  }
  return { inks, end: x };
}

function textLine(r: Random, x: number, base: number, size: number, words: number): { inks: Ink[]; end: number } {
  const inks: Ink[] = [];
  for (let i = 0; i < words; i++) {
    const w = word(r, x, base, size, 2 + Math.floor(r() * 5));
    inks.push(...w.inks);
    x = w.end + size * 0.3;
  }
  return { inks, end: x };
}

function qrInks(text: string, r: { x: number; y: number; w: number }): Ink[] {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'H' });
  const n = qr.modules.size;
  const m = r.w / n;
  const inks: Ink[] = [];
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      if (qr.modules.get(y, x)) inks.push({ kind: 'rect', x: r.x + x * m, y: r.y + y * m, w: m, h: m, colour: BLACK });
  return inks;
}

/** Where each row's printed name begins and ends (sheet points), for strikes drawn across it. */
export interface PrintedSheet {
  geometry: SheetGeometry;
  inks: Ink[];
  names: { x0: number; x1: number; top: number; base: number }[];
  code: string;
}

export function printSheet(geometry: SheetGeometry, code = TEST_CODE, seed = 1): PrintedSheet {
  const r = seeded(seed);
  const g = geometry;
  const inks: Ink[] = [...g.corners.map((c) => ({ kind: 'rect', ...c, colour: BLACK }) as const), ...qrInks(code, g.code)];
  const box = (b: { x: number; y: number; w: number; h: number }) =>
    [
      { x: b.x, y: b.y, w: b.w, h: 0.6 },
      { x: b.x, y: b.y + b.h - 0.6, w: b.w, h: 0.6 },
      { x: b.x, y: b.y, w: 0.6, h: b.h },
      { x: b.x + b.w - 0.6, y: b.y, w: 0.6, h: b.h },
    ].map((q) => ({ kind: 'rect', ...q, colour: BLACK }) as const);
  inks.push(...box(g.stamp));
  inks.push(...textLine(r, 190, 72, 13, 3).inks, ...textLine(r, 200, 95, 11, 4).inks, ...textLine(r, 55, 145, 10, 9).inks);
  const names = g.rows.map((row) => {
    inks.push(...row.marks.map((m) => ({ kind: 'rect', ...m, colour: BLACK }) as const));
    const base = row.name.y + row.name.h * 0.68;
    inks.push(...textLine(r, 70, base, 13, 1).inks.slice(0, 3));
    const maxEnd = row.name.x + row.name.w * 0.85;
    const line = textLine(r, row.name.x + 4, base, 13, 3);
    const kept = line.inks.filter((i) => i.kind === 'rect' && i.x + i.w < maxEnd);
    inks.push(...kept);
    if (row.yes) inks.push(...box(row.yes));
    if (row.no) inks.push(...box(row.no));
    const x1 = Math.max(...kept.map((i) => (i.kind === 'rect' ? i.x + i.w : 0)));
    return { x0: row.name.x + 4, x1, top: base - 13 * 0.72, base };
  });
  return { geometry: g, inks, names, code };
}

/** The blank sheet rendered straight (no transform) at `dpi`, as grey, for the reader's blank model. */
export function renderBlank(sheet: PrintedSheet, dpi = 150): BlankSheet {
  const s = dpi / 72;
  const width = Math.round(sheet.geometry.size.w * s);
  const height = Math.round(sheet.geometry.size.h * s);
  const rgb = new Uint8Array(width * height * 3).fill(255);
  draw(rgb, width, height, { s, angle: 0, cx: width / 2, cy: height / 2, sheet: sheet.geometry.size }, sheet.inks);
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgb[i * 3]!;
  return blankSheet({ width, height, data, dpi });
}

export function expectedSheet(sheet: PrintedSheet, dpi = 150): ExpectedSheet {
  return { geometry: sheet.geometry, blank: renderBlank(sheet, dpi), code: sheet.code };
}
