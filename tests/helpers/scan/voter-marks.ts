/** What a voter's pen leaves on a sheet (sheet points), and what the reader should make of it. */
import { polyline, type Ink, type RGB } from './ink';
import { between, pick, type Random } from './random';
import type { RowReading } from '../../../shared/domain/scan-page';
import type { PrintedSheet } from './test-sheet';

/** `snug-circle`: drawn close round the name (2.5 pt above and below the letters), as some voters do. */
export type MarkKind = 'none' | 'strike' | 'double' | 'wavy' | 'short' | 'faint' | 'circle' | 'snug-circle' | 'tick';

/** The truth a reader must match, or send to the board. */
export const TRUTH: Record<MarkKind, 'struck' | 'kept' | 'doubtful'> = {
  none: 'kept',
  strike: 'struck',
  double: 'struck',
  wavy: 'struck',
  short: 'doubtful',
  faint: 'doubtful',
  circle: 'doubtful',
  'snug-circle': 'doubtful',
  tick: 'doubtful',
};

const PENS: readonly RGB[] = [
  [25, 25, 30],
  [30, 50, 170],
  [40, 60, 120],
  [190, 30, 35],
];

function strikeLine(r: Random, n: PrintedSheet['names'][number], wave: number, y: number): { x: number; y: number }[] {
  const x0 = n.x0 - between(r, -0.04, 0.1) * (n.x1 - n.x0);
  const x1 = n.x1 + between(r, -0.04, 0.12) * (n.x1 - n.x0);
  const slope = between(r, -0.02, 0.02);
  const phase = r() * 6;
  return Array.from({ length: 24 }, (_, i) => {
    const x = x0 + ((x1 - x0) * i) / 23;
    return { x, y: y + slope * (x - x0) + wave * Math.sin(phase + i * 0.9) + between(r, -0.3, 0.3) };
  });
}

export function voterMark(r: Random, sheet: PrintedSheet, row: number, kind: MarkKind): Ink[] {
  const n = sheet.names[row]!;
  const pen = pick(r, PENS);
  const width = between(r, 0.6, 1.8);
  const mid = (n.top + n.base) / 2 + between(r, -1.5, 1.5);
  const len = n.x1 - n.x0;
  switch (kind) {
    case 'none':
      return [];
    case 'strike':
      return polyline(strikeLine(r, n, 0.3, mid), width, pen);
    case 'wavy':
      return polyline(strikeLine(r, n, 1.4, mid), width, pen);
    case 'double':
      return [...polyline(strikeLine(r, n, 0.3, mid - 2), width, pen), ...polyline(strikeLine(r, n, 0.3, mid + 2), width, pen)];
    case 'short': {
      const a = n.x0 + len * between(r, 0.1, 0.4);
      return polyline(
        [
          { x: a, y: mid },
          { x: a + len * between(r, 0.15, 0.4), y: mid + 0.5 },
        ],
        width,
        pen,
      );
    }
    case 'faint':
      return polyline(strikeLine(r, n, 0.3, mid), 0.7, [178, 178, 182]);
    case 'circle':
    case 'snug-circle': {
      const snug = kind === 'snug-circle';
      const cx = (n.x0 + n.x1) / 2;
      const rx = len / 2 + (snug ? 5 : 8);
      const ry = (n.base - n.top) / 2 + (snug ? 2.5 : 5);
      return polyline(
        Array.from({ length: 41 }, (_, i) => ({
          x: cx + rx * Math.cos((i / 40) * 2 * Math.PI),
          y: mid + ry * Math.sin((i / 40) * 2 * Math.PI),
        })),
        width,
        pen,
      );
    }
    case 'tick': {
      const x = n.x1 + 10;
      return polyline(
        [
          { x, y: mid },
          { x: x + 4, y: mid + 5 },
          { x: x + 12, y: mid - 7 },
        ],
        width,
        pen,
      );
    }
  }
}

/** The board's red stamp in its box: a ring and a few letters. */
export function stamp(r: Random, sheet: PrintedSheet): Ink[] {
  const s = sheet.geometry.stamp;
  const cx = s.x + s.w / 2 + between(r, -6, 6);
  const cy = s.y + s.h / 2 + between(r, -4, 4);
  const red: RGB = [200, 40, 50];
  const ring = (rad: number) =>
    polyline(
      Array.from({ length: 49 }, (_, i) => ({
        x: cx + rad * Math.cos((i / 48) * 2 * Math.PI),
        y: cy + rad * Math.sin((i / 48) * 2 * Math.PI),
      })),
      1.6,
      red,
    );
  return [...ring(30), ...ring(22), { kind: 'rect', x: cx - 14, y: cy - 3, w: 28, h: 6, colour: red }];
}

/** A scribbled signature in the empty space under the list. */
export function signature(r: Random, sheet: PrintedSheet): Ink[] {
  const last = sheet.geometry.rows.at(-1)!.name;
  const x = 300 + between(r, -40, 40);
  const y = last.y + last.h + 40;
  return polyline(
    Array.from({ length: 30 }, (_, i) => ({ x: x + i * 3 + between(r, -2, 2), y: y + 10 * Math.sin(i * 1.3) + between(r, -2, 2) })),
    1,
    [30, 50, 170],
  );
}

/**
 * A doubtful mark on every fourth row from `first`, and an ordinary strike two rows below each (far
 * enough apart that no two marks meet): with `first` 0–3 every row of a sheet gets the mark once.
 */
export function spreadMarks(rows: number, first: number, kind: MarkKind): Partial<Record<number, MarkKind>> {
  const marks: Partial<Record<number, MarkKind>> = {};
  for (let row = first; row < rows; row += 4) {
    marks[row] = kind;
    if (row + 2 < rows) marks[row + 2] = 'strike';
  }
  return marks;
}

/**
 * Rows read wrong without doubt ("nothing wrong that was not shown to a person", docs/scanning.md):
 * a doubtful mark read as anything but doubtful, or a mark read as what it is not.
 */
/** Of the rows marked with an ordinary strike, how many were read struck. */
export function strikesRead(rows: readonly RowReading[], marks: Partial<Record<number, MarkKind>>): { strikes: number; struck: number } {
  const striking = rows.filter((_, i) => marks[i] === 'strike');
  return { strikes: striking.length, struck: striking.filter((row) => row.decision === 'struck').length };
}

export function misreadRows(rows: readonly RowReading[], marks: Partial<Record<number, MarkKind>>): string[] {
  return rows.flatMap((row, i) => {
    const kind = marks[i] ?? 'none';
    const truth = TRUTH[kind];
    const ok = truth === 'doubtful' ? row.decision === 'doubtful' : row.decision === truth || row.decision === 'doubtful';
    return ok ? [] : [`row ${row.number}: ${kind} read ${row.decision}`];
  });
}
