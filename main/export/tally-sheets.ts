/**
 * Tallies as spreadsheets: .xlsx with a summary sheet and a sheet per ballot (numbers stay numbers so
 * the secretariat can add them up; birth dates are dates, percentages numbers with a % format), and .csv
 * (UTF-8 with BOM so Excel shows Vietnamese; ISO dates, docs/exports.md). Cells are typed (sheet-cells.ts):
 * only the CSV's text needs the formula guard, an .xlsx string is never run.
 */
import Papa from 'papaparse';
import { BASE_LABELS, STATE_LABELS } from '../../shared/domain/ballot-messages';
import type { TallyResult } from '../../shared/domain/tally';
import type { DocumentMeta } from './document/model';
import { candidateName } from './minutes';
import { addTypedRow, csvValue, type SheetCell } from './sheet-cells';
import { addSheet, newWorkbook } from './workbook';
import type { BallotRecord } from './sources';

const TIE_HEADER = 'Bằng phiếu ở vị trí cuối';
const CANDIDATE_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Số phiếu',
  'Tỷ lệ trên cơ sở',
  'Tỷ lệ trên phiếu hợp lệ',
  'Đạt quá nửa',
  'Trúng cử',
  TIE_HEADER,
  'Xếp hạng',
];
const PAPER_HEADERS = ['Phiếu phát ra', 'Phiếu thu vào', 'Phiếu hợp lệ', 'Phiếu không hợp lệ'];
const SUMMARY_HEADERS = [
  'Số',
  'Cuộc bầu',
  'Vòng',
  'Trạng thái',
  'Số lượng bầu',
  ...PAPER_HEADERS,
  'Cơ sở tính',
  'Giá trị cơ sở',
  'Số trúng cử',
  'Còn trống',
  TIE_HEADER,
];

const yes = (b: boolean) => (b ? 'Có' : '');

const paperCounts = (tally: TallyResult): number[] => [tally.issued, tally.returned, tally.valid, tally.invalid];

/** The names in a tie at the last seat as the minutes name them, a birth date beside identical names. */
function tieNames({ ballot, tally }: BallotRecord): string {
  if (!tally.tie) return '';
  const shown = new Map(ballot.candidates.map((c) => [c.number, c.showBirthDate]));
  return tally.tie.numbers
    .map((n) => tally.candidates.find((c) => c.number === n))
    .filter((c) => c !== undefined)
    .map((c) => candidateName(c, shown.get(c.number) ?? false))
    .join(', ');
}

function summaryRow(r: BallotRecord): SheetCell[] {
  const { ballot, tally } = r;
  return [
    ballot.id,
    ballot.title,
    ballot.round,
    STATE_LABELS[ballot.state].vi,
    ballot.seats,
    ...paperCounts(tally),
    BASE_LABELS[tally.base.kind].vi,
    tally.base.value,
    tally.seatsFilled,
    tally.seatsOpen,
    tieNames(r),
  ];
}

/** One candidate's row, the same in the sheet and the CSV. */
function candidateRow(tally: TallyResult, c: TallyResult['candidates'][number]): SheetCell[] {
  const tied = tally.tie?.numbers.includes(c.number) ?? false;
  return [
    c.number,
    c.name,
    { date: c.birthDate },
    c.votes,
    { percent: c.percentOfBase },
    { percent: c.percentOfValid },
    yes(c.passed),
    yes(c.elected),
    yes(tied),
    c.rank,
  ];
}

export async function tallyWorkbook(
  records: BallotRecord[],
  meta: DocumentMeta,
  onSheet: (done: number) => Promise<void>,
): Promise<Buffer> {
  const wb = newWorkbook(meta);

  const summary = addSheet(wb, 'Tổng hợp');
  summary.addRow([meta.congressName]).font = { bold: true, size: 13 };
  summary.addRow([meta.title]);
  summary.addRow([]);
  const head = summary.addRow(SUMMARY_HEADERS);
  head.font = { bold: true };
  for (const r of records) addTypedRow(summary, summaryRow(r));
  summary.columns.forEach((c, i) => (c.width = i === 1 || i === SUMMARY_HEADERS.length - 1 ? 40 : 14));

  for (const [i, r] of records.entries()) {
    const { ballot, tally } = r;
    // the title itself is the first cell; the sheet's name is only a tab label (safeSheetName)
    const ws = addSheet(wb, `${ballot.id}. ${ballot.title}`);
    ws.addRow([ballot.title]).font = { bold: true, size: 13 };
    ws.addRow([`Cơ sở tính tỷ lệ: ${BASE_LABELS[tally.base.kind].vi}`, tally.base.value]);
    ws.addRow(PAPER_HEADERS.flatMap((h, k) => [h, paperCounts(tally)[k]!]));
    ws.addRow([]);
    ws.addRow(CANDIDATE_HEADERS).font = { bold: true };
    for (const c of tally.candidates) addTypedRow(ws, candidateRow(tally, c));
    ws.columns.forEach((col, k) => (col.width = k === 1 ? 34 : 14));
    ws.views = [{ state: 'frozen', ySplit: 5 }];
    await onSheet(i + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const BOM = '\ufeff';

/**
 * One CSV for all the ballots asked for, a row per candidate with its ballot's paper counts; dates ISO,
 * percentages as printed ("87,50 %"), numbers bare (sheet-cells.ts, csvValue).
 */
export function tallyCsv(records: BallotRecord[]): Buffer {
  const header = ['Số cuộc bầu', 'Cuộc bầu', ...CANDIDATE_HEADERS, 'Cơ sở tính', 'Giá trị cơ sở', ...PAPER_HEADERS];
  const rows: (string | number)[][] = [header];
  for (const { ballot, tally } of records) {
    for (const c of tally.candidates) {
      const cells: SheetCell[] = [
        ballot.id,
        ballot.title,
        ...candidateRow(tally, c),
        BASE_LABELS[tally.base.kind].vi,
        tally.base.value,
        ...paperCounts(tally),
      ];
      rows.push(cells.map(csvValue));
    }
  }
  return Buffer.from(BOM + Papa.unparse(rows, { newline: '\r\n' }), 'utf8');
}
