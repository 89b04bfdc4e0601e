import { describe, expect, it } from 'vitest';
import { scanAccuracy } from '../../bench/scan-accuracy';

describe('scan accuracy on generated papers (tests/bench/scan-accuracy.ts)', () => {
  it('makes no wrong decision outside review and sends few ordinary papers to the board', async () => {
    const r = await scanAccuracy(60);
    expect(r.wrong).toEqual([]);
    expect(r.unread).toBe(0);
    // 1 of 48 before the broad pen's whole stroke was taken away (a double strike's fringe read as extra ink)
    expect(r.ordinaryReviewed / r.ordinary).toBeLessThanOrEqual(0.02);
  }, 120_000);

  it("sends a tick beside a name at 150 dpi to the board (paper 1379 of the bench once read it kept: the tick's stroke taken for a line)", async () => {
    const r = await scanAccuracy(1, 7, undefined, 1379);
    expect(r.wrong).toEqual([]);
  }, 60_000);
});
