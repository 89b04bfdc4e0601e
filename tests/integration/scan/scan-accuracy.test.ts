import { scanAccuracy } from '../../bench/scan-accuracy';

describe("scan accuracy on generated scans of the app's own papers (tests/bench/scan-accuracy.ts)", () => {
  it('makes no wrong decision outside review and sends few ordinary papers to the board', async () => {
    const r = await scanAccuracy(60);
    expect(r.wrong).toEqual([]);
    expect(r.oddRead).toBe(0);
    expect(r.unread).toBe(0);
    expect(r.ordinaryReviewed / r.ordinary).toBeLessThanOrEqual(0.02);
  }, 600_000);
});
