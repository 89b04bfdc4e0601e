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
  /** "TM. ĐOÀN CHỦ TỊCH", "TRƯỞNG BAN KIỂM PHIẾU" (bold caps). */
  caption: string;
  /** Under the caption, e.g. "(Ký, ghi rõ họ tên)". */
  note?: string;
  name: string;
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
/** Body text 14 pt, tables 13 pt (12 pt for wide tables). */
export const SIZES = { body: 14, table: 13, small: 12, title: 15 };

/** "Congress Desk 0.1.0 · lược đồ 2": what document properties say made the file. */
export function producer(meta: DocumentMeta): string {
  return `Congress Desk ${meta.appVersion} · lược đồ tệp đại hội ${meta.schemaVersion}`;
}
