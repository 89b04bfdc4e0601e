/**
 * Scans of the app's own printed papers, as a counting board makes them: the ballot papers PDF exported
 * from a real congress, its pages rendered at 200 dpi (pdftoppm), a voter's strikes and the board's red
 * stamp drawn on them (tests/helpers/scan), written as JPEG, PNG or a scanner's PDF.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp, { type OutputInfo } from 'sharp';
import { expectedSheets } from '../../../main/scan/blank-sheets';
import type { ExpectedSheet } from '../../../main/scan/interpret';
import { renderPdfPages } from '../../../main/scan/render-pdf';
import type { SheetGeometry } from '../../../shared/domain/paper-geometry';
import { markingFor } from '../../../shared/domain/paper-layout';
import { draw, type Ink } from '../../helpers/scan/ink';
import { seeded } from '../../helpers/scan/random';
import type { PaperRaster } from '../../helpers/scan/scan-generator';
import type { PrintedSheet } from '../../helpers/scan/test-sheet';
import { type MarkKind, stamp, voterMark } from '../../helpers/scan/voter-marks';
import type { TempEngine } from '../../helpers/temp-engine';
import { pdfToPngs } from '../exports/export-setup';
import { pdfWords } from '../exports/paper-reading';

export const SCAN_DPI = 200;

export const NAMES = [
  'Nguyễn Văn Bình',
  'Trần Thị Anh',
  'Lê Hoàng Cường',
  'Phạm Thị Ngọc Dũng',
  'Hoàng Quốc Hằng',
  'Đặng Thị Thu Ửng',
  'Vũ Đình Đức',
  'Bùi Thị Ơn',
  'Đỗ Văn Khải',
  'Ngô Thị Lan',
  'Dương Minh Phúc',
  'Lý Thị Quyên',
];

/** An open paper ballot of the 12 names, 9 seats (a strike list). */
export async function scanBallot(
  t: TempEngine,
  title = 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Ngọc Hà khóa I',
  names: readonly string[] = NAMES,
  seats = 9,
): Promise<number> {
  const b = await t.engine.call('ballots:create', {
    title,
    kind: 'committee',
    seatsApproved: seats,
    seats,
    method: 'paper',
    preset: 'mttq',
    rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
    entryMode: 'struck',
    passes: 1,
  });
  await t.engine.call('ballots:setCandidates', { id: b.id, candidates: names.map((name) => ({ name, birthDate: null })) });
  await t.engine.call('ballots:open', { id: b.id });
  return b.id;
}

/** The printed papers of a ballot: the PDF, the sheets a scan is read against, and where each name is printed. */
export interface Printed {
  pdf: string;
  sheets: ExpectedSheet[];
  /** As tests/helpers/scan draws on: the sheet and each printed name's extent. */
  drawn: PrintedSheet;
}

/**
 * With two or four papers per page, what is scanned is one cut paper: `drawn` and the scans are of the
 * page's first paper (its top-left), cut out at its printed size.
 */
export async function printPapers(t: TempEngine, ballotId: number, folder: string, perPage: 1 | 2 | 4 = 1): Promise<Printed> {
  const r = await t.engine.call('exports:run', {
    what: 'ballot_papers',
    format: 'pdf',
    ballotId,
    perPage,
    out: join(t.dir, folder),
    ifExists: 'new-name',
  });
  const pdf = r.files[0]!.path;
  const ballot = await t.engine.call('ballots:get', { id: ballotId });
  const blank = await renderPdfPages(readFileSync(pdf), 'blank.pdf');
  const sheets = expectedSheets(
    blank,
    markingFor(ballot.candidates.length, ballot.seats),
    ballot.candidates.map((c) => c.name),
  );
  const geometry = sheets[0]!.geometry;
  const names = printedNames(pdf, 1, geometry);
  return { pdf, sheets, drawn: { geometry, inks: [], names, code: sheets[0]!.code } };
}

/**
 * Where each row's name is printed on `page` of the PDF (pdftotext's word boxes), as tests/helpers/scan
 * draws strikes across it. A word reaching into the row's number ("1.Nguyễn" when the two are set close)
 * counts from the name box's edge: a voter's line runs over the whole name.
 */
export function printedNames(pdf: string, page: number, geometry: SheetGeometry): PrintedSheet['names'] {
  const words = pdfWords(pdf).filter((w) => w.page === page);
  return geometry.rows.map((row) => {
    const n = row.name;
    const inRow = words.filter((w) => w.x1 > n.x + 2 && w.x0 < n.x + n.w && (w.y0 + w.y1) / 2 > n.y && (w.y0 + w.y1) / 2 < n.y + n.h);
    const top = Math.min(...inRow.map((w) => w.y0));
    const bottom = Math.max(...inRow.map((w) => w.y1));
    // pdftotext's box runs from ascender to descender: the baseline is about a fifth above its bottom
    return {
      x0: Math.max(n.x + 1, Math.min(...inRow.map((w) => w.x0))),
      x1: Math.max(...inRow.map((w) => w.x1)),
      top: top + 1,
      base: bottom - (bottom - top) * 0.2,
    };
  });
}

/** What a voter did to a paper: each row's mark, by row (0-based); rows not given are kept. */
export type Marks = Partial<Record<number, MarkKind>>;

const rendered = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();

/** The printed paper (`size`, from the page's top-left) at `dpi` (pdftoppm), rendered once per PDF and dpi. */
function renderedPage(t: TempEngine, pdf: string, name: string, size: { w: number; h: number }, dpi = SCAN_DPI) {
  const key = `${pdf}@${dpi}`;
  if (!rendered.has(key)) {
    const dir = join(t.dir, 'render');
    mkdirSync(dir, { recursive: true });
    const [png] = pdfToPngs(pdf, join(dir, `${name}-${rendered.size}-${dpi}`), dpi);
    const s = dpi / 72;
    const cut = async () => {
      const page = await sharp(png).metadata();
      return {
        left: 0,
        top: 0,
        width: Math.min(page.width!, Math.round(size.w * s)),
        height: Math.min(page.height!, Math.round(size.h * s)),
      };
    };
    rendered.set(
      key,
      cut().then((c) => sharp(png).removeAlpha().extract(c).raw().toBuffer({ resolveWithObject: true })),
    );
  }
  return rendered.get(key)!;
}

/** The printed paper's pixels at `dpi`, for tests/helpers/scan/scan-generator.ts to lay on a scanner's bed. */
export async function paperRaster(t: TempEngine, p: Printed, dpi: number): Promise<PaperRaster> {
  const { data, info } = await renderedPage(t, p.pdf, 'paper', p.drawn.geometry.size, dpi);
  return { rgb: new Uint8Array(data), width: info.width, height: info.height };
}

/** The page of the printed PDF, with the stamp and the marks drawn, as the scanner's RGB pixels. */
async function markedPage(t: TempEngine, pdf: string, drawn: PrintedSheet, marks: Marks, seed: number, name: string, dpi = SCAN_DPI) {
  const { data, info } = await renderedPage(t, pdf, name, drawn.geometry.size, dpi);
  const rgb = new Uint8Array(data);
  const r = seeded(seed);
  const inks: Ink[] = [...stamp(r, drawn)];
  for (const [row, kind] of Object.entries(marks)) inks.push(...voterMark(r, drawn, Number(row), kind!));
  const s = dpi / 72;
  draw(
    rgb,
    info.width,
    info.height,
    { s, angle: 0, cx: (drawn.geometry.size.w * s) / 2, cy: (drawn.geometry.size.h * s) / 2, sheet: drawn.geometry.size },
    inks,
  );
  return sharp(rgb, { raw: { width: info.width, height: info.height, channels: 3 } }).withMetadata({ density: dpi });
}

/** A JPEG scan at `dpi` (the board's advised 200 unless said). */
export async function scanJpeg(
  t: TempEngine,
  p: { pdf: string; drawn: PrintedSheet },
  marks: Marks,
  seed: number,
  dpi = SCAN_DPI,
): Promise<Uint8Array> {
  return new Uint8Array(await (await markedPage(t, p.pdf, p.drawn, marks, seed, `j${seed}`, dpi)).jpeg({ quality: 85 }).toBuffer());
}

export async function scanPng(t: TempEngine, p: { pdf: string; drawn: PrintedSheet }, marks: Marks, seed: number): Promise<Uint8Array> {
  return new Uint8Array(await (await markedPage(t, p.pdf, p.drawn, marks, seed, `p${seed}`)).png().toBuffer());
}

/** A scanner's PDF: one JPEG per page at the scan's size in points. */
export async function scannerPdf(jpegs: readonly Uint8Array[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const jpeg of jpegs) {
    const image = await doc.embedJpg(jpeg);
    const k = 72 / SCAN_DPI;
    doc.addPage([image.width * k, image.height * k]).drawImage(image, { x: 0, y: 0, width: image.width * k, height: image.height * k });
  }
  return doc.save();
}

/** The struck numbers the marks mean, as the board would record them (1-based, ascending). */
export const struckBy = (marks: Marks): number[] =>
  Object.entries(marks)
    .filter(([, k]) => k === 'strike' || k === 'double' || k === 'wavy')
    .map(([row]) => Number(row) + 1)
    .sort((a, b) => a - b);
