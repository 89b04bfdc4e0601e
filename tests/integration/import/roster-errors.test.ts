import { readRoster, rowOf, worded, xlsx } from './build-files';

const HEADER = [
  'STT',
  'Mã đại biểu',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh (dd/mm/yyyy)',
  'Đảng viên (x)',
  'Thành phần',
  'Tư cách',
  'Dân tộc',
];
const ok = (n: number, code: string, name: string) => [n, code, name, 'Nam', '01/01/1970', 'x', 'Đương nhiên', 'Chính thức', 'Kinh'];

/** Every bad value gets one row; the header is on sheet row 2 under one title row. */
async function previewWith(rows: unknown[][]) {
  return readRoster(await xlsx({ rows: [['DANH SÁCH ĐẠI BIỂU'], HEADER, ...(rows as never[][])] }), 'loi.xlsx');
}

describe('roster errors: every bad row reported by row and column', () => {
  it('reports each kind of bad value with the sheet row and the column as the user sees them', async () => {
    const preview = await previewWith([
      ok(1, 'DB001', 'Nguyễn Văn An'),
      [2, 'DB002', 'Trần Văn Bình', 'Ông', '01/01/1970', 'x', 'Đương nhiên', 'Chính thức'],
      [3, 'DB003', 'Lê Văn Cường', 'Nam', '31/02/1970'],
      [4, 'DB004', 'Phạm Văn Dũng', 'Nam', '1899'],
      [5, 'DB005', 'Hoàng Văn Đạt', 'Nam', '12/12/2999'],
      [6, 'DB006', 'Huỳnh Văn Em', 'Nam', 'năm bảy mươi'],
      [7, 'DB007', 'Phan Văn Giang', 'Nam', 1970, 'có thể'],
      [8, 'DB008', 'Vũ Văn Hải', 'Nam', 1970, null, 'Tự ứng cử'],
      [9, 'DB009', 'Võ Văn Hùng', 'Nam', 1970, null, null, 'Dự thính'],
      [10, 'DB010', null, 'Nam', 1970],
      [11, 'DB011', 'Nguyễn ' + 'Văn '.repeat(50) + 'Dài', 'Nam'],
      [12, 'DB012', 'Đỗ Văn 12', 'Nam'],
    ]);
    const e = (row: number) => worded(rowOf(preview, row).errors);
    expect(rowOf(preview, 3)).toMatchObject({ errors: [], delegate: { code: 'DB001' } });
    expect(e(4)).toEqual([{ row: 4, column: 'Giới tính (cột D)', message: 'Giới tính không hợp lệ: «Ông» (chỉ nhận Nam hoặc Nữ)' }]);
    const dateError = (row: number, shown: string) => ({
      row,
      column: 'Ngày sinh (cột E)',
      message: `Ngày sinh không đọc được: «${shown}» (dùng dạng dd/mm/yyyy hoặc năm yyyy)`,
    });
    expect(e(5)).toEqual([dateError(5, '31/02/1970')]);
    expect(e(6)).toEqual([dateError(6, '1899')]);
    expect(e(7)).toEqual([dateError(7, '12/12/2999')]);
    expect(e(8)).toEqual([dateError(8, 'năm bảy mươi')]);
    expect(e(9)).toEqual([
      { row: 9, column: 'Đảng viên (cột F)', message: 'Đảng viên không đọc được: «có thể» (ghi x nếu là đảng viên, để trống nếu không)' },
    ]);
    expect(e(10)).toEqual([
      {
        row: 10,
        column: 'Thành phần (cột G)',
        message: 'Thành phần không hợp lệ: «Tự ứng cử» (chỉ nhận: Đương nhiên, Hiệp thương cử, Được cử, Bầu, Chỉ định)',
      },
    ]);
    expect(e(11)).toEqual([
      { row: 11, column: 'Tư cách (cột H)', message: 'Tư cách không hợp lệ: «Dự thính» (chỉ nhận: Chính thức, Dự khuyết, Khách mời)' },
    ]);
    expect(e(12)).toEqual([{ row: 12, column: 'Họ và tên (cột C)', message: 'Thiếu họ và tên' }]);
    expect(e(13)).toEqual([{ row: 13, column: 'Họ và tên (cột C)', message: 'Quá dài (210 ký tự, tối đa 200)' }]);
    expect(e(14)[0]!.message).toMatch(/^Họ và tên không hợp lệ: «Đỗ Văn 12»/);

    // delegate is null exactly when a row has errors; the totals and the flat list agree.
    for (const r of preview.rows) expect(r.delegate === null).toBe(r.errors.length > 0);
    expect(preview).toMatchObject({ validCount: 1, errorCount: 11 });
    expect(preview.errors).toEqual(preview.rows.flatMap((r) => r.errors));
  });

  it('lists several errors of one row in column order', async () => {
    const preview = await previewWith([[1, 'DB001', 'Ngô Văn Long', 'X', '32/13/1970', null, 'abc', 'xyz']]);
    expect(worded(preview.errors).map((e) => e.column)).toEqual([
      'Giới tính (cột D)',
      'Ngày sinh (cột E)',
      'Thành phần (cột G)',
      'Tư cách (cột H)',
    ]);
  });

  it('refuses a code used twice in the file, on the later row, case-insensitively', async () => {
    const rows = Array.from({ length: 13 }, (_, i) =>
      ok(i + 1, `DB${String(i + 1).padStart(3, '0')}`, `Dương Văn Người Thứ ${'I'.repeat(i + 1)}`),
    );
    rows.push(ok(14, 'db012', 'Lý Thị Trùng Mã'), ok(15, 'DB012', 'Lý Thị Lại Trùng'));
    const preview = await previewWith(rows);
    expect(rowOf(preview, 14).errors).toEqual([]);
    expect(worded(rowOf(preview, 16).errors)).toEqual([
      { row: 16, column: 'Mã đại biểu (cột B)', message: 'Mã «DB012» trùng với dòng 14' },
    ]);
    expect(worded(rowOf(preview, 17).errors)).toEqual([
      { row: 17, column: 'Mã đại biểu (cột B)', message: 'Mã «DB012» trùng với dòng 14' },
    ]);
    expect(rowOf(preview, 14).delegate!.code).toBe('DB012');
  });

  it('leaves empty codes to the service: no code, no duplicate', async () => {
    const preview = await previewWith([ok(1, '', 'Bùi Văn Một'), ok(2, '', 'Bùi Văn Hai')]);
    expect(preview.rows.map((r) => r.delegate?.code)).toEqual([null, null]);
    expect(preview.errors).toEqual([]);
  });
});

describe('roster values', () => {
  const oneColumn = async (header: string, values: unknown[]) => {
    const rows = values.map((v, i) => [`Người Số ${'I'.repeat(i + 1)}`, v]);
    const preview = await readRoster(await xlsx({ rows: [['Họ và tên', header], ...(rows as never[][])] }), 'v.xlsx');
    return preview.rows.map((r) => (r.delegate ? r.delegate : worded(r.errors)[0]!.message));
  };

  it('gender: Nam/Nữ in any case and spelling, M/F, empty → unknown', async () => {
    const got = await oneColumn('Giới tính', ['Nam', 'nam', 'NAM', 'M', 'male', 'Nữ', 'nu', 'nư', 'NỮ', 'F', 'female', null]);
    expect(got.map((d) => (typeof d === 'string' ? d : d.gender))).toEqual([
      'male',
      'male',
      'male',
      'male',
      'male',
      'female',
      'female',
      'female',
      'female',
      'female',
      'female',
      null,
    ]);
  });

  it('birth date: every accepted spelling to ISO', async () => {
    const got = await oneColumn('Ngày sinh', [
      '15/01/1970',
      '15-01-1970',
      '15.01.1970',
      '1970-01-15',
      '5/1/1970',
      '1970',
      1970,
      25583,
      '15/01/1970 00:00:00',
      new Date(Date.UTC(1970, 0, 15)),
    ]);
    expect(got.map((d) => (typeof d === 'string' ? d : d.birthDate))).toEqual([
      '1970-01-15',
      '1970-01-15',
      '1970-01-15',
      '1970-01-15',
      '1970-01-05',
      '1970',
      '1970',
      '1970-01-15',
      '1970-01-15',
      '1970-01-15',
    ]);
  });

  it('party membership: "Đảng viên" empty means no; "Đảng phái" understands Ngoài Đảng and a joining date', async () => {
    const yes = ['x', 'X', 'có', 'Đảng viên', 'ĐV', 'ĐCSVN', 1, '1', true, '√', '03/02/1995'];
    const no = [null, 0, 'không', 'Ngoài Đảng', 'quần chúng', '-', false];
    for (const header of ['Đảng viên', 'Đảng phái']) {
      const got = await oneColumn(header, [...yes, ...no]);
      expect(got.map((d) => (typeof d === 'string' ? d : d.partyMember))).toEqual([...yes.map(() => true), ...no.map(() => false)]);
    }
    // No party column at all: not known.
    expect((await oneColumn('Dân tộc', ['Kinh']))[0]).toMatchObject({ partyMember: null });
  });

  it('kind and status: the spellings in use', async () => {
    const kinds = await oneColumn('Thành phần', [
      'Đương nhiên',
      'ĐB đương nhiên',
      'Hiệp thương cử',
      'được cử',
      'Cử',
      'Bầu',
      'được bầu',
      'hiệp thương',
      'Chỉ định',
      null,
    ]);
    expect(kinds.map((d) => (typeof d === 'string' ? d : d.kind))).toEqual([
      'ex_officio',
      'ex_officio',
      'nominated',
      'nominated',
      'nominated',
      'nominated',
      'nominated',
      'nominated',
      'appointed',
      null,
    ]);
    const statuses = await oneColumn('Tư cách đại biểu', [
      'Chính thức',
      'CT',
      'Dự khuyết',
      'DK',
      'Khách mời',
      'khách',
      'KM',
      'Đại biểu khách mời',
      null,
    ]);
    expect(statuses.map((d) => (typeof d === 'string' ? d : d.status))).toEqual([
      'official',
      'official',
      'alternate',
      'alternate',
      'guest',
      'guest',
      'guest',
      'guest',
      'official',
    ]);
  });
});
