/**
 * Where everything goes on the ballot papers of one ballot: the one computation of positions, which
 * printing (main/export/ballot-papers.ts) draws from and a scan reader looks at (docs/exports.md, Ballot
 * papers). Pure: the text widths come in through `measure`, and they only choose the form (size of
 * the names, columns); given the form, the sheets follow from the number of names alone, so a reader
 * that knows the form (it is in the paper's code, paper-code.ts) lays the same sheets out again.
 */
import type { MarkingStyle, NameRow, Rect, SheetGeometry } from './paper-geometry';

export type PerPage = 1 | 2 | 4;

/** How the names of a ballot are set: the papers per A4 page, the columns of names, the names' size in points. */
export interface PaperForm {
  perPage: PerPage;
  columns: 1 | 2 | 3;
  size: number;
}

/** Width in points of `text` set in the names' regular face at `size` points. */
export type Measure = (text: string, size: number) => number;

const MM = 72 / 25.4;
export const A4 = { w: 595.28, h: 841.89 } as const;

/** Everything of one variant that does not depend on the list: the sheet, its margins and fixed boxes. */
interface Variant {
  sheet: { w: number; h: number };
  /** Corner marks this far from the sheet's edges (inside what any printer prints and a cut leaves). */
  edge: number;
  corner: number;
  /** The row marks' width, on both margins. */
  markW: number;
  /** Text and boxes start this far from the left and right edges (clear of the marks and the code's quiet zone). */
  inset: number;
  stamp: { w: number; h: number };
  code: number;
  /** Sizes the names may take, largest first; columns they may run in. */
  sizes: readonly number[];
  columns: readonly (1 | 2 | 3)[];
  /** Lines the marking note has room for (its text shrinks to them). */
  noteLines: number;
}

const VARIANTS: Record<PerPage, Variant> = {
  1: {
    sheet: A4,
    edge: 7 * MM,
    corner: 6 * MM,
    markW: 3 * MM,
    inset: 16 * MM,
    stamp: { w: 40 * MM, h: 24 * MM },
    code: 24 * MM,
    sizes: [13, 12, 11],
    columns: [1, 2],
    noteLines: 3,
  },
  2: {
    sheet: { w: A4.w, h: A4.h / 2 },
    edge: 6 * MM,
    corner: 5 * MM,
    markW: 2.5 * MM,
    inset: 14 * MM,
    stamp: { w: 34 * MM, h: 19 * MM },
    code: 19 * MM,
    sizes: [11, 10],
    columns: [1, 2, 3],
    noteLines: 3,
  },
  4: {
    sheet: { w: A4.w / 2, h: A4.h / 2 },
    edge: 5 * MM,
    corner: 4 * MM,
    markW: 2 * MM,
    inset: 11.5 * MM,
    stamp: { w: 25 * MM, h: 17 * MM },
    code: 17 * MM,
    sizes: [9.5, 8.5],
    columns: [1, 2],
    noteLines: 5,
  },
};

/** Names of a list that runs over several sheets: one per page, this size, as many columns as fit. */
const LONG_LIST_SIZE = 11;
const ROW = { strike: 1.6, 'yes-no': 1.6 } as const;
/** A list with room to spare on its one sheet spreads its rows up to this much (easier to strike, looks set). */
const SPREAD = { strike: 1.3, 'yes-no': 1.15 } as const;

/** The boxes of the printed text of a sheet, by what they hold (their union is the geometry's `printed`). */
export interface PrintedBoxes {
  /** Parent organisation, congress, term (first sheet); the ballot's title (continuation sheets). */
  head: Rect;
  title?: Rect;
  ballotTitle?: Rect;
  seats?: Rect;
  note?: Rect;
  /** "Tờ k/n", when the list runs over several sheets. */
  sheetNo?: Rect;
  /** The column heads of a yes/no table: STT, Họ và tên, Đồng ý, Không đồng ý, per column. */
  columnHeads: readonly (readonly [Rect, Rect, Rect, Rect])[];
  /** The number printed before each row's name, in the order of `rows`. */
  numbers: readonly Rect[];
}

export interface PaperSheet {
  geometry: SheetGeometry;
  boxes: PrintedBoxes;
  /** The names of this sheet, in the order of its rows. */
  names: readonly string[];
}

export interface PaperLayout {
  form: PaperForm;
  /** Set when the papers per page asked for could not hold the list: one per page instead. */
  fellBack: boolean;
  /** The top-left corner of each paper on an A4 page (1, 2 or 4 of them; every one prints the same sheet). */
  slots: readonly { x: number; y: number }[];
  sheets: readonly PaperSheet[];
}

export interface PaperLayoutInput {
  /** The printed names in order (birth date beside identical names already added). */
  names: readonly string[];
  marking: MarkingStyle;
  perPage: PerPage;
  measure: Measure;
}

/** Rows of the list area of one sheet, from the top of the list. */
interface ListArea {
  top: number;
  bottom: number;
}

interface Metrics {
  v: Variant;
  left: number;
  right: number;
  rowH: number;
  headRowH: number;
  colGap: number;
}

function metrics(form: PaperForm, marking: MarkingStyle): Metrics {
  const v = VARIANTS[form.perPage];
  const rowH = form.size * ROW[marking];
  return { v, left: v.inset, right: v.sheet.w - v.inset, rowH, headRowH: marking === 'yes-no' ? rowH * 1.35 : 0, colGap: 5 * MM };
}

const GAP = 2 * MM;

/** The head of the first sheet and the list area under it; `boxes` gets the text boxes. */
function firstHead(m: Metrics, size: number, sheets: number): { area: ListArea; boxes: Omit<PrintedBoxes, 'columnHeads' | 'numbers'> } {
  const { v, left, right } = m;
  const w = right - left;
  const top = v.edge;
  const head = headBox(m);
  let y = top + v.stamp.h + GAP;
  const line = (lines: number, factor: number, lead = 1.22): Rect => {
    const r = { x: left, y, w, h: lines * size * factor * lead };
    y += r.h + size * 0.15;
    return r;
  };
  const title = line(1, 1.45);
  const ballotTitle = line(2, 1.08);
  const seats = line(1, 0.95);
  y += size * 0.2;
  const note = line(v.noteLines, 0.82, 1.2);
  return { area: { top: y + size * 0.45, bottom: listBottom(m) }, boxes: { head, title, ballotTitle, seats, note, ...sheetNo(m, sheets) } };
}

/** The box between the stamp and the code. */
function headBox(m: Metrics): Rect {
  const { v, left, right } = m;
  const x = left + v.stamp.w + 3 * MM;
  return { x, y: v.edge, w: right - v.code - 3 * MM - x, h: v.stamp.h };
}

function sheetNo(m: Metrics, sheets: number): { sheetNo?: Rect } {
  if (sheets <= 1) return {};
  const { v, left, right } = m;
  return { sheetNo: { x: left, y: v.sheet.h - v.edge - v.corner, w: right - left, h: v.corner } };
}

function listBottom(m: Metrics): number {
  return m.v.sheet.h - m.v.edge - m.v.corner - GAP;
}

/** A continuation sheet: stamp, the ballot's title beside it, the code; the list right under them. */
function laterHead(m: Metrics, sheets: number): { area: ListArea; boxes: Omit<PrintedBoxes, 'columnHeads' | 'numbers'> } {
  return { area: { top: m.v.edge + m.v.stamp.h + GAP * 2, bottom: listBottom(m) }, boxes: { head: headBox(m), ...sheetNo(m, sheets) } };
}

function rowsPerColumn(m: Metrics, area: ListArea): number {
  return Math.max(0, Math.floor((area.bottom - area.top - m.headRowH) / m.rowH));
}

/** The column's left edge and width: a single strike column is narrower and centred, as the papers have always been. */
function columnBox(m: Metrics, form: PaperForm, marking: MarkingStyle, col: number): { x: number; w: number } {
  const w = m.right - m.left;
  if (form.columns === 1 && marking === 'strike') return { x: m.left + w * 0.14, w: w * 0.72 };
  const cw = (w - (form.columns - 1) * m.colGap) / form.columns;
  return { x: m.left + col * (cw + m.colGap), w: cw };
}

/** Widths inside a column: the number, the name, and (yes/no) each box. */
function columnParts(form: PaperForm, marking: MarkingStyle, colW: number): { num: number; name: number; box: number } {
  // side by side, the yes/no boxes narrow (their heads wrap: "Không / đồng ý") so the names keep their room
  const num = form.size * (marking === 'strike' ? 2.3 : form.columns > 1 ? 2.1 : 2.5);
  const box = marking === 'strike' ? 0 : form.size * (form.columns > 1 ? 3.3 : 5.2);
  return { num, name: colW - num - 2 * box, box };
}

function sheetGeometry(
  m: Metrics,
  form: PaperForm,
  marking: MarkingStyle,
  sheet: number,
  sheets: number,
  first: number,
  count: number,
): Omit<PaperSheet, 'names'> {
  const { v } = m;
  const { w: W, h: H } = v.sheet;
  const c = v.corner;
  const e = v.edge;
  const { area, boxes } = sheet === 1 ? firstHead(m, form.size, sheets) : laterHead(m, sheets);
  const perColumn = Math.ceil(count / form.columns);
  const rows: NameRow[] = [];
  const numbers: Rect[] = [];
  const columnHeads: [Rect, Rect, Rect, Rect][] = [];
  const room = (area.bottom - area.top - m.headRowH) / Math.max(1, perColumn);
  const rowH = sheets === 1 ? Math.max(m.rowH, Math.min(m.rowH * SPREAD[marking], room)) : m.rowH;
  const markH = Math.min(rowH * 0.42, 2.6 * MM);
  const rowTop = area.top + m.headRowH;
  for (let col = 0; col < form.columns && col * perColumn < count; col++) {
    const cb = columnBox(m, form, marking, col);
    const parts = columnParts(form, marking, cb.w);
    if (marking === 'yes-no') {
      const hy = area.top;
      const h = m.headRowH;
      columnHeads.push([
        { x: cb.x, y: hy, w: parts.num, h },
        { x: cb.x + parts.num, y: hy, w: parts.name, h },
        { x: cb.x + parts.num + parts.name, y: hy, w: parts.box, h },
        { x: cb.x + parts.num + parts.name + parts.box, y: hy, w: parts.box, h },
      ]);
    }
    for (let r = 0; r < perColumn && col * perColumn + r < count; r++) {
      const y = rowTop + r * rowH;
      const mid = y + rowH / 2 - markH / 2;
      const row: NameRow = {
        number: first + col * perColumn + r,
        name: { x: cb.x + parts.num, y, w: parts.name, h: rowH },
        marks: [
          { x: e, y: mid, w: v.markW, h: markH },
          { x: W - e - v.markW, y: mid, w: v.markW, h: markH },
        ],
      };
      if (marking === 'yes-no') {
        row.yes = { x: cb.x + parts.num + parts.name, y, w: parts.box, h: rowH };
        row.no = { x: cb.x + parts.num + parts.name + parts.box, y, w: parts.box, h: rowH };
      }
      rows.push(row);
      numbers.push({ x: cb.x, y, w: parts.num, h: rowH });
    }
  }
  const printed = [
    boxes.head,
    boxes.title,
    boxes.ballotTitle,
    boxes.seats,
    boxes.note,
    boxes.sheetNo,
    ...columnHeads.flat(),
    ...numbers,
  ].filter((r): r is Rect => r !== undefined);
  const right = m.right;
  return {
    geometry: {
      size: { w: W, h: H },
      sheet,
      sheets,
      marking,
      corners: [
        { x: e, y: e, w: c, h: c },
        { x: W - e - c, y: e, w: c, h: c },
        { x: W - e - c, y: H - e - c, w: c, h: c },
        { x: e, y: H - e - c, w: c, h: c },
      ],
      code: { x: right - v.code, y: e, w: v.code, h: v.code },
      stamp: { x: m.left, y: e, w: v.stamp.w, h: v.stamp.h },
      rows,
      printed,
    },
    boxes: { ...boxes, columnHeads, numbers },
  };
}

/** How many names each sheet takes, the first sheet having the full head. */
function split(m: Metrics, form: PaperForm, count: number): number[] {
  const firstCap = rowsPerColumn(m, firstHead(m, form.size, 2).area) * form.columns;
  const laterCap = rowsPerColumn(m, laterHead(m, 2).area) * form.columns;
  if (count <= rowsPerColumn(m, firstHead(m, form.size, 1).area) * form.columns) return [count];
  const counts = [firstCap];
  let left = count - firstCap;
  while (left > 0) {
    counts.push(Math.min(laterCap, left));
    left -= laterCap;
  }
  return counts;
}

/** The text before a name and the name's widest printed form fit its box at this form. */
function namesFit(form: PaperForm, marking: MarkingStyle, names: readonly string[], measure: Measure): boolean {
  const m = metrics(form, marking);
  const { name } = columnParts(form, marking, columnBox(m, form, marking, 0).w);
  return names.every((n) => measure(n, form.size) <= name - form.size * 0.4);
}

function fitsOneSheet(form: PaperForm, marking: MarkingStyle, count: number): boolean {
  const m = metrics(form, marking);
  return count <= rowsPerColumn(m, firstHead(m, form.size, 1).area) * form.columns;
}

/**
 * The form of a ballot's papers: the largest names, then the fewest columns, that hold the whole list on
 * one paper of the size asked for; a list no paper of that size holds goes one per page, and one too long
 * for a single A4 sheet runs over several at 11 pt in as many columns as its names allow.
 */
export function choosePaperForm(input: PaperLayoutInput): { form: PaperForm; fellBack: boolean } {
  const { names, marking, measure } = input;
  const tryOn = (perPage: PerPage): PaperForm | null => {
    const v = VARIANTS[perPage];
    for (const size of v.sizes)
      for (const columns of v.columns) {
        const form = { perPage, columns, size };
        if (fitsOneSheet(form, marking, names.length) && namesFit(form, marking, names, measure)) return form;
      }
    return null;
  };
  const asked = tryOn(input.perPage);
  if (asked) return { form: asked, fellBack: false };
  const fellBack = input.perPage !== 1;
  const single = fellBack ? tryOn(1) : null;
  if (single) return { form: single, fellBack };
  const widest = [...VARIANTS[1].columns]
    .reverse()
    .find((columns) => namesFit({ perPage: 1, columns, size: LONG_LIST_SIZE }, marking, names, measure));
  return { form: { perPage: 1, columns: widest ?? 1, size: LONG_LIST_SIZE }, fellBack };
}

/** Where the papers of a form sit on an A4 page: one, two one above the other, or four. */
export function pageSlots(perPage: PerPage): { x: number; y: number }[] {
  const { w, h } = VARIANTS[perPage].sheet;
  if (perPage === 1) return [{ x: 0, y: 0 }];
  if (perPage === 2) return [0, 1].map((i) => ({ x: 0, y: i * h }));
  return [0, 1, 2, 3].map((i) => ({ x: (i % 2) * w, y: Math.floor(i / 2) * h }));
}

/** Every sheet of a form, from the names alone (what a reader does with the form read from a paper's code). */
export function sheetsOf(form: PaperForm, marking: MarkingStyle, names: readonly string[]): PaperSheet[] {
  const m = metrics(form, marking);
  const counts = split(m, form, names.length);
  let first = 1;
  return counts.map((count, k) => {
    const sheet = {
      ...sheetGeometry(m, form, marking, k + 1, counts.length, first, count),
      names: names.slice(first - 1, first - 1 + count),
    };
    first += count;
    return sheet;
  });
}

export function paperLayout(input: PaperLayoutInput): PaperLayout {
  const { form, fellBack } = choosePaperForm(input);
  return { form, fellBack, slots: pageSlots(form.perPage), sheets: sheetsOf(form, input.marking, input.names) };
}

/** The marking a list takes: strike names out when there are more than seats, else Đồng ý / Không đồng ý. */
export function markingFor(candidates: number, seats: number): MarkingStyle {
  return candidates > seats ? 'strike' : 'yes-no';
}
