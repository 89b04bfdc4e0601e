/**
 * Verified entry (docs/ballots.md): every paper is entered in two or three independent
 * passes and only what all passes agree on is counted; everything else goes back to the board.
 */
import type { PaperMarks } from './ballot';

export interface Discrepancy {
  paper: number;
  /** One entry per pass, in pass order; null where that pass lacks the paper. */
  entries: (PaperMarks | null)[];
}

export interface Reconciliation {
  /** Papers every pass agrees on, by paper number, struck numbers ascending without repeats. */
  agreed: PaperMarks[];
  /** By paper number. */
  discrepancies: Discrepancy[];
}

function struckSet(marks: PaperMarks): number[] {
  return [...new Set(marks.struck)].sort((a, b) => a - b);
}

function sameMarks(a: PaperMarks, b: PaperMarks): boolean {
  if (a.invalid !== b.invalid) return false;
  const x = struckSet(a);
  const y = struckSet(b);
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

/**
 * Agreement means: present in every pass, with the same set of struck numbers (order and repeats do not
 * matter) and the same invalid reason. A paper number entered twice within one pass is a discrepancy
 * (the pass's last entry is shown), since which entry the operator meant is not known.
 */
export function reconcilePasses(passes: ReadonlyArray<ReadonlyArray<PaperMarks>>): Reconciliation {
  const byPaper = new Map<number, (PaperMarks | null)[]>();
  const repeated = new Set<number>();
  passes.forEach((pass, p) => {
    for (const marks of pass) {
      let entries = byPaper.get(marks.paper);
      if (!entries) byPaper.set(marks.paper, (entries = new Array<PaperMarks | null>(passes.length).fill(null)));
      if (entries[p]) repeated.add(marks.paper);
      entries[p] = marks;
    }
  });
  const agreed: PaperMarks[] = [];
  const discrepancies: Discrepancy[] = [];
  for (const paper of [...byPaper.keys()].sort((a, b) => a - b)) {
    const entries = byPaper.get(paper)!;
    const first = entries[0];
    const agree = !repeated.has(paper) && first != null && entries.every((e) => e !== null && sameMarks(first, e));
    if (agree) agreed.push({ paper, struck: struckSet(first), invalid: first.invalid });
    else discrepancies.push({ paper, entries });
  }
  return { agreed, discrepancies };
}
