import type { PaperMarks } from '../../../shared/domain/ballot';
import { reconcilePasses } from '../../../shared/domain/reconcile';

const paper = (n: number, struck: number[], invalid: PaperMarks['invalid'] = null): PaperMarks => ({ paper: n, struck, invalid });

describe('reconcilePasses', () => {
  it('agrees when every pass has the same struck set and reason, in any typing order', () => {
    const r = reconcilePasses([
      [paper(2, [3, 1]), paper(1, [2]), paper(3, [], 'written_in')],
      [paper(1, [2]), paper(2, [1, 3, 3]), paper(3, [], 'written_in')],
    ]);
    expect(r.discrepancies).toEqual([]);
    expect(r.agreed).toEqual([paper(1, [2]), paper(2, [1, 3]), paper(3, [], 'written_in')]);
  });

  it('a different struck set is a discrepancy', () => {
    const a = paper(1, [1, 2]);
    const b = paper(1, [1, 3]);
    const r = reconcilePasses([
      [a, paper(2, [4])],
      [b, paper(2, [4])],
    ]);
    expect(r.agreed).toEqual([paper(2, [4])]);
    expect(r.discrepancies).toEqual([{ paper: 1, entries: [a, b] }]);
  });

  it('a different invalid reason (or one pass without one) is a discrepancy', () => {
    const r = reconcilePasses([
      [paper(1, [], 'written_in'), paper(2, [5], 'undeterminable')],
      [paper(1, [], 'identifying_mark'), paper(2, [5])],
    ]);
    expect(r.agreed).toEqual([]);
    expect(r.discrepancies.map((d) => d.paper)).toEqual([1, 2]);
  });

  it('a paper missing from a pass is a discrepancy, with null for that pass', () => {
    const only = paper(7, [1]);
    const r = reconcilePasses([[paper(3, [2]), only], [paper(3, [2])], [paper(3, [2]), paper(8, [])]]);
    expect(r.agreed).toEqual([paper(3, [2])]);
    expect(r.discrepancies).toEqual([
      { paper: 7, entries: [only, null, null] },
      { paper: 8, entries: [null, null, paper(8, [])] },
    ]);
  });

  it('three passes: agreement needs all three', () => {
    const r = reconcilePasses([
      [paper(1, [1]), paper(2, [2]), paper(3, [3])],
      [paper(1, [1]), paper(2, [2]), paper(3, [3])],
      [paper(1, [1]), paper(2, [2, 4]), paper(3, [3])],
    ]);
    expect(r.agreed.map((p) => p.paper)).toEqual([1, 3]);
    expect(r.discrepancies).toEqual([{ paper: 2, entries: [paper(2, [2]), paper(2, [2]), paper(2, [2, 4])] }]);
  });

  it('a paper entered twice in one pass is a discrepancy', () => {
    const r = reconcilePasses([[paper(1, [1]), paper(1, [2])], [paper(1, [2])]]);
    expect(r.agreed).toEqual([]);
    expect(r.discrepancies).toEqual([{ paper: 1, entries: [paper(1, [2]), paper(1, [2])] }]);
  });

  it('one pass agrees with itself; no passes give nothing', () => {
    expect(reconcilePasses([[paper(2, [3, 1, 3]), paper(1, [])]]).agreed).toEqual([paper(1, []), paper(2, [1, 3])]);
    expect(reconcilePasses([])).toEqual({ agreed: [], discrepancies: [] });
  });
});
