/**
 * Where everything is on one printed sheet of a ballot paper: the one description that printing
 * (main/export, which draws from it) and reading a scan (main/scan, which looks where it says) share,
 * so the two can never disagree. Units are PDF points (1/72 inch), origin at the sheet's top-left
 * corner, y downwards — as PDFKit draws. A "sheet" is one piece of paper the voter holds: with two or
 * four papers per A4 page, each cut-out paper is its own sheet with its own marks and code.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How the voter marks a name: strike it through (list with surplus) or tick Đồng ý / Không đồng ý. */
export type MarkingStyle = 'strike' | 'yes-no';

export interface NameRow {
  /** The number printed before the name: its place in the printed order, from 1. */
  number: number;
  /**
   * Where a strike through the name is looked for: the box the name is printed in, from after its number
   * to the end of its column, the row's full height (the printed text starts at its left, a little inside).
   */
  name: Rect;
  /**
   * Solid marks on the left and right margins of this row: each row is located from its own marks. Rows
   * side by side in two or three columns are at the same height and share the same two marks.
   */
  marks: readonly [Rect, Rect];
  /** The two cells of a yes/no table (the whole cell, inside its ruled lines); absent on a strike list. */
  yes?: Rect;
  no?: Rect;
}

export interface SheetGeometry {
  /** The sheet's own size (an A4 page, or its half or quarter when papers share a page). */
  size: { w: number; h: number };
  /** 1-based; `sheets` > 1 when a long list runs over several sheets. */
  sheet: number;
  sheets: number;
  marking: MarkingStyle;
  /** Solid square marks near the four corners, in the order top-left, top-right, bottom-right, bottom-left. */
  corners: readonly [Rect, Rect, Rect, Rect];
  /** The QR code (shared/domain/paper-code.ts holds what it says). */
  code: Rect;
  /** The stamp box: the organising board's red stamp goes here. */
  stamp: Rect;
  /** The name rows printed on this sheet, top to bottom, column after column. */
  rows: readonly NameRow[];
  /**
   * Everything printed that is not a name row, a mark, the code or the stamp (heading, title,
   * instructions, sheet number): ink found there on a scan is compared with the blank paper.
   */
  printed: readonly Rect[];
}
