import { MAX_ROSTER_BYTES, RosterFileError, type RosterFileErrorCode, type RosterMapping } from '../../../main/import/roster-reader';
import { TITLE_ROWS, csv, noise, readRoster, xlsx, zip } from './build-files';

async function refusal(bytes: Uint8Array, fileName: string, mapping?: RosterMapping): Promise<RosterFileError> {
  const error = await readRoster(bytes, fileName, mapping).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterFileError);
  return error as RosterFileError;
}

async function expectRefused(bytes: Uint8Array, fileName: string, code: RosterFileErrorCode, message: RegExp, mapping?: RosterMapping) {
  const error = await refusal(bytes, fileName, mapping);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

const NOT_EXCEL = /không phải là tệp Excel \(\.xlsx\) hoặc CSV.*Hãy mở bằng Excel và lưu lại dưới dạng \.xlsx\./;

describe('roster files that are refused as a whole', () => {
  it('random bytes', async () => {
    await expectRefused(noise(4096), 'danh-sach.xlsx', 'UNSUPPORTED_FORMAT', /Tệp «danh-sach\.xlsx» không phải là tệp Excel/);
    await expectRefused(noise(4096, 99), 'danh-sach.csv', 'UNSUPPORTED_FORMAT', NOT_EXCEL);
  });

  it('an old binary .xls (OLE2 compound file), even renamed to .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(2048)]);
    await expectRefused(ole, 'ds.xls', 'UNSUPPORTED_FORMAT', /Excel 97–2003 \(\.xls\)/);
    await expectRefused(ole, 'ds.xlsx', 'UNSUPPORTED_FORMAT', NOT_EXCEL);
  });

  it('a zip that is not a workbook, and an OpenDocument spreadsheet', async () => {
    await expectRefused(zip({ 'readme.txt': 'Họ và tên' }), 'ds.xlsx', 'UNSUPPORTED_FORMAT', NOT_EXCEL);
    const ods = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    await expectRefused(ods, 'ds.ods', 'UNSUPPORTED_FORMAT', /OpenDocument \(\.ods\)/);
  });

  it('an HTML table saved as .xls by a web application', async () => {
    const html = Buffer.from('<html><body><table><tr><td>Họ và tên</td><td>STT</td></tr></table></body></html>');
    await expectRefused(html, 'export.xls', 'UNSUPPORTED_FORMAT', NOT_EXCEL);
  });

  it('a damaged workbook', async () => {
    const good = await xlsx({
      rows: [
        ['Họ và tên', 'STT'],
        ['Nguyễn Văn An', 1],
      ],
    });
    // The entries are all there (so it still looks like a workbook) but the zip directory is wiped.
    const damaged = Buffer.from(good).fill(0, good.length - 300);
    await expectRefused(damaged, 'hong.xlsx', 'FILE_UNREADABLE', /Không đọc được tệp «hong\.xlsx»/);
  });

  it('an empty file, a sheet without cells, a CSV of blank lines', async () => {
    await expectRefused(new Uint8Array(0), 'rong.xlsx', 'EMPTY_FILE', /trống/);
    await expectRefused(await xlsx({ rows: [] }), 'rong.xlsx', 'EMPTY_FILE', /không có dữ liệu/);
    await expectRefused(await xlsx({ rows: [[null, '   '], [], ['']] }), 'rong.xlsx', 'EMPTY_FILE', /không có dữ liệu/);
    await expectRefused(csv([[''], [',,,'], ['  ']], 'utf-8'), 'rong.csv', 'EMPTY_FILE', /không có dữ liệu/);
  });

  it('a file over the size limit, with its size in MB', async () => {
    const big = new Uint8Array(MAX_ROSTER_BYTES + 512 * 1024);
    await expectRefused(big, 'to.xlsx', 'FILE_TOO_LARGE', /Tệp «to\.xlsx» nặng 20,5 MB, vượt giới hạn 20,0 MB/);
    // Exactly at the limit is not "too large" (it is refused for another reason).
    expect((await refusal(new Uint8Array(MAX_ROSTER_BYTES), 'x.csv')).code).not.toBe('FILE_TOO_LARGE');
  });

  it('no recognisable header in the first 30 rows', async () => {
    await expectRefused(
      await xlsx({ rows: [...TITLE_ROWS, ['Cột 1', 'Cột 2'], ['Nguyễn Văn An', '1970']] }),
      'x.xlsx',
      'NO_HEADER_ROW',
      /Không tìm thấy dòng tiêu đề trong 30 dòng đầu/,
    );
    // A name column alone is not enough to be sure it is the header.
    await expectRefused(await xlsx({ rows: [['Họ và tên'], ['Nguyễn Văn An']] }), 'x.xlsx', 'NO_HEADER_ROW', /«Họ và tên»/);
    const deep = Array.from({ length: 30 }, (_, i) => [`Ghi chú ${i + 1}`]);
    await expectRefused(await xlsx({ rows: [...deep, ['STT', 'Họ và tên'], [1, 'Nguyễn Văn An']] }), 'x.xlsx', 'NO_HEADER_ROW', /tiêu đề/);
    const ok = await readRoster(await xlsx({ rows: [...deep.slice(1), ['STT', 'Họ và tên'], [1, 'Nguyễn Văn An']] }), 'x.xlsx');
    expect(ok.headerRow).toBe(30);
  });

  it('no name column once the mapping is applied', async () => {
    const bytes = await xlsx({
      rows: [
        ['STT', 'Họ và tên', 'Giới tính'],
        [1, 'Nguyễn Văn An', 'Nam'],
      ],
    });
    await expectRefused(bytes, 'x.xlsx', 'NO_NAME_COLUMN', /Chưa có cột họ và tên/, { 1: null });
    await expectRefused(bytes, 'x.xlsx', 'NO_NAME_COLUMN', /Chưa có cột họ và tên/, { 1: 'unit' });
  });
});
