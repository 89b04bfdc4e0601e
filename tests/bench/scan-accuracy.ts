/**
 * Scan accuracy (docs/scanning.md): many generated papers read back; a wrong decision is one that
 * is not sent to the board and differs from what was drawn. The papers are the app's own: the ballot
 * paper PDF of a real congress, rendered by pdftoppm at the scan's dpi (tests/integration/scan/scan-setup.ts),
 * for a short list in one column and a longer one in two. Prints the share sent to review, why (per
 * reason, per dpi, per pen), and the sheets per second.
 * `tsx tests/bench/scan-accuracy.ts [papers] [seed] [first] [marks]`: 2,000 papers of seed 7 from paper 0 by
 * default; `marks`, the kinds drawn on the rows, comma-separated (`none,none,short`: papers dense with short
 * lines). tests/integration/scan/scan-accuracy.test.ts runs a bounded number.
 */
import { generateDemoRoster } from '../../main/demo/demo-roster';
import { decodeScan } from '../../main/scan/decode';
import { interpretPage } from '../../main/scan/interpret';
import { seeded, pick, type Random } from '../helpers/scan/random';
import { generateScan, type PaperRaster, randomScan } from '../helpers/scan/scan-generator';
import { stamp, TRUTH, voterMark, type MarkKind } from '../helpers/scan/voter-marks';
import { tempEngine, type TempEngine } from '../helpers/temp-engine';
import { congressFor } from '../integration/exports/export-setup';
import { paperRaster, type Printed, printPapers, scanBallot } from '../integration/scan/scan-setup';

/** Papers with ordinary strikes only that went to review, counted by what sent them. */
export type Tally = Record<string, number>;

export interface AccuracyReport {
  papers: number;
  rows: number;
  wrong: { paper: number; row: number; drawn: MarkKind; read: string }[];
  /** Papers with ordinary strikes only (no doubtful marks drawn) that went to review. */
  ordinaryReviewed: number;
  ordinary: number;
  unread: number;
  sheetsPerSecond: number;
  /** Ordinary papers sent to review, by row reason or page doubt (a paper counts once per reason). */
  byReason: Tally;
  /** Ordinary papers and those sent to review, by the scan's dpi. */
  byDpi: Record<number, { papers: number; reviewed: number }>;
  /** Doubtful rows of ordinary papers, by the pen drawn (`colour width`, tests/helpers/scan/voter-marks.ts). */
  byPen: Tally;
  /** Odd marks (short, faint, circle, tick) read without doubt: must stay 0, they are in `wrong` too. */
  oddRead: number;
}

const ORDINARY: MarkKind[] = ['none', 'none', 'strike', 'strike', 'double', 'wavy'];
const ODD: MarkKind[] = ['short', 'faint', 'circle', 'tick'];
const PEN_NAMES = ['black', 'blue', 'navy', 'red'];

/**
 * The random numbers a mark drew, to tell its pen: voterMark picks the pen with its first number and the
 * pen's width (0.6–1.8 pt) with its second (tests/helpers/scan/voter-marks.ts).
 */
function recording(r: Random): { r: Random; drawn: number[] } {
  const drawn: number[] = [];
  return {
    drawn,
    r: () => {
      const v = r();
      drawn.push(v);
      return v;
    },
  };
}

function penOf(drawn: readonly number[]): string {
  const width = 0.6 + 1.2 * drawn[1]!;
  return `${PEN_NAMES[Math.floor(drawn[0]! * PEN_NAMES.length)]} ${width < 1 ? 'thin' : width < 1.4 ? 'mid' : 'broad'}`;
}

const add = (t: Tally, key: string) => (t[key] = (t[key] ?? 0) + 1);

/** The lists the papers are printed for: names and seats (a 15-name list fits one column, 45 take two). */
const LISTS = [
  { names: 15, seats: 10 },
  { names: 45, seats: 30 },
] as const;

const DPIS = [150, 200, 300] as const;

/** The app's printed papers of each list, and their pixels at each scan dpi. */
async function printedLists(t: TempEngine): Promise<{ printed: Printed; rasters: Map<number, PaperRaster> }[]> {
  await congressFor(t, 4, 4);
  const roster = generateDemoRoster(LISTS.at(-1)!.names, 11).map((d) => d.fullName);
  const out = [];
  for (const [k, list] of LISTS.entries()) {
    const id = await scanBallot(t, `Bầu cử Ban Chấp hành khóa ${k + 1}`, roster.slice(0, list.names), list.seats);
    const printed = await printPapers(t, id, `list-${k}`);
    const rasters = new Map<number, PaperRaster>();
    for (const dpi of DPIS) rasters.set(dpi, await paperRaster(t, printed, dpi));
    out.push({ printed, rasters });
  }
  return out;
}

export interface AccuracyOptions {
  seed?: number;
  /** The kinds of mark drawn on each row, one picked at random (ORDINARY by default). */
  mix?: readonly MarkKind[];
  onProgress?: (r: AccuracyReport, done: number) => void;
}

/** `papers`: how many from paper 0, or the very paper numbers (to read again the ones a run found wrong). */
export async function scanAccuracy(papers: number | readonly number[], options: AccuracyOptions = {}): Promise<AccuracyReport> {
  const t = tempEngine();
  const numbers = typeof papers === 'number' ? Array.from({ length: papers }, (_, n) => n) : papers;
  try {
    return await measure(await printedLists(t), numbers, { seed: 7, mix: ORDINARY, ...options });
  } finally {
    t.dispose();
  }
}

async function measure(
  lists: Awaited<ReturnType<typeof printedLists>>,
  papers: readonly number[],
  { seed, mix, onProgress }: AccuracyOptions & { seed: number; mix: readonly MarkKind[] },
): Promise<AccuracyReport> {
  const report: AccuracyReport = {
    papers: papers.length,
    rows: 0,
    wrong: [],
    ordinaryReviewed: 0,
    ordinary: 0,
    unread: 0,
    sheetsPerSecond: 0,
    byReason: {},
    byDpi: {},
    byPen: {},
    oddRead: 0,
  };
  let readMs = 0;
  for (const [done, n] of papers.entries()) {
    const r = seeded(seed * 100_003 + n);
    const { printed, rasters } = lists[n % lists.length]!;
    const sheet = printed.drawn;
    const odd = n % 5 === 4;
    const drawn = sheet.names.map(() => pick(r, mix));
    if (odd) drawn[Math.floor(r() * drawn.length)] = pick(r, ODD);
    const pens: string[] = [];
    const marks = [
      ...stamp(r, sheet),
      ...drawn.flatMap((kind, i) => {
        const tap = recording(r);
        const ink = voterMark(tap.r, sheet, i, kind);
        pens.push(penOf(tap.drawn));
        return ink;
      }),
    ];
    const dpi = pick(r, DPIS);
    const bytes = await generateScan(sheet, marks, randomScan(r, dpi), n, rasters.get(dpi));
    const t = performance.now();
    const [page] = await decodeScan(bytes, `paper-${n}.jpg`);
    const result = interpretPage(page!.image, printed.sheets);
    readMs += performance.now() - t;
    const perDpi = (report.byDpi[dpi] ??= { papers: 0, reviewed: 0 });
    if (!odd) {
      report.ordinary++;
      perDpi.papers++;
    }
    if (result.kind !== 'read') {
      report.unread++;
      if (!odd) {
        report.ordinaryReviewed++;
        perDpi.reviewed++;
        add(report.byReason, result.kind);
      }
      continue;
    }
    if (!odd && result.review) {
      report.ordinaryReviewed++;
      perDpi.reviewed++;
      const reasons = new Set([...result.doubts, ...result.rows.flatMap((row) => row.reasons)]);
      for (const reason of reasons) add(report.byReason, reason);
      result.rows.forEach((row, i) => {
        if (row.decision === 'doubtful') add(report.byPen, `${drawn[i]} ${pens[i]} ${dpi}dpi: ${row.reasons.join('+')}`);
      });
    }
    result.rows.forEach((row, i) => {
      report.rows++;
      if (row.decision !== 'doubtful' && row.decision !== TRUTH[drawn[i]!]) {
        report.wrong.push({ paper: n, row: i + 1, drawn: drawn[i]!, read: row.decision });
        if (ODD.includes(drawn[i]!)) report.oddRead++;
      }
    });
    if (onProgress && (done + 1) % 250 === 0) onProgress({ ...report, sheetsPerSecond: (done + 1) / (readMs / 1000) }, done + 1);
  }
  report.sheetsPerSecond = papers.length / (readMs / 1000);
  return report;
}

const percent = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '0.0'} %`;

export function printAccuracy(r: AccuracyReport): void {
  console.log(
    `scan accuracy: ${r.papers} papers, ${r.rows} rows, ${r.wrong.length} wrong, ${r.unread} unread, ` +
      `ordinary papers to review ${percent(r.ordinaryReviewed, r.ordinary)} (${r.ordinaryReviewed}/${r.ordinary}), ` +
      `${r.sheetsPerSecond.toFixed(1)} sheets/s (decode + read, one thread)`,
  );
  const reasons = Object.entries(r.byReason).sort((a, b) => b[1] - a[1]);
  console.log(`  to review by reason: ${reasons.map(([k, v]) => `${k} ${percent(v, r.ordinary)} (${v})`).join(', ') || 'none'}`);
  console.log(
    `  to review by dpi: ${Object.entries(r.byDpi)
      .map(([dpi, d]) => `${dpi} ${percent(d.reviewed, d.papers)} (${d.reviewed}/${d.papers})`)
      .join(', ')}`,
  );
  for (const [k, v] of Object.entries(r.byPen)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15))
    console.log(`  doubtful row: ${k} × ${v}`);
  for (const w of r.wrong.slice(0, 60)) console.log(`  WRONG paper ${w.paper} row ${w.row}: drawn ${w.drawn}, read ${w.read}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const progress = (r: AccuracyReport, done: number) =>
    console.log(`  … ${done} papers: ${r.wrong.length} wrong, ordinary to review ${percent(r.ordinaryReviewed, r.ordinary)}`);
  const [papers = '2000', seed = '7', first = '0', mix] = process.argv.slice(2);
  const numbers = Array.from({ length: Number(papers) }, (_, n) => Number(first) + n);
  printAccuracy(
    await scanAccuracy(numbers, { seed: Number(seed), onProgress: progress, ...(mix ? { mix: mix.split(',') as MarkKind[] } : {}) }),
  );
}
