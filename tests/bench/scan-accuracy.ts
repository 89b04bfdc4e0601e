/**
 * Scan accuracy (docs/scanning.md): many generated papers read back; a wrong decision is one that
 * is not sent to the board and differs from what was drawn. Prints the share sent to review and the
 * sheets per second. `tsx tests/bench/scan-accuracy.ts [papers]` (2,000 by default);
 * tests/unit/scan/scan-accuracy.test.ts runs a bounded number.
 */
import { decodeScan } from '../../main/scan/decode';
import { interpretPage } from '../../main/scan/interpret';
import { seeded, pick } from '../helpers/scan/random';
import { generateScan, randomScan } from '../helpers/scan/scan-generator';
import { expectedSheet, printSheet, testGeometry } from '../helpers/scan/test-sheet';
import { stamp, TRUTH, voterMark, type MarkKind } from '../helpers/scan/voter-marks';

export interface AccuracyReport {
  papers: number;
  rows: number;
  wrong: { paper: number; row: number; drawn: MarkKind; read: string }[];
  /** Papers with ordinary strikes only (no doubtful marks drawn) that went to review. */
  ordinaryReviewed: number;
  ordinary: number;
  unread: number;
  sheetsPerSecond: number;
}

const ORDINARY: MarkKind[] = ['none', 'none', 'strike', 'strike', 'double', 'wavy'];
const ODD: MarkKind[] = ['short', 'faint', 'circle', 'tick'];

export async function scanAccuracy(papers: number, seed = 7): Promise<AccuracyReport> {
  const sheet = printSheet(testGeometry());
  const expected = [expectedSheet(sheet)];
  const report: AccuracyReport = { papers, rows: 0, wrong: [], ordinaryReviewed: 0, ordinary: 0, unread: 0, sheetsPerSecond: 0 };
  let readMs = 0;
  for (let n = 0; n < papers; n++) {
    const r = seeded(seed * 100_003 + n);
    const odd = n % 5 === 4;
    const drawn = sheet.names.map(() => pick(r, ORDINARY));
    if (odd) drawn[Math.floor(r() * drawn.length)] = pick(r, ODD);
    const marks = [...stamp(r, sheet), ...drawn.flatMap((kind, i) => voterMark(r, sheet, i, kind))];
    const bytes = await generateScan(sheet, marks, randomScan(r, pick(r, [150, 200, 300] as const)), n);
    const t = performance.now();
    const [page] = await decodeScan(bytes, `paper-${n}.jpg`);
    const result = interpretPage(page!.image, expected);
    readMs += performance.now() - t;
    if (!odd) report.ordinary++;
    if (result.kind !== 'read') {
      report.unread++;
      if (!odd) report.ordinaryReviewed++;
      continue;
    }
    if (!odd && result.review) report.ordinaryReviewed++;
    result.rows.forEach((row, i) => {
      report.rows++;
      if (row.decision !== 'doubtful' && row.decision !== TRUTH[drawn[i]!])
        report.wrong.push({ paper: n, row: i + 1, drawn: drawn[i]!, read: row.decision });
    });
  }
  report.sheetsPerSecond = papers / (readMs / 1000);
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const papers = Number(process.argv[2] ?? 2000);
  const r = await scanAccuracy(papers);
  console.log(
    `scan accuracy: ${r.papers} papers, ${r.rows} rows, ${r.wrong.length} wrong, ${r.unread} unread, ` +
      `ordinary papers to review ${((100 * r.ordinaryReviewed) / r.ordinary).toFixed(1)} %, ${r.sheetsPerSecond.toFixed(1)} sheets/s (decode + read, one thread)`,
  );
  for (const w of r.wrong.slice(0, 20)) console.log(`  paper ${w.paper} row ${w.row}: drawn ${w.drawn}, read ${w.read}`);
}
