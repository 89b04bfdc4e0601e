/**
 * `export`: what the file holds beyond its name is printed beside it, in the CLI's language (the
 * ballot papers' layout, main/cli/export-commands.ts); --json keeps the note's key.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';

let dir: string;
useCliSandbox('export-note-', (d) => (dir = d));

async function ballotFile(): Promise<{ file: string; id: string }> {
  const file = join(dir, 'c.congress');
  await cli('new', file, '--name', 'Đại hội thử');
  writeFileSync(join(dir, 'uv.csv'), '\uFEFFSTT,Họ và tên\n1,Phạm Văn Đức\n2,Trần Thị Anh\n3,Nguyễn Văn Bình\n');
  const id = (
    await cli('ballot', 'create', file, '--title', 'Bầu thử', '--seats-approved', '2', '--candidates', join(dir, 'uv.csv'))
  ).out.trim();
  return { file, id };
}

describe('export says what it produced', () => {
  it('names the papers per page beside the file, in Vietnamese then in English', async () => {
    const { file, id } = await ballotFile();
    const vi = await cli('export', file, 'ballot_papers', '--ballot', id, '--per-page', '2', '--out', join(dir, 'ra/'));
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/\.pdf .*— 2 phiếu\/trang$/);
    const en = await cli(
      'export',
      file,
      'ballot_papers',
      '--ballot',
      id,
      '--per-page',
      '2',
      '--out',
      join(dir, 'ra/'),
      '--overwrite',
      '--lang',
      'en',
    );
    expect(en.out).toMatch(/— 2 paper\(s\) per page$/);
  });

  it('keeps the key in --json', async () => {
    const { file, id } = await ballotFile();
    const json = JSON.parse((await cli('export', file, 'ballot_papers', '--ballot', id, '--out', join(dir, 'ra/'), '--json')).out);
    expect(json.files[0].note).toEqual({ key: 'export.papers.perPage', params: { perPage: 1 } });
  });
});
