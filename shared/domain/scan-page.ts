/**
 * What reading one scanned page says (docs/scanning.md): a discriminated union, as vxsuite's
 * PageInterpretation, so every caller handles a page that could not be read as surely as one that was.
 * Pixels never cross this file: it holds only what the engine and the board need.
 */
import type { MarkDecision, PageDoubt, RowReason } from './mark-decision';

/** One page as 8-bit grey pixels, row after row (0 black, 255 white); `red` is the redness of a colour scan. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
  /** Dots per inch the file says, when it says it. */
  dpi?: number;
  /** max(0, R − (G + B) / 2) per pixel, only for a colour scan: finds the red stamp. */
  red?: Uint8Array;
}

export type Orientation = 0 | 180;

/** A part of a kept page image, as fractions of its width and height (the image is kept upright). */
export interface ImageBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RowReading {
  /** The number printed before the name. */
  number: number;
  decision: MarkDecision;
  reasons: readonly RowReason[];
  /** Where the row lies on the kept image of its sheet: the board is shown that part. */
  box?: ImageBox;
}

export type PageInterpretation =
  | {
      kind: 'read';
      /** The QR code's text, as read (shared/domain/paper-code.ts parses it). */
      code: string;
      orientation: Orientation;
      rows: readonly RowReading[];
      doubts: readonly PageDoubt[];
      /** True when any row is doubtful or the page has a doubt: the board looks at this paper. */
      review: boolean;
      /** The page's resolution as its corner marks measure it (dots per inch, whole); absent in a reading made before. */
      dpi?: number;
    }
  /** No corner marks and almost no ink: the back of a sheet, a separator, an empty feed. */
  | { kind: 'blank' }
  /** Marks found, but the code is not one of the sheets expected here. */
  | { kind: 'wrong-ballot'; code: string }
  | { kind: 'unreadable'; reason: 'no-corners' | 'no-code' | 'bad-fit' }
  /** Printed or scanned at the wrong size ("fit to page"): `scale` is the size found, 1 being right. */
  | { kind: 'wrong-scale'; scale: number }
  /** A whole page of papers printed `papers` to a page (2 or 4), scanned before they were cut apart. */
  | { kind: 'uncut'; papers: number };

/**
 * The resolution from which a kept name gets its second look (main/scan/interpret.ts `secondLook`,
 * main/scan/sheet-view.ts `SHARP_SCALE` × 72): below it a short line inside one word can be read kept
 * with no doubt, and more papers go to the board (docs/scanning.md: scan at 200 dpi).
 */
export const SECOND_LOOK_DPI = 180;

/** The pages of a stack read into its pass (recorded or waiting for the board) below SECOND_LOOK_DPI, and the lowest dpi. */
export interface LowResolution {
  pages: number;
  dpi: number;
}

/** What `pages` (a scan report's outcomes) say of a stack scanned too coarse for the second look; null when nothing. */
export function lowResolutionOf(pages: readonly { status: string; dpi?: number }[]): LowResolution | null {
  const low = pages.filter((p) => (p.status === 'accepted' || p.status === 'pending') && p.dpi !== undefined && p.dpi < SECOND_LOOK_DPI);
  return low.length === 0 ? null : { pages: low.length, dpi: Math.min(...low.map((p) => p.dpi!)) };
}

/** Two counts of low-resolution pages as one: the pages added, the lowest dpi kept. */
export function addLowResolution(a: LowResolution | null, b: LowResolution | null): LowResolution | null {
  if (!a || !b) return a ?? b;
  return { pages: a.pages + b.pages, dpi: Math.min(a.dpi, b.dpi) };
}
