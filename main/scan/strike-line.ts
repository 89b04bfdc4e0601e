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

export function bestLine(p: Patch, ink: Uint8Array): Line | null {
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
  const before = follow(p, ink, x, ys[0]!, -1);
  const after = follow(p, ink, bestX, ys.at(-1)!, 1);
  return { start: x - before.length, end: bestX + after.length, ys: Int16Array.from([...before.reverse(), ...ys, ...after]) };
}

/**
 * Rows of the passable ink continuing a path from column x in direction dx: through a word, where the
 * blank's margin round the letters hides the pen. A dark pixel off the letters themselves (the pen over a
 * gap or a letter's inside) is taken before a printed one, and the path keeps its row over a few columns
 * with no dark pixel while still among the letters (a light spot of a thin pen); the path ends on ink.
 * Across a printed stroke the pen cannot be seen, and it may leave the stroke some rows from where it
 * entered (a sloping or wavy line crossing a stem): where nothing passable lies beside the path, the pen's
 * own dark pixels are looked for further off, a row for every two columns walked without one (a voter's
 * line rises or falls less than that), up to about a point and a half.
 */
function follow(p: Patch, ink: Uint8Array, x: number, y: number, dx: 1 | -1): number[] {
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
  return skipped ? out.slice(0, out.length - skipped) : out;
}
