/** Sheet points to scan pixels: an affine fitted on the four corner marks (docs/scanning.md, Registration). */
export interface Point {
  x: number;
  y: number;
}

/** x' = a·x + b·y + c, y' = d·x + e·y + f. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export function apply(t: Affine, p: Point): Point {
  return { x: t.a * p.x + t.b * p.y + t.c, y: t.d * p.x + t.e * p.y + t.f };
}

function solve3(m: number[][], v: number[]): number[] {
  const det = (q: number[][]) =>
    q[0]![0]! * (q[1]![1]! * q[2]![2]! - q[1]![2]! * q[2]![1]!) -
    q[0]![1]! * (q[1]![0]! * q[2]![2]! - q[1]![2]! * q[2]![0]!) +
    q[0]![2]! * (q[1]![0]! * q[2]![1]! - q[1]![1]! * q[2]![0]!);
  const d = det(m);
  return [0, 1, 2].map((k) => det(m.map((row, i) => row.map((x, j) => (j === k ? v[i]! : x)))) / d);
}

/** Least squares over the point pairs; the largest miss (pixels) says whether the marks agree. */
export function fitAffine(from: readonly Point[], to: readonly Point[]): { t: Affine; miss: number } {
  const m = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const vx = [0, 0, 0];
  const vy = [0, 0, 0];
  from.forEach((p, i) => {
    const r = [p.x, p.y, 1];
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) m[a]![b]! += r[a]! * r[b]!;
      vx[a]! += r[a]! * to[i]!.x;
      vy[a]! += r[a]! * to[i]!.y;
    }
  });
  const [a, b, c] = solve3(m, vx);
  const [d, e, f] = solve3(m, vy);
  const t = { a: a!, b: b!, c: c!, d: d!, e: e!, f: f! };
  const miss = Math.max(...from.map((p, i) => Math.hypot(apply(t, p).x - to[i]!.x, apply(t, p).y - to[i]!.y)));
  return { t, miss };
}

/** Pixels per point along the sheet's x and y. */
export function scaleOf(t: Affine): { sx: number; sy: number } {
  return { sx: Math.hypot(t.a, t.d), sy: Math.hypot(t.b, t.e) };
}
