/**
 * The reader on generated scans of the app's own printed papers (tests/bench/scan-accuracy.ts): nothing
 * decided wrong outside review, ever. The share sent to the board is measured and printed by the bench
 * (docs/scanning.md, "Đo trên phiếu sinh ra"); here it is held at today's level so it cannot silently grow.
 */
import { scanAccuracy } from '../../bench/scan-accuracy';

const SHORT_READ_STRUCK = [1, 51, 99, 121, 129, 131, 157, 161, 178];

describe("scan accuracy on generated scans of the app's own papers", () => {
  it('makes no wrong decision outside review, reads every paper, and sends no more ordinary papers to the board than measured', async () => {
    const r = await scanAccuracy(60);
    expect(r.wrong).toEqual([]);
    expect(r.oddRead).toBe(0);
    expect(r.unread).toBe(0);
    // measured 0.104 (5 of 48: 3 short-line, 2 faint) on these 60 papers (the bench's 1,000: docs/scanning.md);
    // 0.208 before a line was followed out of a stroke it crossed (main/scan/strike-line.ts); the target is 0.02
    expect(r.ordinaryReviewed / r.ordinary).toBeLessThanOrEqual(0.15);
  }, 600_000);

  it('never reads a short line as a strike: the papers dense with short lines where one was, the line followed on through the letters', async () => {
    // seed 21, every row none, none or short (tests/bench/scan-accuracy.ts): these papers each had a short
    // line read `struck`, its path run on through the rest of the name (main/scan/strike-line.ts follow)
    const r = await scanAccuracy(SHORT_READ_STRUCK, { seed: 21, mix: ['none', 'none', 'short'] });
    expect(r.unread).toBe(0);
    expect(r.wrong.filter((w) => w.read === 'struck')).toEqual([]);
  }, 600_000);

  it("reads a red pen's thin strike at 150 dpi on a colour scan as struck, not faint: the papers where it was sent to the board", async () => {
    // seed 41, rows struck, wavy, faint or none: each of these papers had a thin red strike measured as light
    // as a pencil's line (darkness 0.40–0.41, too few clean columns for its ink) but red (redness 34–39)
    const r = await scanAccuracy([65, 103], { seed: 41, mix: ['strike', 'wavy', 'faint', 'none'] });
    expect(r.unread).toBe(0);
    expect(r.wrong).toEqual([]);
    expect(Object.keys(r.byPen).filter((row) => /^(strike|wavy) red .*faint/.test(row))).toEqual([]);
    // the faint grey lines drawn on the same papers still go to the board
    expect(Object.keys(r.byPen).some((row) => row.startsWith('faint '))).toBe(true);
  }, 600_000);
});
