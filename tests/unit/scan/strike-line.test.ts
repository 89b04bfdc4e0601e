/**
 * The line detector's reach through a word (main/scan/strike-line.ts): a voter's line through the first
 * word of a name is hidden by the blank's margin round the letters, and the reader follows it there. A
 * sloping thin pen leaves each printed stroke some rows from where it entered: followed, not lost. A
 * short line that ends at a word is not followed on through the letters where no pen crosses the gaps.
 */
import { bestLine, CLEAR } from '../../../main/scan/strike-line';
import type { Patch } from '../../../main/scan/sheet-view';

const W = 120;
const H = 48;
/** The printed strokes: the stems of a first word (x 10–53) and of a second one (x 66–93), full height. */
const STEMS = [10, 22, 34, 46, 66, 78, 86];
const STEM_W = 8;
const MARGIN = 4;

const PAPER = 240;

function sheet(pen: (x: number) => number | null, stems: readonly number[] = STEMS): { p: Patch; ink: Uint8Array } {
  const printed = new Uint8Array(W * H);
  const masked = new Uint8Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const k = y * W + x;
      printed[k] = stems.some((s) => x >= s && x < s + STEM_W) ? 1 : 0;
      masked[k] = stems.some((s) => x >= s - MARGIN && x < s + STEM_W + MARGIN) ? 1 : 0;
    }
  const grey = new Uint8Array(W * H).fill(PAPER);
  for (let k = 0; k < W * H; k++) if (printed[k]) grey[k] = 20;
  for (let x = 0; x < W; x++) {
    const y = pen(x);
    if (y !== null) grey[Math.round(y) * W + x] = 40; // a thin pen: one pixel wide
  }
  // as main/scan/measure-row.ts reads it: 1 new ink, 2 ink where the blank has ink or its margin
  const ink = new Uint8Array(W * H);
  for (let k = 0; k < W * H; k++) if (grey[k]! < 192) ink[k] = masked[k] ? 2 : 1;
  return { p: { w: W, h: H, grey, masked, printed, ring: new Uint8Array(W * H) }, ink };
}

describe('a line through the first word of a name', () => {
  it('is followed through every stroke of the word to where the pen starts', () => {
    // from x 6, inside the first word, down to x 115, past the name: 0.3 rows a column
    const { p, ink } = sheet((x) => (x >= 6 && x <= 115 ? 42 - 0.3 * (x - 5) : null));
    const line = bestLine(p, ink, PAPER * CLEAR)!;
    expect(line.end).toBeGreaterThanOrEqual(114);
    expect(line.start).toBeLessThanOrEqual(8);
  });

  it('stops where the pen stops: a line drawn only past the first word does not grow into it', () => {
    const { p, ink } = sheet((x) => (x >= 58 && x <= 115 ? 30 - 0.1 * (x - 58) : null));
    const line = bestLine(p, ink, PAPER * CLEAR)!;
    expect(line.start).toBeGreaterThanOrEqual(50);
    expect(line.end).toBeGreaterThanOrEqual(114);
  });
});

describe('a short line ending at a word', () => {
  // a word of close letters (gaps of 2 px, narrower than the reader's few skipped columns) from x 40 to 118
  const CLOSE = [40, 50, 60, 70, 80, 90, 100, 110];

  it('is not followed on through the letters where the paper between them stays clear', () => {
    // the pen from x 4 to 43, ending on the word's first letter: before, the path ran on to x 117
    const { p, ink } = sheet((x) => (x >= 4 && x <= 43 ? 24 : null), CLOSE);
    const line = bestLine(p, ink, PAPER * CLEAR)!;
    expect(line.start).toBeLessThanOrEqual(5);
    expect(line.end).toBeLessThan(52);
  });

  it('is followed through those letters when the pen crosses their gaps', () => {
    const { p, ink } = sheet((x) => (x >= 4 && x <= 117 ? 24 : null), CLOSE);
    const line = bestLine(p, ink, PAPER * CLEAR)!;
    expect(line.end).toBeGreaterThanOrEqual(116);
  });
});
