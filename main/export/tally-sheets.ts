/**
 * Tallies as spreadsheets: .xlsx with a summary sheet and a sheet per ballot (numbers stay numbers so
 * the secretariat can add them up), and .csv (UTF-8 with BOM so Excel shows Vietnamese). Every text
 * cell goes through safeCell: a name typed as "=HYPERLINK(…)" is shown, never run.
 */
import Papa from 'papaparse';
import { BASE_LABELS, STATE_LABELS } from '../../shared/domain/ballot-messages';
import { formatHundredths } from '../../shared/domain/document-format';
import { formatDate } from '../../shared/domain/format';
import { safeCell } from '../../shared/domain/spreadsheet-safe';
import type { DocumentMeta } from './document/model';
import { addSheet, newWorkbook } from './workbook';
import type { BallotRecord } from './sources';

const CANDIDATE_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Số phiếu',
  'Tỷ lệ trên cơ sở',
  'Tỷ lệ trên phiếu hợp lệ',
  'Đạt quá nửa',
  'Trúng cử',
  'Xếp hạng',
];
const SUMMARY_HEADERS = [
  'Số',
  'Cuộc bầu',
  'Vòng',
  'Trạng thái',
  'Số lượng bầu',
  'Phiếu phát ra',
  'Phiếu thu vào',
  'Phiếu hợp lệ',
  'Phiếu không hợp lệ',
  'Cơ sở tính',
  'Giá trị cơ sở',
  'Số trúng cử',
  'Còn trống',
  'Bằng phiếu ở vị trí cuối',
];

const yes = (b: boolean) => (b ? 'Có' : '');

function summaryRow(r: BallotRecord): (string | number)[] {
  const { ballot, tally } = r;
  return [
    ballot.id,
    ballot.title,
    ballot.round,
    STATE_LABELS[ballot.state].vi,
    ballot.seats,
    tally.issued,
    tally.returned,
    tally.valid,
    tally.invalid,
    BASE_LABELS[tally.base.kind].vi,
    tally.base.value,
    tally.seatsFilled,
    tally.seatsOpen,
    tally.tie ? tally.tie.numbers.join(', ') : '',
  ];
}

export async function tallyWorkbook(
  records: BallotRecord[],
  meta: DocumentMeta,
  onSheet: (done: number) => Promise<void>,
): Promise<Buffer> {
  const wb = newWorkbook(meta);

  const summary = addSheet(wb, 'Tổng hợp');
  summary.addRow([safeCell(meta.congressName)]).font = { bold: true, size: 13 };
  summary.addRow([safeCell(meta.title)]);
  summary.addRow([]);
  const head = summary.addRow(SUMMARY_HEADERS);
  head.font = { bold: true };
  for (const r of records) summary.addRow(summaryRow(r).map(safeCell));
  summary.columns.forEach((c, i) => (c.width = i === 1 ? 50 : 14));

  for (const [i, r] of records.entries()) {
    const { ballot, tally } = r;
    // the title itself is the first cell; the sheet's name is only a tab label (safeSheetName)
    const ws = addSheet(wb, `${ballot.id}. ${ballot.title}`);
    ws.addRow([safeCell(ballot.title)]).font = { bold: true, size: 13 };
    ws.addRow([`Cơ sở tính tỷ lệ: ${BASE_LABELS[tally.base.kind].vi}`, tally.base.value]);
    ws.addRow(['Phiếu phát ra', tally.issued, 'Thu vào', tally.returned, 'Hợp lệ', tally.valid, 'Không hợp lệ', tally.invalid]);
    ws.addRow([]);
    ws.addRow(CANDIDATE_HEADERS).font = { bold: true };
    const shown = new Map(ballot.candidates.map((c) => [c.number, c.showBirthDate]));
    for (const c of tally.candidates) {
      const row = ws.addRow([
        c.number,
        safeCell(c.name),
        shown.get(c.number) || c.birthDate ? formatDate(c.birthDate) : '',
        c.votes,
        c.percentOfBase / 10000,
        c.percentOfValid / 10000,
        yes(c.passed),
        yes(c.elected),
        c.rank,
      ]);
      row.getCell(5).numFmt = '0.00%';
      row.getCell(6).numFmt = '0.00%';
    }
    ws.columns.forEach((col, k) => (col.width = k === 1 ? 34 : 14));
    ws.views = [{ state: 'frozen', ySplit: 5 }];
    await onSheet(i + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const BOM = '\ufeff';

/** One CSV for all the ballots asked for, a row per candidate; percentages as printed ("87,50 %"). */
export function tallyCsv(records: BallotRecord[]): Buffer {
  const rows: (string | number)[][] = [['Số cuộc bầu', 'Cuộc bầu', ...CANDIDATE_HEADERS, 'Cơ sở tính', 'Giá trị cơ sở', 'Phiếu hợp lệ']];
  for (const { ballot, tally } of records) {
    for (const c of tally.candidates) {
      rows.push(
        [
          ballot.id,
          ballot.title,
          c.number,
          c.name,
          formatDate(c.birthDate),
          c.votes,
          formatHundredths(c.percentOfBase).replace('\u00a0', ' '),
          formatHundredths(c.percentOfValid).replace('\u00a0', ' '),
          yes(c.passed),
          yes(c.elected),
          c.rank,
          BASE_LABELS[tally.base.kind].vi,
          tally.base.value,
          tally.valid,
        ].map(safeCell),
      );
    }
  }
  return Buffer.from(BOM + Papa.unparse(rows, { newline: '\r\n' }), 'utf8');
}
