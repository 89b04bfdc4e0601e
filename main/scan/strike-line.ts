/**
 * The line detector (docs/scanning.md, Recognition): the best left-to-right path through new ink
 * in a name's patch, one pixel up or down per column at most (a skewed or wavy stroke). Printed
 * letters are passable but earn nothing, white costs: so only a stroke bridging the gaps between
 * letters and words makes a long line, never the name's own text.
 */
import type { Patch } from './sheet-view';

export interface Line {
  start: number;
  end: number;
  /** The row of the path at each column from start to end. */
  ys: Int16Array;
}

const GAIN = 1;
const WHITE = -1.5;
/**
 * White close to printed letters costs less: there the blank's margin round each letter hides the pen's
 * edge, and a thin stroke blurred over a letter's inside can show lighter than ink.
 */
const WHITE_BY_LETTERS = -0.4;

/**
 * `clear`: the grey above which the scan is clear paper (a share of the paper's level, CLEAR): where
 * the path through a word runs over clear paper, the pen is not there (see `follow`).
 */
export function bestLine(p: Patch, ink: Uint8Array, clear: number): Line | null {
  if (!ink.includes(1)) return null; // nothing earns: no path is worth anything (most names of a long list)
  const { w, h } = p;
  let prev = new Float32Array(h);
  let cur = new Float32Array(h);
  const from = new Int8Array(w * h);
  let best = 0;
  let bestX = -1;
  let bestY = -1;
  for (let x = 0; x < w; x++) {
    for (let y = 0; y < h; y++) {
      const k = y * w + x;
      const v = ink[k] === 1 ? GAIN : ink[k]! >= 2 ? 0 : p.masked[k] ? WHITE_BY_LETTERS : WHITE;
      let m = 0;
      let dir = 2;
      if (x > 0)
        for (let d = -1; d <= 1; d++) {
          const yy = y + d;
          if (yy >= 0 && yy < h && prev[yy]! > m) {
            m = prev[yy]!;
            dir = d;
          }
        }
      cur[y] = m + v;
      from[k] = dir;
      if (cur[y]! > best) {
        best = cur[y]!;
        bestX = x;
        bestY = y;
      }
    }
    [prev, cur] = [cur, prev];
  }
  if (bestX < 0) return null;
  const back: number[] = [];
  let x = bestX;
  let y = bestY;
  for (;;) {
    back.push(y);
    const dir = from[y * w + x]!;
    if (dir === 2 || x === 0) break;
    y += dir;
    x--;
  }
  const ys = back.reverse();
  // A stroke's ends may lie on printed letters (passable, earning nothing): follow them there too.
  const before = follow(p, ink, x, ys[0]!, -1, clear);
  const after = follow(p, ink, bestX, ys.at(-1)!, 1, clear);
  return { start: x - before.length, end: bestX + after.length, ys: Int16Array.from([...before.reverse(), ...ys, ...after]) };
}

/** A scan pixel lighter than this share of the paper's level is clear paper: no pen, however thin, leaves it so. */
export const CLEAR = 0.85;

/**
 * Rows of the passable ink continuing a path from column x in direction dx: through a word, where the
 * blank's margin round the letters hides the pen. A dark pixel off the letters themselves (the pen over a
 * gap or a letter's inside) is taken before a printed one, and the path keeps its row over a few columns
 * with no dark pixel while still among the letters (a light spot of a thin pen); the path ends on ink.
 * Across a printed stroke the pen cannot be seen, and it may leave the stroke some rows from where it
 * entered (a sloping or wavy line crossing a stem): where nothing passable lies beside the path, the pen's
 * own dark pixels are looked for further off, a row for every two columns walked without one (a voter's
 * line rises or falls less than that), up to about a point and a half.
 * The letters themselves are passable: a short line ending at a word would be followed on through the
 * rest of the name's letters and read as a strike. So the path ends where, for about a point, it runs
 * between the letters over clear paper, with no letter on it and nothing dark for some 2.5 points above
 * and below (a wavy pen strays less): there the pen would show, and it does not (`clearBetweenLetters`).
 */
function follow(p: Patch, ink: Uint8Array, x: number, y: number, dx: 1 | -1, clear: number): number[] {
  const out: number[] = [];
  // about a point and a half: the row is some 20 pt high
  const gap = Math.max(2, Math.round(p.h / 14));
  let skipped = 0;
  let unseen = 0;
  const passable = (yy: number, cx: number) => yy >= 0 && yy < p.h && ink[yy * p.w + cx]! >= 2;
  const own = (yy: number, cx: number) => passable(yy, cx) && !p.printed[yy * p.w + cx];
  for (let cx = x + dx; cx >= 0 && cx < p.w; cx += dx) {
    const rows = [y, y - 1, y + 1].filter((yy) => passable(yy, cx));
    let next = rows.find((yy) => own(yy, cx)) ?? rows[0];
    const reach = Math.min(gap, 1 + Math.floor(unseen / 2));
    for (let d = 2; next === undefined && d <= reach; d++) next = [y - d, y + d].find((yy) => own(yy, cx));
    if (next === undefined) {
      if (!p.masked[y * p.w + cx] || ++skipped > gap) break;
      unseen++;
      out.push(y);
      continue;
    }
    unseen = own(next, cx) ? 0 : unseen + 1;
    skipped = 0;
    out.push(next);
    y = next;
  }
  const followed = skipped ? out.slice(0, out.length - skipped) : out;
  return followed.slice(0, clearBetweenLetters(p, followed, x, dx, clear));
}

/**
 * How many of the followed columns come before the first run of about a point (a 25th of the row's
 * height) where the path crosses clear paper: no printed ink on its row or the next, and every pixel off
 * the letters within about 2.5 points (a tenth of the row) lighter than `clear`. Measured on the app's own
 * papers (tests/bench/scan-accuracy.ts, docs/scanning.md): every short line once followed on through the
 * rest of the name is cut; a few real strikes whose path lost the pen inside a word are cut too, and go to
 * the board as short: a cut can only make a name doubtful, never struck.
 */
function clearBetweenLetters(p: Patch, ys: readonly number[], x: number, dx: 1 | -1, clear: number): number {
  const run = Math.max(1, Math.round(p.h / 25));
  const reach = Math.max(1, Math.round(p.h / 10));
  let clearRun = 0;
  for (let i = 0; i < ys.length; i++) {
    clearRun = clearPaper(p, x + dx * (i + 1), ys[i]!, reach, clear) ? clearRun + 1 : 0;
    if (clearRun >= run) return i - run + 1;
  }
  return ys.length;
}

function clearPaper(p: Patch, cx: number, y: number, reach: number, clear: number): boolean {
  let seen = 0;
  for (let d = -reach; d <= reach; d++) {
    const yy = y + d;
    if (yy < 0 || yy >= p.h) continue;
    const k = yy * p.w + cx;
    if (p.printed[k]) {
      if (d >= -1 && d <= 1) return false; // on a letter: the pen may lie under it
      continue;
    }
    if (p.grey[k]! <= clear) return false;
    seen++;
  }
  return seen > 0;
}
