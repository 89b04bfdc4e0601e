import { RosterFileError } from '../../../main/import/roster-reader';
import { TITLE_ROWS, delegateAt, readRoster, rowOf, worded, xlsx } from './build-files';

const HEADER = ['STT', 'Mã đại biểu', 'Họ và tên', 'Giới tính', 'Ngày sinh (dd/mm/yyyy)', 'Dân tộc', 'Tôn giáo', 'Đảng viên (x)'];

describe('roster xlsx: layout as organisers make it', () => {
  it('finds the header under merged title rows and reports the row numbers Excel shows', async () => {
    const bytes = await xlsx({
      name: 'Danh sách',
      rows: [
        ...TITLE_ROWS,
        ['(Kèm theo Tờ trình số 12/TTr-MTTQ ngày 01/12/2026)'],
        [],
        ['Số TT', 'Mã ĐB', 'HỌ VÀ TÊN', 'Nam/Nữ', 'Ngày sinh', 'Dân tộc', 'Tôn giáo', 'Đảng viên (x)'],
        [1, 'DB001', 'Nguyễn Văn An', 'Nam', '15/01/1970', 'Kinh', 'Không', 'x'],
        [],
        [2, 'DB002', 'Trần Thị Hằng', 'Nữ', '1975', 'Tày', 'Phật giáo', null],
        [3],
        [4, 'db003', '  Lê   Văn\u00a0Đức ', 'nam', '02-03-1980', 'Kinh', 'Không', 'X'],
      ],
      merges: ['A1:H1', 'A2:H2', 'A3:H3'],
    });
    const preview = await readRoster(bytes, 'danh-sach.xlsx');
    expect(preview).toMatchObject({ fileName: 'danh-sach.xlsx', sheetName: 'Danh sách', headerRow: 5, validCount: 3, errorCount: 0 });
    // Blank rows and the row with only an STT are not delegates; numbering follows the sheet.
    expect(preview.rows.map((r) => r.row)).toEqual([6, 8, 10]);
    expect(preview.columns.map((c) => [c.index, c.letter, c.field])).toEqual([
      [0, 'A', 'ordinal'],
      [1, 'B', 'code'],
      [2, 'C', 'fullName'],
      [3, 'D', 'gender'],
      [4, 'E', 'birthDate'],
      [5, 'F', 'ethnicity'],
      [6, 'G', 'religion'],
      [7, 'H', 'partyMember'],
    ]);
    expect(delegateAt(preview, 6)).toEqual({
      code: 'DB001',
      fullName: 'Nguyễn Văn An',
      gender: 'male',
      birthDate: '1970-01-15',
      ethnicity: 'Kinh',
      religion: 'Không',
      partyMember: true,
      education: null,
      position: null,
      unit: null,
      group: null,
      seat: null,
      kind: null,
      status: 'official',
    });
    expect(delegateAt(preview, 8)).toMatchObject({ gender: 'female', birthDate: '1975', partyMember: false, ethnicity: 'Tày' });
    expect(delegateAt(preview, 10)).toMatchObject({
      code: 'DB003',
      fullName: 'Lê Văn Đức',
      gender: 'male',
      birthDate: '1980-03-02',
      partyMember: true,
    });
  });

  it('reads Date cells, serial numbers, formulas, rich text and NFD text', async () => {
    const nfd = 'Phạm Thị Ngọc Ánh'.normalize('NFD');
    const bytes = await xlsx({
      rows: [
        ['STT', 'Họ tên đại biểu', 'Ngày sinh', 'Trình độ', 'Tổ'],
        [1, nfd, new Date(Date.UTC(1968, 4, 19)), 'Đại học', 'Tổ 1'],
        [
          2,
          { richText: [{ text: 'Hoàng ', font: { bold: true } }, { text: 'Minh Tuấn' }] },
          25569,
          '12/12',
          { formula: '"Tổ "&2', result: 'Tổ 2' },
        ],
        [
          3,
          { formula: 'CONCATENATE("Vũ"," Thị Lan")', result: 'Vũ Thị Lan' },
          { formula: 'DATE(1990,2,28)', result: new Date(Date.UTC(1990, 1, 28)) },
          new Date(Date.UTC(2026, 11, 12)),
          3,
        ],
      ],
      formats: { C2: 'dd/mm/yyyy', C4: 'dd/mm/yyyy', D4: 'dd/mm' },
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.errors).toEqual([]);
    const [a, b, c] = preview.rows.map((r) => r.delegate!);
    expect(a!.fullName).toBe('Phạm Thị Ngọc Ánh'.normalize('NFC'));
    expect(a!.birthDate).toBe('1968-05-19');
    expect(b).toMatchObject({ fullName: 'Hoàng Minh Tuấn', birthDate: '1970-01-01', education: '12/12', group: 'Tổ 2' });
    // "12/12" typed into Excel becomes 12 December; in the education column it is the school grade.
    expect(c).toMatchObject({ fullName: 'Vũ Thị Lan', birthDate: '1990-02-28', education: '12/12', group: '3' });
  });

  it('reads a year typed into a date-formatted cell as that year, not as 1905', async () => {
    const bytes = await xlsx({
      rows: [
        ['Họ và tên', 'Năm sinh'],
        ['Đỗ Văn Hùng', 1962],
      ],
      formats: { B2: 'dd/mm/yyyy' },
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.rows[0]!.delegate!.birthDate).toBe('1962');
  });

  it('uses the first worksheet that has a header row', async () => {
    const bytes = await xlsx(
      { name: 'Hướng dẫn', rows: [['Điền danh sách ở trang sau'], ['Họ và tên viết đủ dấu']] },
      { name: 'DS đại biểu', rows: [...TITLE_ROWS, HEADER, [1, 'A1', 'Ngô Thị Mai']] },
    );
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview).toMatchObject({ sheetName: 'DS đại biểu', headerRow: 3, validCount: 1 });
  });

  it('maps "Chức vụ, đơn vị công tác" to position and keeps separate position and unit columns apart', async () => {
    const one = await readRoster(
      await xlsx({
        rows: [
          ['Họ và tên', 'Chức vụ, đơn vị công tác'],
          ['Bùi Văn Nam', 'Bí thư Chi bộ khu phố 3'],
        ],
      }),
      'a.xlsx',
    );
    expect(one.columns[1]!.field).toBe('position');
    expect(one.rows[0]!.delegate).toMatchObject({ position: 'Bí thư Chi bộ khu phố 3', unit: null });
    const two = await readRoster(
      await xlsx({
        rows: [
          ['Họ và tên', 'Chức vụ', 'Đơn vị công tác'],
          ['Bùi Văn Nam', 'Bí thư', 'Chi bộ khu phố 3'],
        ],
      }),
      'b.xlsx',
    );
    expect(two.rows[0]!.delegate).toMatchObject({ position: 'Bí thư', unit: 'Chi bộ khu phố 3' });
  });

  it('skips the column-number row, a repeated header and the totals line under the table', async () => {
    const bytes = await xlsx({
      rows: [
        ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh'],
        ['(1)', '(2)', '(3)', '(4)'],
        [1, 'Đặng Văn Lực', 'Nam', 1960],
        ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh'],
        [2, 'Hồ Thị Phượng', 'Nữ', 1966],
        [null, 'Tổng cộng: 2 đại biểu'],
      ],
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.rows.map((r) => [r.row, r.delegate?.fullName])).toEqual([
      [3, 'Đặng Văn Lực'],
      [5, 'Hồ Thị Phượng'],
    ]);
  });
});

describe('roster xlsx: section titles inside the table', () => {
  it('skips a merged section row and a lone numbered heading, keeping the delegates around them', async () => {
    const bytes = await xlsx({
      rows: [
        ['STT', 'Họ và tên', 'Giới tính', 'Tư cách'],
        ['I. ĐẠI BIỂU CHÍNH THỨC'],
        [1, 'Lâm Văn Phúc', 'Nam', 'Chính thức'],
        [null, 'II. Khách mời'],
        [null, 'Khách mời'],
        [2, 'Quách Thị Tuyết', 'Nữ', 'Khách mời'],
        [3, 'Danh Sơn', null, null],
      ],
      merges: ['A2:D2'],
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.rows.map((r) => [r.row, r.delegate?.fullName])).toEqual([
      [3, 'Lâm Văn Phúc'],
      [6, 'Quách Thị Tuyết'],
      [7, 'Danh Sơn'],
    ]);
  });
});

describe('roster xlsx: two-level headers', () => {
  it('"Năm sinh" over "Nam" | "Nữ": the column holding the year gives the gender', async () => {
    const bytes = await xlsx({
      rows: [
        ...TITLE_ROWS,
        ['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ'],
        [null, null, 'Nam', 'Nữ', null],
        [1, 'Lý Văn Sơn', 1958, null, 'Trưởng khu phố 1'],
        [2, 'Dương Thị Yến', null, '12/05/1972', 'Tổ trưởng Tổ dân phố 4'],
        [3, 'Võ Văn Toàn', 1961, 1962, null],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4'],
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.headerRow).toBe(3);
    expect(preview.columns.map((c) => c.field)).toEqual(['ordinal', 'fullName', 'birthDate', 'birthDate', 'position']);
    expect(preview.columns[3]!.header).toBe('Năm sinh – Nữ');
    expect(delegateAt(preview, 5)).toMatchObject({ gender: 'male', birthDate: '1958', position: 'Trưởng khu phố 1' });
    expect(delegateAt(preview, 6)).toMatchObject({ gender: 'female', birthDate: '1972-05-12' });
    expect(worded(rowOf(preview, 7).errors)).toEqual([
      { row: 7, column: 'Năm sinh – Nam (cột C)', message: 'Ngày sinh ghi ở cả cột Nam và cột Nữ' },
    ]);
  });

  it('refuses a row whose gender column contradicts the Nam/Nữ birth-year column', async () => {
    const bytes = await xlsx({
      rows: [
        ['Họ và tên', 'Giới tính', 'Năm sinh', 'Năm sinh'],
        [null, null, 'Nam', 'Nữ'],
        ['Kim Văn Lợi', 'Nam', null, 1970],
        ['Kim Thị Oanh', 'Nữ', null, 1971],
      ],
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(worded(preview.errors)).toEqual([
      { row: 3, column: 'Năm sinh – Nữ (cột D)', message: 'Giới tính Nam không khớp với cột Năm sinh – Nữ' },
    ]);
    expect(preview.rows[1]!.delegate).toMatchObject({ gender: 'female', birthDate: '1971' });
  });

  it('"Giới tính" over "Nam" | "Nữ" with a mark, and "Họ và tên" over "Họ đệm" | "Tên"', async () => {
    const bytes = await xlsx({
      rows: [
        ['TT', 'Họ và tên', 'Họ và tên', 'Giới tính', 'Giới tính'],
        [null, 'Họ và đệm', 'Tên', 'Nam', 'Nữ'],
        [1, 'Nguyễn Thị Thu', 'Hằng', null, 'x'],
        [2, 'Trương Quốc', 'Việt', 'x', null],
      ],
      merges: ['B1:C1', 'D1:E1'],
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.rows.map((r) => [r.delegate?.fullName, r.delegate?.gender])).toEqual([
      ['Nguyễn Thị Thu Hằng', 'female'],
      ['Trương Quốc Việt', 'male'],
    ]);
  });

  it('a name merged over both cells of a split name column is read once', async () => {
    const bytes = await xlsx({
      rows: [
        ['Họ và tên', 'Họ và tên', 'Năm sinh'],
        ['Họ đệm', 'Tên', null],
        ['Nguyễn Văn', 'An', 1970],
        ['Trần Thị Bích Ngọc', null, null],
      ],
      merges: ['A1:B1', 'A4:B4'],
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.rows.map((r) => r.delegate?.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bích Ngọc']);
  });

  it('does not take a first data row saying "Nam" under "Giới tính" for a sub-header', async () => {
    const bytes = await xlsx({
      rows: [
        ['Họ và tên', 'Giới tính', 'Năm sinh'],
        ['Cao Văn Khoa', 'Nam', 1970],
        ['Tạ Thị Loan', 'Nữ', 1971],
      ],
    });
    const preview = await readRoster(bytes, 'x.xlsx');
    expect(preview.rows.map((r) => r.delegate?.fullName)).toEqual(['Cao Văn Khoa', 'Tạ Thị Loan']);
  });
});

describe('roster xlsx: mapping', () => {
  const file = () =>
    xlsx({
      rows: [
        ['STT', 'Họ và tên', 'Giới tính', 'Ghi chú', 'Nơi ở'],
        [1, 'Phan Văn Bình', 'ông', 'Trưởng khu phố', 'Khu phố 2'],
        [2, 'Phan Thị Chi', 'bà', 'Chi hội trưởng Chi hội Phụ nữ', 'Khu phố 5'],
      ],
    });

  it('detects what it can and leaves unknown headers unmapped', async () => {
    const preview = await readRoster(await file(), 'x.xlsx');
    expect(preview.columns.map((c) => c.field)).toEqual(['ordinal', 'fullName', 'gender', null, null]);
    expect(preview.errorCount).toBe(2);
    expect(worded(preview.errors)[0]).toEqual({
      row: 2,
      column: 'Giới tính (cột C)',
      message: 'Giới tính không hợp lệ: «ông» (chỉ nhận Nam hoặc Nữ)',
    });
  });

  it('a mapping replaces detection for the given columns and the rows are validated again', async () => {
    const preview = await readRoster(await file(), 'x.xlsx', { 2: null, 3: 'position', 4: 'unit' });
    expect(preview.columns.map((c) => c.field)).toEqual(['ordinal', 'fullName', null, 'position', 'unit']);
    expect(preview).toMatchObject({ validCount: 2, errorCount: 0, errors: [] });
    expect(preview.rows[1]!.delegate).toMatchObject({ gender: null, position: 'Chi hội trưởng Chi hội Phụ nữ', unit: 'Khu phố 5' });
  });

  it('refuses a mapping that leaves no name column', async () => {
    await expect(readRoster(await file(), 'x.xlsx', { 1: null })).rejects.toMatchObject({ code: 'NO_NAME_COLUMN' });
    await expect(readRoster(await file(), 'x.xlsx', { 1: null })).rejects.toBeInstanceOf(RosterFileError);
  });

  it('can move the name to another column', async () => {
    const preview = await readRoster(await file(), 'x.xlsx', { 1: null, 2: null, 3: 'fullName' });
    expect(preview.rows.map((r) => r.delegate?.fullName)).toEqual(['Trưởng khu phố', 'Chi hội trưởng Chi hội Phụ nữ']);
  });
});
