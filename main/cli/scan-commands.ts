/**
 * `ballot scan` and `ballot review` (docs/scanning.md): a folder or files of scanned papers read as a
 * pass through the contract (`papers:scan`, read in a worker thread), and the counting board's side:
 * the papers the machine doubted and the board's decision on each (`papers:pending`, `papers:decide`).
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { BOARD_REASONS, type BoardReason } from '../../shared/domain/ballot';
import type { CommandOutput } from '../../shared/contract/channels';
import { t } from '../../shared/i18n/translator';
import type { Engine } from '../engine/engine';
import { type Out, type Parsed, cliLocale, idArgument, intOption } from './args';
import { type CommandSpec, JSON_OPTION } from './command-spec';
import { usageError } from './exit-codes';
import { readUserFile, userPath } from './paths';

type Values = Parsed['values'];

/** What scanners write: a PDF of images, JPEG, PNG, TIFF (every page). */
const SCAN_EXTENSIONS = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff']);

export const SCAN_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'ballot scan',
    usage: '<tệp> <số-cuộc-bầu> <thư-mục|tệp-quét…> [--pass 1|2|3] [--json]',
    vi: 'Đọc phiếu đã quét (PDF, JPEG, PNG, TIFF; cả thư mục theo thứ tự tên tệp) thành một lượt nhập: phiếu máy chắc chắn được ghi, phiếu có chỗ nghi chờ Ban kiểm phiếu xem (ballot review), trang không phải phiếu này bị từ chối kèm tên tệp và lý do; một tờ quét hai lần chỉ tính một lần.',
    en: 'Reads scanned papers (PDF, JPEG, PNG, TIFF; a whole folder in file-name order) as an entry pass: papers the machine is sure of are recorded, doubtful ones wait for the counting board (ballot review), pages that are not this ballot’s papers are refused with the file and why; a sheet scanned twice counts once.',
    needs: 3,
    paths: ['congress'],
    options: [{ flag: 'pass', value: '1|2|3', vi: 'lượt nhập (mặc định 1)', en: 'the entry pass (default 1)' }, JSON_OPTION],
  },
  {
    name: 'ballot review',
    usage: '<tệp> <số-cuộc-bầu> [<số-phiếu> <số-bị-gạch,…|0|lý-do>] [--json]',
    vi: `Phiếu quét chờ Ban kiểm phiếu xem và những gì máy thấy; kèm số phiếu: ghi quyết định của Ban (các số bị gạch, 0 là không gạch tên nào, hoặc lý do không hợp lệ: ${BOARD_REASONS.join(', ')}).`,
    en: `The scanned papers waiting for the counting board, with what the machine saw; with a paper number: records the board's decision (the struck numbers, 0 for none, or the reason it is invalid: ${BOARD_REASONS.join(', ')}).`,
    needs: 2,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
];

/** A folder stands for its scans in file-name order (scanners number them as the feeder runs). */
function scanFiles(typed: readonly string[]): string[] {
  const numeric = new Intl.Collator('en', { numeric: true });
  return typed.flatMap((t) => {
    const path = userPath(t);
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
    return readdirSync(path)
      .filter((f) => SCAN_EXTENSIONS.has(extname(f).toLowerCase()))
      .sort(numeric.compare)
      .map((f) => join(path, f));
  });
}

type ScanReport = CommandOutput<'papers:scan'>;

function scanLines(report: ScanReport, values: Values): string[] {
  const locale = cliLocale(values);
  const lines = report.pages
    .filter((p) => p.status === 'refused' || p.status === 'duplicate')
    .map((p) => `✗ ${p.file} ${t(locale, 'scan.cli.page', { page: p.page })}: ${p.key ? t(locale, p.key as never, p.params) : p.status}`);
  lines.push(
    t(locale, 'scan.cli.summary', {
      accepted: report.accepted,
      pending: report.pending,
      refused: report.refused,
      duplicates: report.duplicates,
    }),
  );
  return lines;
}

export async function scanCommand(engine: Engine, file: string, id: number, typed: string[], values: Values, out: Out): Promise<number> {
  const pass = intOption(values, 'pass', 1, 3) ?? 1;
  const paths = scanFiles(typed);
  if (paths.length === 0)
    throw usageError('Không có tệp quét nào (PDF, JPEG, PNG, TIFF).', 'No scanned files (PDF, JPEG, PNG, TIFF).', 'ballot scan');
  const files = paths.map((p) => ({ fileName: basename(p), contentBase64: readUserFile(p).toString('base64') }));
  engine.open(file);
  const report = await engine.call('papers:scan', { ballotId: id, pass, files });
  if (values.json) out(JSON.stringify(report));
  else for (const line of scanLines(report, values)) out(line);
  return report.pending > 0 || report.refused > 0 ? 1 : 0;
}

/** The board's decision as typed: struck numbers ("3,7", "0" for none) or a reason the paper is invalid. */
function boardDecision(text: string): { struck: number[] } | { invalid: BoardReason } {
  if ((BOARD_REASONS as readonly string[]).includes(text)) return { invalid: text as BoardReason };
  const numbers = text === '0' ? [] : text.split(',').map((n) => Number(n.trim()));
  if (text.trim() === '' || numbers.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw usageError(
      `Cần các số bị gạch (3,7; 0 là không gạch) hoặc một lý do: ${BOARD_REASONS.join(', ')}; nhận «${text}».`,
      `Needs the struck numbers (3,7; 0 for none) or a reason: ${BOARD_REASONS.join(', ')}; got "${text}".`,
      'ballot review',
    );
  }
  return { struck: numbers };
}

type PendingPaper = CommandOutput<'papers:pending'>[number];

/** One pending paper in the CLI's language: where its sheets are, what the machine read as struck, every doubt. */
function pendingLine(p: PendingPaper, values: Values): string {
  const locale = cliLocale(values);
  const sheets = p.sheets
    .map(
      (s) =>
        `${s.file} ${t(locale, 'scan.cli.page', { page: s.page })}${p.sheets.length > 1 ? ` (${t(locale, 'scan.cli.sheet', { sheet: s.sheet })})` : ''}`,
    )
    .join(', ');
  const struck = p.rows.filter((r) => r.decision === 'struck' || r.decision === 'no').map((r) => r.number);
  const doubtful = p.rows.filter((r) => r.decision === 'doubtful').map((r) => `${r.number} (${r.reasons.join(', ')})`);
  const doubts = [...doubtful, ...p.doubts.map((d) => t(locale, 'scan.cli.pageDoubt', { doubt: d }))].join('; ');
  const params = { paper: String(p.paper), pass: p.pass, sheets, struck: struck.join(' ') || '0', doubts };
  return t(locale, 'scan.cli.pending', params);
}

/** `ballot review`: the papers waiting for the board, or the board's decision on one (source 'review', audited). */
export async function reviewCommand(engine: Engine, file: string, id: number, rest: string[], values: Values, out: Out): Promise<number> {
  engine.open(file);
  if (rest.length === 0) {
    const pending = await engine.call('papers:pending', { ballotId: id });
    if (values.json) out(JSON.stringify({ pending }));
    else if (pending.length === 0) out(t(cliLocale(values), 'scan.cli.nonePending'));
    else for (const p of pending) out(pendingLine(p, values));
    return 0;
  }
  const paper = idArgument(rest[0], 'phiếu');
  if (rest[1] === undefined) throw usageError('Thiếu quyết định của Ban kiểm phiếu.', "Missing the board's decision.", 'ballot review');
  const decided = await engine.call('papers:decide', { ballotId: id, paper, ...boardDecision(rest[1]) });
  out(
    values.json
      ? JSON.stringify({ ...decided, source: 'review' })
      : t(cliLocale(values), 'scan.cli.decided', { paper: String(decided.paper), pass: decided.pass }),
  );
  return 0;
}
