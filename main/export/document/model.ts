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
