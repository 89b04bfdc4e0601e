import { type CsvEncoding, csv, readRoster } from './build-files';

const ROWS = [
  ['ỦY BAN MTTQ VIỆT NAM PHƯỜNG HÒA BÌNH'],
  ['DANH SÁCH ĐẠI BIỂU'],
  ['STT', 'Mã đại biểu', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Tôn giáo', 'Chức vụ'],
  ['1', 'DB001', 'Nguyễn Thị Hằng', 'Nữ', '15/01/1970', 'Phật giáo', 'Chủ tịch Ủy ban MTTQ phường'],
  ['', '', '', '', '', '', ''],
  ['2', 'DB002', 'Đặng Văn Đức', 'Nam', '1968', 'Không', 'Bí thư Chi bộ khu phố 3'],
  ['3', 'DB003', 'Trương Thị Phượng', 'Nữ', '02/09/1975', 'Công giáo', 'Trưởng Ban công tác Mặt trận khu phố 5'],
];

const EXPECTED = [
  [4, 'DB001', 'Nguyễn Thị Hằng', 'female', '1970-01-15', 'Phật giáo', 'Chủ tịch Ủy ban MTTQ phường'],
  [6, 'DB002', 'Đặng Văn Đức', 'male', '1968', 'Không', 'Bí thư Chi bộ khu phố 3'],
  [7, 'DB003', 'Trương Thị Phượng', 'female', '1975-09-02', 'Công giáo', 'Trưởng Ban công tác Mặt trận khu phố 5'],
];

const summary = (preview: Awaited<ReturnType<typeof readRoster>>) =>
  preview.rows.map((r) => [
    r.row,
    r.delegate?.code,
    r.delegate?.fullName,
    r.delegate?.gender,
    r.delegate?.birthDate,
    r.delegate?.religion,
    r.delegate?.position,
  ]);

describe('roster csv: encodings and separators Excel produces', () => {
  const cases: [CsvEncoding, string][] = [
    ['utf-8-bom', ','],
    ['utf-8', ','],
    ['utf-8', ';'],
    ['windows-1258', ','],
    ['windows-1258', ';'],
    ['utf-16le', '\t'],
    ['utf-16be', '\t'],
  ];
  it.each(cases)('%s with %j', async (encoding, delimiter) => {
    const preview = await readRoster(csv(ROWS, encoding, delimiter), 'ds.csv');
    expect(preview).toMatchObject({ sheetName: null, headerRow: 3, errors: [] });
    expect(summary(preview)).toEqual(EXPECTED);
  });

  it('windows-1258 really is a different byte stream (tone marks as combining bytes)', () => {
    const bytes = csv([['Nguyễn Thị Hằng']], 'windows-1258');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    // "ễ" = ê (0xEA) + combining tilde (0xDE) in windows-1258.
    expect([...bytes.subarray(0, 7)]).toEqual([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]);
  });

  it('NFD text and stray spaces come out NFC and single-spaced', async () => {
    const nfd = ['Họ và tên', 'Giới tính'].map((h) => h.normalize('NFD'));
    const bytes = csv([nfd, ['  Huỳnh   Thị  Ngọc   Ánh  '.normalize('NFD'), ' Nữ ']], 'utf-8');
    const preview = await readRoster(bytes, 'nfd.csv');
    expect(preview.rows[0]!.delegate).toMatchObject({ fullName: 'Huỳnh Thị Ngọc Ánh', gender: 'female' });
    expect(preview.rows[0]!.delegate!.fullName).toBe(preview.rows[0]!.delegate!.fullName.normalize('NFC'));
  });

  it('a quoted "Chức vụ, đơn vị công tác" header in a comma file stays one column', async () => {
    const bytes = csv([
      ['Họ và tên', '"Chức vụ, đơn vị công tác"', 'Tổ'],
      ['Lê Văn Tâm', '"Trưởng khu phố 1, phường Hòa Bình"', 'Tổ 2'],
    ]);
    const preview = await readRoster(bytes, 'q.csv');
    expect(preview.columns.map((c) => c.field)).toEqual(['fullName', 'position', 'group']);
    expect(preview.rows[0]!.delegate).toMatchObject({ position: 'Trưởng khu phố 1, phường Hòa Bình', group: 'Tổ 2' });
  });

  it('a year-of-birth two-level header written by a CSV export (blank instead of merged)', async () => {
    const bytes = csv([
      ['STT', 'Họ và tên', 'Năm sinh', ''],
      ['', '', 'Nam', 'Nữ'],
      ['1', 'Hà Văn Thắng', '1959', ''],
      ['2', 'Mai Thị Nga', '', '1964'],
    ]);
    const preview = await readRoster(bytes, 'y.csv');
    expect(preview.rows.map((r) => [r.row, r.delegate?.gender, r.delegate?.birthDate])).toEqual([
      [3, 'male', '1959'],
      [4, 'female', '1964'],
    ]);
  });
});
