import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';

/**
 * `--lang en`: the CLI words a refusal from its key in English (a file-system refusal, a papers
 * file's rows, a hand count's problems); Vietnamese stays the default.
 */
let dir: string;
useCliSandbox('cli-english-', (d) => (dir = d));

async function ballotIn(file: string): Promise<string> {
  await cli('new', file, '--name', 'Thu');
  writeFileSync(join(dir, 'uv.csv'), 'STT,Họ và tên\n1,Anna\n2,Binh\n3,Chau\n');
  const created = await cli('ballot', 'create', file, '--title', 'T', '--seats-approved', '2', '--candidates', join(dir, 'uv.csv'));
  return created.out.trim();
}

describe('the CLI in English', () => {
  it('says a file-system refusal in English with --lang en, in Vietnamese without', async () => {
    writeFileSync(join(dir, 'plain'), 'x');
    const target = join(dir, 'plain', 'a.congress');
    const en = await cli('new', target, '--name', 'X', '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toBe(
      `Error: Could not create the congress file "${target}": "${join(dir, 'plain')}" is a file, not a folder. Nothing was changed. Choose a folder.`,
    );
    const vi = await cli('new', target, '--name', 'X');
    expect(vi.out).toMatch(/^Lỗi: Không tạo được tệp đại hội «/);
  });

  it('lists a papers file’s bad rows in English, the reader’s and the engine’s', async () => {
    const file = join(dir, 'c.congress');
    const id = await ballotIn(file);
    writeFileSync(join(dir, 'p.csv'), 'paper,struck,invalid\n1,x,\n2,9,\n');
    const r = await cli('ballot', 'papers', file, id, join(dir, 'p.csv'), '--lang', 'en');
    expect(r.code).toBe(1);
    const said = JSON.parse(r.out) as { error: string; message: string; errors: { row: number; key: string }[] };
    expect(said.error).toBe('INVALID_INPUT');
    expect(said.errors.map((e) => [e.row, e.key])).toEqual([
      [2, 'paperFile.badNumbers'],
      [3, 'paper.unknownNumbers'],
    ]);
    expect(said.message).toBe(
      '2 rows of papers are refused; no paper was saved. Row 2: Not candidate numbers: "x"; Row 3: No candidate number 9 on the list (1 to 3). The paper was not saved.',
    );
    const vi = JSON.parse((await cli('ballot', 'papers', file, id, join(dir, 'p.csv'))).out) as { message: string };
    expect(vi.message).toBe(
      'Có 2 dòng phiếu lỗi; chưa lưu phiếu nào. Dòng 2: Không phải số thứ tự người ứng cử: «x»; Dòng 3: Không có số 9 trong danh sách (từ 1 đến 3). Phiếu chưa được lưu.',
    );
  });

  it('words a roster file’s bad cells and a whole-file refusal in English, from keys', async () => {
    const file = join(dir, 'r.congress');
    await cli('new', file, '--name', 'R');
    writeFileSync(
      join(dir, 'ds.csv'),
      'STT,Họ và tên,Giới tính,Ngày sinh (dd/mm/yyyy)\n1,Lê Văn An,Ông,01/01/1970\n2,Trần Bình,Nam,31/02/1970\n',
    );
    const r = await cli('delegates', 'import', file, join(dir, 'ds.csv'), '--lang', 'en');
    expect(r.code).toBe(1);
    const said = JSON.parse(r.out) as { message: string; errors: { row: number; key: string; column: unknown; message: string }[] };
    expect(said.errors.map((e) => [e.row, e.key, e.column])).toEqual([
      [2, 'listRow.badGender', { header: 'Giới tính', letter: 'C' }],
      [3, 'listRow.badBirthDate', { header: 'Ngày sinh', letter: 'D' }],
    ]);
    expect(said.errors.map((e) => e.message)).toEqual([
      'Row 2, Giới tính (column C): Invalid gender: "Ông" (only Nam or Nữ)',
      'Row 3, Ngày sinh (column D): Birth date unreadable: "31/02/1970" (use dd/mm/yyyy or a year yyyy)',
    ]);
    expect(said.message).toMatch(/^"ds\.csv" has 2 bad rows; nothing was imported..*Row 2, Giới tính \(column C\): Invalid gender/);
    const vi = JSON.parse((await cli('delegates', 'import', file, join(dir, 'ds.csv'))).out) as { errors: { message: string }[] };
    expect(vi.errors[0]!.message).toBe('Dòng 2, Giới tính (cột C): Giới tính không hợp lệ: «Ông» (chỉ nhận Nam hoặc Nữ)');

    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const xls = JSON.parse((await cli('delegates', 'import', file, join(dir, 'old.xls'), '--lang', 'en')).out) as { message: string };
    expect(xls.message).toBe(
      '"old.xls" is not an Excel (.xlsx) or CSV file but an Excel 97–2003 (.xls) or password-protected file. Open it in Excel and save it as .xlsx.',
    );
  });

  it('refuses a language it does not have, before anything runs', async () => {
    const r = await cli('new', join(dir, 'a.congress'), '--name', 'X', '--lang', 'fr').catch((e: Error) => e.message);
    expect(String(r)).toContain('--lang');
  });
});
