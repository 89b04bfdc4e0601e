/**
 * Reading speed of scanned papers for `npm run bench` (docs/scanning.md "Tốc độ đọc / Reading speed"):
 * the app's own printed papers of a national-size list (400 names over several sheets), marked and
 * stamped and written to a folder as a scanner does (tests/integration/scan/scan-setup.ts), then read
 * by `papers:scan` with `paths` through the worker thread in batches, and recorded. Prints the sheets
 * per second, the time a 1,500-paper national stack takes at that rate, and the peak memory.
 * `tsx tests/bench/scan-throughput.ts [papers] [names]` (10 papers of 400 names unless told;
 * their 60 sheets are three batches of papers:scan).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemoRoster } from '../../main/demo/demo-roster';
import { blankSheetsFor } from '../../main/workers/scan-blanks';
import { seeded } from '../helpers/scan/random';
import { tempEngine } from '../helpers/temp-engine';
import { congressFor } from '../integration/exports/export-setup';
import { printSheets } from '../integration/scan/long-paper-setup';
import { type Marks, scanBallot, scanJpeg } from '../integration/scan/scan-setup';
import { report } from './stats';

/** The papers of a national congress: 1,500 delegates, one paper each. */
const NATIONAL_PAPERS = 1_500;

/** `count` different delegates' names: a list prints no two the same without their birth dates. */
function distinctNames(count: number): string[] {
  const names = new Set<string>();
  for (const d of generateDemoRoster(count * 2, 11)) if (names.size < count) names.add(d.fullName);
  for (let i = names.size; i < count; i++) names.add(`Nguyễn Văn Tên ${i + 1}`);
  return [...names];
}

/** The process's resident memory, sampled while `work` runs: the engine and its worker thread are one process, one RSS. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function scanThroughputBench(papers = 10, names = 400): Promise<void> {
  const t = tempEngine();
  try {
    await congressFor(t, 1, 1);
    const seats = Math.round(names * 0.75);
    const id = await scanBallot(t, 'Bầu Ban Chấp hành', distinctNames(names), seats);
    const printed = await printSheets(t, id, 'phieu');
    const folder = t.file('may-quet');
    mkdirSync(folder);
    // each voter strikes about a quarter of the names on every sheet, as a list with a quarter surplus asks
    let n = 0;
    for (let paper = 0; paper < papers; paper++)
      for (const sheet of printed) {
        const r = seeded(1000 + n);
        const marks: Marks = {};
        sheet.drawn.names.forEach((_, row) => r() < 0.25 && (marks[row] = 'strike'));
        writeFileSync(join(folder, `scan-${++n}.jpg`), await scanJpeg(t, sheet, marks, n));
      }

    const before = process.memoryUsage.rss();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const { result, peak } = await peakRss(() => t.engine.call('papers:scan', { ballotId: id, pass: 1, paths: [folder] }));
    const seconds = (performance.now() - start) / 1000;
    // every thread of the process, the worker's too: the reading's own work, whatever else the machine runs
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const rate = n / seconds;
    // after the reading: its memory is not the reading's
    const blankStart = performance.now();
    await blankSheetsFor(t.engine.context(), id);
    const blankSeconds = (performance.now() - blankStart) / 1000;
    const stackMinutes = (printed.length * NATIONAL_PAPERS) / rate / 60;

    const ballot = `${names} names, ${printed.length} sheets a paper, 200 dpi JPEG`;
    report(`scan: ${papers} papers (${n} sheets), ${ballot}`, `${seconds.toFixed(1)} s`);
    report('scan: read + recorded, papers:scan paths, worker', `${rate.toFixed(2)} sheets/s`, '≥ 2 sheets/s');
    report(
      `scan: ${NATIONAL_PAPERS.toLocaleString('vi-VN')} papers × ${printed.length} sheets at that rate`,
      `${stackMinutes.toFixed(1)} min`,
      '< 45 min',
    );
    const idleMinutes = (printed.length * NATIONAL_PAPERS) / (n / cpuSeconds) / 60;
    report('scan: CPU time of the reading (all threads)', `${cpuSeconds.toFixed(1)} s, ${(n / cpuSeconds).toFixed(2)} sheets/CPU-s`);
    report(
      `scan: ${NATIONAL_PAPERS.toLocaleString('vi-VN')} papers at that CPU rate (a free core)`,
      `${idleMinutes.toFixed(1)} min`,
      '< 45 min',
    );
    report(`scan: machine: ${cpus().length} cores, load average (1 min) after`, loadavg()[0]!.toFixed(1));
    report('scan: accepted / to review / refused', `${result.accepted} / ${result.pending} / ${result.refused}`);
    report('scan: blank papers rendered (blankSheetsFor)', `${blankSeconds.toFixed(1)} s`);
    report('scan: RSS before reading / peak while reading', `${mb(before)} / ${mb(peak)}`);
    report('scan: peak RSS of the process (maxRSS)', mb(process.resourceUsage().maxRSS * 1024));
    if (result.accepted + result.pending !== papers) throw new Error(`read ${result.accepted + result.pending} of ${papers} papers`);
  } finally {
    t.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await scanThroughputBench(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 400));
}
