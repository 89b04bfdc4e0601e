/**
 * The roster of the update tests and its correction from the organising committee the day before:
 * diacritics fixed in a name, a unit changed, two new delegates (one without a code), one withdrawn.
 * The correction has no «Ghế» column, so seats must stay as they are.
 */
import { type Cell, TITLE_ROWS, xlsx } from '../import/build-files';

const FIRST: Cell[][] = [
  ['STT', 'Mã đại biểu', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Ghế'],
  [1, 'DB001', 'Nguyen Van An', 'Nam', 'Phường Hòa Bình', 'A1'],
  [2, 'DB002', 'Trần Thị Bình', 'Nữ', 'Tổ dân phố 3', 'A2'],
  [3, 'DB003', 'Lê Văn Cường', 'Nam', 'Chi hội Cựu chiến binh', 'A3'],
  [4, 'DB004', 'Phạm Thị Dung', 'Nữ', 'Hội Liên hiệp Phụ nữ', 'A4'],
  [5, 'DB005', 'Hoàng Văn Em', 'Nam', 'Đoàn Thanh niên', 'A5'],
];

export const CORRECTED: Cell[][] = [
  ['STT', 'Mã đại biểu', 'Họ và tên', 'Giới tính', 'Đơn vị'],
  [1, 'DB001', 'Nguyễn Văn An', 'Nam', 'Phường Hòa Bình'],
  [2, 'DB002', 'Trần Thị Bình', 'Nữ', 'Tổ dân phố 5'],
  [3, 'DB003', 'Lê Văn Cường', 'Nam', 'Chi hội Cựu chiến binh'],
  [4, 'DB004', 'Phạm Thị Dung', 'Nữ', 'Hội Liên hiệp Phụ nữ'],
  [5, 'DB006', 'Võ Thị Giang', 'Nữ', 'Hội Nông dân'],
  [6, null, 'Đặng Văn Hải', 'Nam', 'Ban Thường trực'],
];

const asFile = async (fileName: string, rows: Cell[][]) => ({
  fileName,
  contentBase64: (await xlsx({ rows: [...TITLE_ROWS, ...rows] })).toString('base64'),
});

export const firstRoster = () => asFile('danh-sach.xlsx', FIRST);
/** The correction, or any other table under the same title rows. */
export const correctedRoster = (rows: Cell[][] = CORRECTED) => asFile('danh-sach-sua.xlsx', rows);
/** Sheet row of a data row of the correction: the two title rows and the header come first. */
export const sheetRow = (dataRow: number) => TITLE_ROWS.length + 1 + dataRow;
