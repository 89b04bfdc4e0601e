/**
 * The stack of scanned papers the scanning e2e feeds its watched folder (tests/e2e/scan-count.test.ts):
 * what each voter did, what the board decides on the papers the machine doubts, and the count worked
 * out from that alone, never from the app. The scans are the app's own printed papers with the marks
 * drawn (tests/integration/scan/scan-setup.ts).
 */
import sharp from 'sharp';
import { draw } from '../helpers/scan/ink';
import { seeded } from '../helpers/scan/random';
import { signature } from '../helpers/scan/voter-marks';
import type { TempEngine } from '../helpers/temp-engine';
import { type Marks, type Printed, SCAN_DPI, scanJpeg, struckBy } from '../integration/scan/scan-setup';

/** What the board says on a doubt the machine sent it: a row struck or kept, or the whole paper invalid. */
export type BoardSays = { row: number; mark: 'struck' | 'kept' } | { invalid: 'identifying_mark' };

export interface StackPaper {
  /** By row (0-based), as the voter marked it. */
  marks: Marks;
  /** Signed under the list: a page-level doubt (writing). */
  signed?: boolean;
  /** What the machine doubts on it, and the board's answer; none when the machine reads it alone. */
  board?: BoardSays;
}

const strikes = (...numbers: number[]): Marks => Object.fromEntries(numbers.map((n) => [n - 1, 'strike'])) as Marks;

/** 12 names, 9 seats: a valid paper strikes at least 3. Paper numbers are the scan order. */
export const STACK: StackPaper[] = [
  { marks: strikes(10, 11, 12) },
  { marks: strikes(10, 11, 12) },
  { marks: strikes(9, 11, 12) },
  // a short line through name 11: the board reads it struck
  { marks: { ...strikes(10, 12), 10: 'short' }, board: { row: 11, mark: 'struck' } },
  { marks: strikes(8, 11, 12) },
  // signed under the list: the board finds an identifying mark
  { marks: strikes(10, 11, 12), signed: true, board: { invalid: 'identifying_mark' } },
  { marks: strikes(7, 10, 12) },
  // name 1 circled, not struck: the board keeps it
  { marks: { ...strikes(9, 10, 11), 0: 'circle' }, board: { row: 1, mark: 'kept' } },
  { marks: strikes(1, 11, 12) },
  { marks: strikes(10, 11, 12) },
  { marks: strikes(5, 10, 12) },
  { marks: strikes(2, 3, 11, 12) },
];

/** The struck numbers of a paper once the board has spoken, or null for a paper found invalid. */
export function countedStruck(p: StackPaper): number[] | null {
  const b = p.board;
  if (b && 'invalid' in b) return null;
  const struck = struckBy(p.marks).filter((n) => n !== b?.row);
  return b?.mark === 'struck' ? [...struck, b.row].sort((x, y) => x - y) : struck;
}

/** Votes per printed number (1-based) over the valid papers: a name not struck is a vote. */
export function expectedVotes(papers: readonly StackPaper[], names: number, seats: number): number[] {
  const valid = papers.map(countedStruck).filter((s): s is number[] => s !== null && names - s.length <= seats && s.length < names);
  return Array.from({ length: names }, (_, i) => valid.filter((s) => !s.includes(i + 1)).length);
}

/** Votes as a share of `base`, half-up to hundredths, as the hall reads it: «83,33%». */
export function percentText(votes: number, base: number): string {
  const hundredths = Math.floor((votes * 10_000 * 2 + base) / (2 * base));
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}%`;
}

/** The scanner's JPEG of one paper of the stack. */
export async function scanOf(t: TempEngine, printed: Printed, p: StackPaper, seed: number): Promise<Uint8Array> {
  const jpeg = await scanJpeg(t, printed, p.marks, seed);
  if (!p.signed) return jpeg;
  // The signature over the scan (scan-setup draws marks only on the names): the same pen model and placement.
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rgb = new Uint8Array(data);
  const sheet = printed.drawn.geometry.size;
  const s = SCAN_DPI / 72;
  draw(
    rgb,
    info.width,
    info.height,
    { s, angle: 0, cx: (sheet.w * s) / 2, cy: (sheet.h * s) / 2, sheet },
    signature(seeded(seed), printed.drawn),
  );
  const out = sharp(rgb, { raw: { width: info.width, height: info.height, channels: 3 } }).withMetadata({ density: SCAN_DPI });
  return new Uint8Array(await out.jpeg({ quality: 85 }).toBuffer());
}
