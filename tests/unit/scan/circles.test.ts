/**
 * A name circled or ticked instead of struck is the board's to read, never a strike (docs/scanning.md):
 * on generated sheets of every kind of scan, every row, none read without doubt.
 */
import { describe, expect, it } from 'vitest';
import { decodeScan } from '../../../main/scan/decode';
import { interpretPage } from '../../../main/scan/interpret';
import { pick, seeded } from '../../helpers/scan/random';
import { generateScan, randomScan } from '../../helpers/scan/scan-generator';
import { expectedSheet, printSheet, testGeometry } from '../../helpers/scan/test-sheet';
import { misreadRows, spreadMarks, stamp, strikesRead, voterMark } from '../../helpers/scan/voter-marks';

const sheet = printSheet(testGeometry());
const expected = [expectedSheet(sheet)];

describe('a circled or ticked name on generated sheets', () => {
  it('reads every row circled, and every row ticked, as doubtful on scans of every dpi', async () => {
    const misread: string[] = [];
    let strikes = 0;
    let struck = 0;
    for (const kind of ['circle', 'snug-circle', 'tick'] as const)
      for (let n = 0; n < 8; n++) {
        const r = seeded(31 * n + kind.length);
        const marks = spreadMarks(sheet.names.length, n % 4, kind);
        const inks = [...stamp(r, sheet), ...Object.entries(marks).flatMap(([row, k]) => voterMark(r, sheet, Number(row), k!))];
        const scan = randomScan(r, pick(r, [150, 200, 300] as const));
        const [page] = await decodeScan(await generateScan(sheet, inks, scan, n), `${kind}-${n}.jpg`);
        const reading = interpretPage(page!.image, expected);
        if (reading.kind !== 'read') {
          misread.push(`${kind} ${n}: ${reading.kind}`);
          continue;
        }
        misread.push(...misreadRows(reading.rows, marks).map((m) => `${kind} ${n} (${scan.dpi} dpi) ${m}`));
        const tally = strikesRead(reading.rows, marks);
        strikes += tally.strikes;
        struck += tally.struck;
      }
    expect(misread).toEqual([]);
    expect(struck / strikes).toBeGreaterThan(0.8);
  }, 120_000);
});
