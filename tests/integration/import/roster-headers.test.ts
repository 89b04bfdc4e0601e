import type { RosterField } from '../../../shared/domain/delegate';
import { csv, readRoster, xlsx } from './build-files';

/** Header spellings met in real rosters → the field they mean. */
const SPELLINGS: [string, RosterField][] = [
  ['STT', 'ordinal'],
  ['TT', 'ordinal'],
  ['Số TT', 'ordinal'],
  ['S.T.T', 'ordinal'],
  ['Mã', 'code'],
  ['Mã ĐB', 'code'],
  ['Mã đại biểu', 'code'],
  ['Số thẻ', 'code'],
  ['Mã số', 'code'],
  ['Giới tính', 'gender'],
  ['Nam/Nữ', 'gender'],
  ['Nam-Nữ', 'gender'],
  ['Giới', 'gender'],
  ['GIỚI TÍNH (Nam/Nữ)', 'gender'],
  ['Ngày sinh', 'birthDate'],
  ['Năm sinh', 'birthDate'],
  ['Ngày tháng năm sinh', 'birthDate'],
  ['Sinh ngày', 'birthDate'],
  ['Ngày sinh (dd/mm/yyyy)', 'birthDate'],
  ['Ngày, tháng, năm sinh', 'birthDate'],
  ['Dân tộc', 'ethnicity'],
  ['Tôn giáo', 'religion'],
  ['Đảng viên', 'partyMember'],
  ['Đảng phái', 'partyMember'],
  ['ĐV', 'partyMember'],
  ['Đảng viên (x)', 'partyMember'],
  ['Trình độ', 'education'],
  ['Trình độ học vấn', 'education'],
  ['Trình độ chuyên môn', 'education'],
  ['Học vấn', 'education'],
  ['Chức vụ', 'position'],
  ['Chức vụ đơn vị', 'position'],
  ['Chức vụ, đơn vị công tác', 'position'],
  ['Chức danh', 'position'],
  ['Đơn vị', 'unit'],
  ['Đơn vị công tác', 'unit'],
  ['Nơi công tác', 'unit'],
  ['Cơ quan', 'unit'],
  ['Tổ', 'group'],
  ['Tổ thảo luận', 'group'],
  ['Đoàn', 'group'],
  ['Nhóm', 'group'],
  ['Ghế', 'seat'],
  ['Số ghế', 'seat'],
  ['Vị trí ngồi', 'seat'],
  ['Thành phần', 'kind'],
  ['Thành phần đại biểu', 'kind'],
  ['Cơ cấu', 'kind'],
  ['Loại', 'status'],
  ['Loại đại biểu', 'status'],
  ['Tư cách', 'status'],
  ['Tư cách đại biểu', 'status'],
];

const NAME_SPELLINGS = [
  'Họ và tên',
  'Họ tên',
  'HỌ VÀ TÊN',
  'HỌ TÊN',
  'Họ tên đại biểu',
  'Họ và tên đại biểu',
  'ho va ten',
  'Họ và tên'.normalize('NFD'),
  '  Họ  và\ntên ',
  'Họ và tên đại biểu dự Đại hội',
];

describe('roster header recognition', () => {
  it.each(SPELLINGS)('"%s" → %s', async (header, field) => {
    const quoted = header.includes(',') ? `"${header}"` : header;
    const preview = await readRoster(
      csv([
        ['Họ và tên', quoted],
        ['Nguyễn Văn An', ''],
      ]),
      'h.csv',
    );
    expect(preview.columns).toHaveLength(2);
    expect(preview.columns[1]!.field).toBe(field);
  });

  it.each(NAME_SPELLINGS)('name column spelt %j', async (header) => {
    const preview = await readRoster(
      await xlsx({
        rows: [
          ['STT', header],
          [1, 'Nguyễn Văn An'],
        ],
      }),
      'h.xlsx',
    );
    expect(preview.columns[1]!.field).toBe('fullName');
    expect(preview.rows[0]!.delegate!.fullName).toBe('Nguyễn Văn An');
  });

  it('does not take look-alike headers for fields', async () => {
    const preview = await readRoster(
      csv([
        ['Họ và tên', 'Tổ chức đề cử', 'Đoàn thể', 'Mã số thuế doanh nghiệp', 'Ghi chú'],
        ['Nguyễn Văn An', '', '', '', ''],
      ]),
      'h.csv',
    );
    expect(preview.columns.map((c) => c.field)).toEqual(['fullName', null, null, 'code', null]);
  });

  it('a header spelt twice maps the first column only', async () => {
    const preview = await readRoster(
      csv([
        ['Họ và tên', 'Ngày sinh', 'Năm sinh'],
        ['Nguyễn Văn An', '01/02/1970', '1970'],
      ]),
      'h.csv',
    );
    expect(preview.columns.map((c) => c.field)).toEqual(['fullName', 'birthDate', null]);
  });
});
