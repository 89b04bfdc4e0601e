import { keepTogether } from '../../../shared/domain/document-format';

/**
 * One document model for the administrative papers (minutes, logs, reports, lists), rendered to
 * .docx (render-docx.ts) and PDF (render-pdf.ts) from the same blocks, so the two never say different
 * things. The wording comes from templates (templates.ts); the numbers from the tally.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Inline = string | Run;

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Column {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  width: number;
  align?: Align;
  /** The cells never wrap ("STT", "Chính thức", a time): the column is made as wide as its widest cell. */
  nowrap?: boolean;
}

export interface Signature {
  /** "TM. ĐOÀN CHỦ TỊCH", "TRƯỞNG BAN KIỂM PHIẾU": bold upright caps (docs/documents.md, Signatures). */
  caption: string;
  /** A second title line under the caption, e.g. "TRƯỞNG BAN" under "TM. BAN …": bold upright too. */
  role?: string;
  /** The italic caption under the titles, when a template words it its own way; SIGN_NOTE otherwise. */
  note?: string;
  name: string;
}

/** Printed in italics under every signer's titles by the shared signature block (docs/documents.md, Signatures). */
export const SIGN_NOTE = '(Ký, ghi rõ họ tên)';

/** Printed under the issuing body for the clerk to fill in (docs/documents.md, Number of the document). */
export const NUMBER_LINE = 'Số: ........';

/**
 * The signature block never stands alone on a page: the last rows of a table or the last paragraph before
 * it go over with it (docs/documents.md, Signature block with the text).
 */
export const KEEP_ROWS_WITH_SIGNATURES = 2;

/** The title lines of a signer, all bold upright. */
export function signerTitles(s: Signature): string[] {
  return s.role ? [s.caption, s.role] : [s.caption];
}

export type Block =
  /** Organisation top-left, national motto top-right, place and date line under it. */
  | { kind: 'letterhead'; parent: string; organisation: string; placeDate: string }
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: Inline[]; align?: Align; indent?: boolean }
  | { kind: 'table'; columns: Column[]; rows: string[][]; boldRows?: number[]; small?: boolean }
  | { kind: 'signatures'; signatures: Signature[] };

export interface DocumentMeta {
  title: string;
  subject: string;
  /** ISO timestamp the document was made. */
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  congressName: string;
}

export interface AdminDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

export function runText(inline: Inline): Run {
  return typeof inline === 'string' ? { text: inline } : inline;
}

/**
 * Every text of a document through `keepTogether` (docs/documents.md, Line breaks): both renderers start
 * here. `mark` writes the no-break joiner the renderer's own way.
 */
export function typeset(doc: AdminDocument, mark: (text: string) => string = (text) => text): AdminDocument {
  const k = (text: string) => mark(keepTogether(text));
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'letterhead':
        return { ...b, parent: k(b.parent), organisation: k(b.organisation), placeDate: k(b.placeDate) };
      case 'title':
        return { ...b, lines: b.lines.map(k) };
      case 'heading':
        return { ...b, text: k(b.text) };
      case 'paragraph':
        return { ...b, runs: b.runs.map((r) => (typeof r === 'string' ? k(r) : { ...r, text: k(r.text) })) };
      case 'table':
        return { ...b, columns: b.columns.map((c) => ({ ...c, header: k(c.header) })), rows: b.rows.map((row) => row.map(k)) };
      case 'signatures':
        return { ...b, signatures: b.signatures.map((s) => ({ ...s, caption: k(s.caption), role: s.role && k(s.role), name: k(s.name) })) };
    }
  };
  return { ...doc, blocks: doc.blocks.map(block) };
}

/** Width in points of a text in the body face at `size`, bold or not (the renderer's own font metrics). */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** The pieces of a cell no line break may fall inside: the whole cell when the column does not wrap. */
function unbreakable(text: string, nowrap: boolean): string[] {
  return nowrap ? [text] : text.split(/[ \n]+/);
}

/**
 * Column widths in points: the shares asked for, but no column narrower than its widest unbreakable piece
 * (a word, a number with its unit, a whole cell when `nowrap`) plus `pad`; the points it needs are taken from
 * the columns that have some to spare, in proportion. So "STT" never prints as "ST/T", nor "118 (97,52 %)" as
 * "118 (97,52 %" over ")" (docs/documents.md, Line breaks).
 */
export function fitColumns(table: Extract<Block, { kind: 'table' }>, total: number, size: number, pad: number, measure: Measure): number[] {
  const bold = new Set(table.boldRows ?? []);
  // a long list repeats its words ("Chính thức", "Có mặt"): each is measured once
  const known = new Map<string, number>();
  const width = (text: string, isBold: boolean): number => {
    const key = `${isBold ? 1 : 0}${text}`;
    let w = known.get(key);
    if (w === undefined) known.set(key, (w = measure(text, size, isBold)));
    return w;
  };
  const need = table.columns.map((c, i) => {
    let widest = Math.max(...unbreakable(c.header, false).map((w) => width(w, true)));
    for (const [r, row] of table.rows.entries())
      for (const piece of unbreakable(row[i] ?? '', c.nowrap === true)) widest = Math.max(widest, width(piece, bold.has(r)));
    return Math.ceil(widest) + 2 * pad + 1;
  });
  const widths = table.columns.map((c) => c.width * total);
  const short = widths.reduce((sum, w, i) => sum + Math.max(0, need[i]! - w), 0);
  if (short === 0) return widths;
  const spare = widths.map((w, i) => Math.max(0, w - need[i]!));
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  // not enough room anywhere: keep the shares asked for, the words are cut as before
  if (spareTotal < short) return widths;
  return widths.map((w, i) => (need[i]! > w ? need[i]! : w - (spare[i]! * short) / spareTotal));
}

/** A4 in points and the margins of Nghị định 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm). */
export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** Body text 14 pt, tables 13 pt (12 pt for wide tables); page numbers 13 pt (docs/documents.md, Page numbers). */
export const SIZES = { body: 14, table: 13, small: 12, title: 15, pageNumber: 13, number: 13 };

/** "Congress Desk 0.1.0 · lược đồ 2": what document properties say made the file. */
export function producer(meta: DocumentMeta): string {
  return `Congress Desk ${meta.appVersion} · lược đồ tệp đại hội ${meta.schemaVersion}`;
}
