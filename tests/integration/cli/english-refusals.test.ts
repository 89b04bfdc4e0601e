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

  it('refuses a language it does not have, before anything runs', async () => {
    const r = await cli('new', join(dir, 'a.congress'), '--name', 'X', '--lang', 'fr').catch((e: Error) => e.message);
    expect(String(r)).toContain('--lang');
  });
});
