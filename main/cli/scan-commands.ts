/**
 * `ballot scan` (docs/scanning.md): a folder or files of scanned papers read as a pass through the
 * contract (`papers:scan`, read in a worker thread, a batch at a time), or a folder watched as the
 * scanner fills it (`papers:watch`, `--watch`); the board's side is `ballot review` (review-commands.ts).
 */
import { statSync } from 'node:fs';
import type { CommandOutput, EventPayload } from '../../shared/contract/channels';
import { lowResolutionOf } from '../../shared/domain/scan-page';
import { t } from '../../shared/i18n/translator';
import type { Engine } from '../engine/engine';
import { addReport, emptyReport } from '../engine/scan-batches';
import { type Out, type Parsed, cliLocale, intOption } from './args';
import { type CommandSpec, JSON_OPTION } from './command-spec';
import { usageError } from './exit-codes';
import { scanFilesIn, scanPaths } from '../files/scan-folder';
import { userPath } from './paths';

type Values = Parsed['values'];

export const SCAN_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'ballot scan',
    usage: '<tệp> <số-cuộc-bầu> <thư-mục|tệp-quét…> [--pass 1|2|3] [--watch [--idle <giây>]] [--json]',
    vi: 'Đọc phiếu đã quét (PDF, JPEG, PNG, TIFF; cả thư mục theo thứ tự tên tệp) thành một lượt nhập: phiếu máy chắc chắn được ghi, phiếu có chỗ nghi chờ Ban kiểm phiếu xem (ballot review), trang không phải phiếu này bị từ chối kèm tên tệp và lý do; một tờ quét hai lần chỉ tính một lần.',
    en: 'Reads scanned papers (PDF, JPEG, PNG, TIFF; a whole folder in file-name order) as an entry pass: papers the machine is sure of are recorded, doubtful ones wait for the counting board (ballot review), pages that are not this ballot’s papers are refused with the file and why; a sheet scanned twice counts once.',
    needs: 3,
    paths: ['congress'],
    options: [
      { flag: 'pass', value: '1|2|3', vi: 'lượt nhập (mặc định 1)', en: 'the entry pass (default 1)' },
      {
        flag: 'watch',
        vi: 'theo dõi thư mục: đọc những gì đã có rồi từng tệp máy quét ghi thêm, đến khi Ctrl-C',
        en: 'watch the folder: read what is there, then each file the scanner adds, until Ctrl-C',
      },
      {
        flag: 'idle',
        value: '<giây>',
        vi: 'với --watch: dừng khi đã đọc hết và không có tệp mới trong chừng ấy giây',
        en: 'with --watch: stop once all is read and no new file came for that many seconds',
      },
      JSON_OPTION,
    ],
  },
];

type ScanReport = CommandOutput<'papers:scan'>;

/** How often a watching CLI looks whether it has been idle long enough. */
const IDLE_CHECK_MS = 250;

function refusedLines(report: ScanReport, values: Values): string[] {
  const locale = cliLocale(values);
  return report.pages
    .filter((p) => p.status === 'refused' || p.status === 'duplicate')
    .map((p) => `✗ ${p.file} ${t(locale, 'scan.cli.page', { page: p.page })}: ${p.key ? t(locale, p.key as never, p.params) : p.status}`);
}

function summaryLine(report: ScanReport, values: Values): string {
  const { accepted, pending, refused, duplicates } = report;
  return t(cliLocale(values), 'scan.cli.summary', { accepted, pending, refused, duplicates });
}

/** The advice to scan at 200 dpi when pages read into the pass got no second look (docs/scanning.md); none else. */
function lowResolutionLines(report: ScanReport, values: Values): string[] {
  const low = lowResolutionOf(report.pages);
  return low ? [t(cliLocale(values), 'scan.cli.lowResolution', { ...low })] : [];
}

/**
 * What `--json` prints: the sheets read, the papers made of them, those recorded, each doubt the
 * board must look at (a row by its number, or the page), each page refused, worded in --lang, and,
 * only when some were, the pages read into the pass below 180 dpi with the lowest dpi (`lowResolution`).
 */
async function jsonSummary(engine: Engine, id: number, pass: number, report: ScanReport, values: Values) {
  const locale = cliLocale(values);
  const held = new Set(report.pages.filter((p) => p.status === 'pending').map((p) => p.paper));
  const waiting = held.size > 0 ? await engine.call('papers:pending', { ballotId: id }) : [];
  const doubtful = waiting
    .filter((p) => p.pass === pass && held.has(p.paper))
    .flatMap((p) => [
      ...p.rows.filter((r) => r.decision === 'doubtful').map((r) => ({ paper: p.paper, number: r.number, reason: r.reasons.join(', ') })),
      ...p.doubts.map((d) => ({ paper: p.paper, reason: d })),
    ]);
  const refused = report.pages
    .filter((p) => p.status === 'refused')
    .map((p) => ({ file: p.file, reason: p.key ? t(locale, p.key as never, p.params) : p.status, key: p.key }));
  const lowResolution = lowResolutionOf(report.pages);
  return {
    sheets: report.pages.filter((p) => p.page > 0).length, // page 0: the watch's own end (its folder gone)
    papers: report.accepted + report.pending,
    recognised: report.accepted,
    doubtful,
    refused,
    ...(lowResolution ? { lowResolution } : {}),
  };
}

/** Whether a watch is done: the CLI interrupted, the watch ended on its own, or idle long enough with all read. */
interface WatchEnd {
  promise: Promise<void>;
  stop(): void;
}

function watchEnd(): WatchEnd {
  let stop = () => {};
  const promise = new Promise<void>((resolve) => (stop = resolve));
  return { promise, stop };
}

/** Watches `folder` until Ctrl-C, `--idle` seconds without a new file once all is read, or the watch ends itself. */
async function watchFolder(engine: Engine, id: number, pass: number, folder: string, values: Values, out: Out): Promise<ScanReport> {
  const idle = intOption(values, 'idle', 1, 86_400);
  const total: ScanReport = emptyReport();
  const end = watchEnd();
  let ended = false;
  let lastNews = Date.now();
  let listed = -1;
  const off = engine.on((name, payload) => {
    if (name !== 'papers:scanned') return;
    const e = payload as EventPayload<'papers:scanned'>;
    if (e.ballotId !== id || e.pass !== pass) return;
    addReport(total, e.report);
    lastNews = Date.now();
    if (!values.json) {
      for (const line of refusedLines(e.report, values)) out(line);
      if (e.watch) out(t(cliLocale(values), 'scan.cli.batch', { ...e.watch })); // the watch so far
    }
    if (e.watch === null) {
      ended = true;
      end.stop();
    }
  });
  const interrupted = () => end.stop();
  process.once('SIGINT', interrupted);
  // keeps the process up while it watches, and checks the idle time
  const ticker = setInterval(() => {
    if (idle === undefined) return;
    const files = scanFilesIn(folder).length;
    if (files !== listed) [listed, lastNews] = [files, Date.now()];
    if (Date.now() - lastNews < idle * 1000) return;
    void engine.call('papers:watching', {}).then((w) => w && w.files >= files && w.waiting === 0 && end.stop());
  }, IDLE_CHECK_MS);
  try {
    await engine.call('papers:watch', { ballotId: id, pass, folder });
    if (!values.json) out(t(cliLocale(values), 'scan.cli.watching', { folder, pass }));
    await end.promise;
    if (!ended) await engine.call('papers:unwatch', {});
  } finally {
    clearInterval(ticker);
    process.off('SIGINT', interrupted);
    off();
  }
  return total;
}

export async function scanCommand(engine: Engine, file: string, id: number, typed: string[], values: Values, out: Out): Promise<number> {
  const pass = intOption(values, 'pass', 1, 3) ?? 1;
  const paths = typed.map((p) => userPath(p));
  if (values.idle !== undefined && !values.watch)
    throw usageError('--idle chỉ dùng cùng --watch.', '--idle goes with --watch only.', 'ballot scan');
  if (values.watch && (paths.length !== 1 || !statSync(paths[0]!, { throwIfNoEntry: false })?.isDirectory()))
    throw usageError('--watch theo dõi đúng một thư mục.', '--watch watches exactly one folder.', 'ballot scan');
  if (!values.watch && scanPaths(paths).length === 0)
    throw usageError('Không có tệp quét nào (PDF, JPEG, PNG, TIFF).', 'No scanned files (PDF, JPEG, PNG, TIFF).', 'ballot scan');
  engine.open(file);
  const report = values.watch
    ? await watchFolder(engine, id, pass, paths[0]!, values, out)
    : await engine.call('papers:scan', { ballotId: id, pass, paths });
  if (values.json) out(JSON.stringify(await jsonSummary(engine, id, pass, report, values)));
  else
    for (const line of [
      ...(values.watch ? [] : refusedLines(report, values)),
      ...lowResolutionLines(report, values),
      summaryLine(report, values),
    ])
      out(line);
  return report.pending > 0 || report.refused > 0 ? 1 : 0;
}
