import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { flat, pdfText } from '../exports/export-setup';

let dir: string;
useCliSandbox('congress-set-', (d) => (dir = d));

const show = async (file: string) =>
  JSON.parse((await cli('congress', 'show', file, '--json')).out) as {
    congress: Record<string, unknown>;
    documents: Record<string, unknown>;
  };

describe('congress set / show', () => {
  it('the minutes made from the command line carry the venue, place and counting board set there, not dots', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội thử');
    writeFileSync(join(dir, 'uv.csv'), '\uFEFFSTT,Họ và tên\n1,Phạm Văn Đức\n2,Trần Thị Anh\n3,Nguyễn Văn Bình\n');
    writeFileSync(join(dir, 'p.csv'), 'paper,struck,invalid\n1,3,\n2,2,\n3,,\n');
    const set = await cli(
      'congress',
      'set',
      file,
      '--venue',
      'Hội trường UBND phường Hòa Bình',
      '--date',
      '20/03/2026',
      '--place',
      'Hà Nội',
      '--parent-organisation',
      'ỦY BAN MTTQ VIỆT NAM QUẬN BA ĐÌNH',
      '--counting-chair',
      'Trần Thị Bình',
      '--counting-member',
      'Lê Văn Cường',
      '--counting-member',
      'Phạm Thị Dung',
    );
    expect(set.code).toBe(0);
    expect(set.out).toContain(
      'Đã ghi / saved: địa điểm, ngày khai mạc, cơ quan chủ quản, địa danh trên dòng ngày tháng, Trưởng Ban kiểm phiếu, ủy viên Ban kiểm phiếu',
    );
    const id = (
      await cli(
        'ballot',
        'create',
        file,
        '--title',
        'Bầu thử',
        '--seats-approved',
        '2',
        '--candidates',
        join(dir, 'uv.csv'),
        '--present',
        '3',
      )
    ).out.trim();
    await cli('ballot', 'papers', file, id, join(dir, 'p.csv'), '--issued', '3');
    expect((await cli('ballot', 'publish', file, id)).code).toBe(0);
    const exported = JSON.parse(
      (await cli('export', file, 'minutes', '--ballot', id, '--format', 'pdf', '--out', join(dir, 'ra/'), '--json')).out,
    ) as { files: { path: string }[] };
    const text = flat(pdfText(exported.files[0]!.path), 'join');
    expect(text).toContain('tại Hội trường UBND phường Hòa Bình, Đại hội thử'); // where the minutes had "tại .........."
    expect(text).not.toContain('tại ..........');
    // the letterhead's parent body wraps onto two lines, beside the national motto
    for (const name of [
      'ỦY BAN MTTQ VIỆT NAM QUẬN',
      'BA ĐÌNH',
      'Hà Nội, ngày',
      'Trần Thị Bình — Trưởng ban',
      'Lê Văn Cường — Thành viên',
      'Phạm Thị Dung — Thành viên',
    ])
      expect(text).toContain(name);
  });

  it('one bad value and nothing is written; a folder counts from where the user stands; "" clears', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội thử');
    await cli('congress', 'set', file, '--venue', 'Hội trường', '--counting-member', 'A', '--counting-member', 'B');
    const before = await show(file);
    await expect(cli('congress', 'set', file, '--venue', 'Nơi khác', '--date', '30/02/2026')).rejects.toThrow(
      '--date: «30/02/2026» không phải một ngày',
    );
    const tooLong = await cli('congress', 'set', file, '--venue', 'Nơi khác', '--place', 'x'.repeat(101));
    expect(tooLong.code).toBe(1);
    expect(tooLong.out).toMatch(/^Lỗi: Giá trị không hợp lệ, không ghi gì: --place: /);
    const missingDir = await cli('congress', 'set', file, '--venue', 'Nơi khác', '--template-dir', join(dir, 'khong-co'));
    expect(missingDir.code).toBe(3);
    expect(await show(file)).toEqual(before);

    mkdirSync(join(dir, 'mau'));
    expect(
      (await cli('congress', 'set', file, '--template-dir', join(dir, 'mau'), '--counting-member', '', '--quorum', 'more-than-half')).code,
    ).toBe(0);
    const after = await show(file);
    expect(after.documents).toMatchObject({ templateDir: join(dir, 'mau'), countingBoardMembers: [] });
    expect(after.congress).toMatchObject({ venue: 'Hội trường', quorumRule: 'more_than_half' });
    expect((await cli('congress', 'show', file)).out).toContain('điều kiện đủ số lượng đại biểu       more-than-half');
  });
});

describe('congress set refusing a value', () => {
  it('names the option and says what is wrong in the chosen language, from zod issue codes, and writes nothing', async () => {
    const file = join(dir, 'v.congress');
    await cli('new', file, '--name', 'Đại hội thử');
    const long = 'A'.repeat(1000);
    const en = await cli('congress', 'set', file, '--name', long, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/^Error: Invalid value, nothing written: --name: at most \d+ characters\.$/);
    const vi = await cli('congress', 'set', file, '--name', long);
    expect(vi.out).toMatch(/^Lỗi: Giá trị không hợp lệ, không ghi gì: --name: tối đa \d+ ký tự\.$/);
    expect((await show(file)).congress.name).toBe('Đại hội thử');
  });
});
