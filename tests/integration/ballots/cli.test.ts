import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';

let dir: string;
useCliSandbox('congress-ballot-cli-', (d) => (dir = d));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const LIST =
  '\uFEFFSTT,Họ và tên,Ngày sinh,Chức vụ\n1,Phạm Văn Đức,1970,Chủ tịch\n2,Trần Thị Anh,15/03/1985,\n3,Nguyễn Văn Bình,1968,\n4,Lê Thị Dung,,\n';

describe('ballot command line', () => {
  it('creates, shows, enters papers, tallies, publishes and finalizes', async () => {
    const file = join(dir, 'c.congress');
    expect((await cli('new', file, '--name', 'Đại hội CLI')).code).toBe(0);
    const list = write('ds.csv', LIST);
    const created = await cli(
      'ballot',
      'create',
      file,
      '--title',
      'Bầu Ban Chấp hành',
      '--seats-approved',
      '3',
      '--seats',
      '2',
      '--candidates',
      list,
      '--preset',
      'law',
      '--present',
      '6',
    );
    expect(created.code).toBe(0);
    const id = created.out.trim();
    expect(id).toMatch(/^\d+$/);

    const shown = JSON.parse((await cli('ballot', 'show', file, id, '--json')).out) as {
      counts: { present: number };
      candidates: { number: number; name: string; birthDate: string | null }[];
    };
    expect(shown.candidates.map((c) => [c.number, c.name, c.birthDate])).toEqual([
      [1, 'Trần Thị Anh', '1985-03-15'],
      [2, 'Nguyễn Văn Bình', '1968'],
      [3, 'Lê Thị Dung', null],
      [4, 'Phạm Văn Đức', '1970'],
    ]);
    expect(shown.counts.present).toBe(6);

    // of 5 valid papers: Anh 4, Bình 4, Dung 1, Đức 1; paper 6 keeps three names (invalid), paper 7 board-invalid
    const bad = write('bad.csv', 'paper,struck,invalid\n1,3 4,\n2,9 4,\n2,1 2,\n4,x,\n5,1,chữ ký lạ\n');
    const refused = await cli('ballot', 'papers', file, id, bad);
    expect(refused.code).toBe(1);
    const body = JSON.parse(refused.out) as { recorded: number; errors: { row: number }[] };
    expect(body.recorded).toBe(0);
    expect(body.errors.map((e) => e.row)).toEqual([3, 4, 5, 6]);
    expect(JSON.parse((await cli('ballot', 'tally', file, id, '--json')).out).returned).toBe(0); // nothing saved

    const papers = write(
      'p.csv',
      'paper,struck,invalid\n1,3 4,\n2,3 4,\n3,2 3,\n4,3 4,\n5,1 4,\n6,4,\n7,3 4,Ghi thêm tên hoặc nội dung khác\n',
    );
    const recorded = await cli('ballot', 'papers', file, id, papers, '--issued', '7');
    expect(recorded.code).toBe(0);
    expect(JSON.parse(recorded.out)).toEqual({ recorded: 7, errors: [] });

    const tallied = await cli('ballot', 'tally', file, id, '--json');
    expect(tallied.code).toBe(0);
    const t = JSON.parse(tallied.out);
    expect(t).toMatchObject({
      seats: 2,
      issued: 7,
      returned: 7,
      valid: 5,
      invalid: 2,
      base: { kind: 'valid', value: 5 },
      discrepancies: [],
    });
    expect(
      t.candidates.map((c: { number: number; votes: number; percentOfBase: number; passed: boolean; elected: boolean }) => [
        c.number,
        c.votes,
        c.percentOfBase,
        c.passed,
        c.elected,
      ]),
    ).toEqual([
      [1, 4, 8000, true, true],
      [2, 4, 8000, true, true],
      [3, 1, 2000, false, false],
      [4, 1, 2000, false, false],
    ]);
    expect(t.candidates[0]).toMatchObject({ name: 'Trần Thị Anh', tiedAtCutoff: false });

    expect((await cli('ballot', 'publish', file, id)).code).toBe(0);
    expect((await cli('ballot', 'finalize', file, id)).code).toBe(0);
    const again = await cli('ballot', 'papers', file, id, papers);
    expect(again.code).toBe(1);
    expect(again.out).toContain('đã chốt');
  });

  it('exits non-zero while the passes disagree, listing the papers', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội CLI');
    const id = (
      await cli(
        'ballot',
        'create',
        file,
        '--title',
        'Bầu',
        '--seats-approved',
        '2',
        '--seats',
        '2',
        '--candidates',
        write('ds.csv', LIST),
        '--passes',
        '2',
      )
    ).out.trim();
    await cli('ballot', 'papers', file, id, write('p1.csv', 'paper,struck,invalid\n1,3 4,\n2,1 2,\n'), '--pass', '1');
    await cli('ballot', 'papers', file, id, write('p2.csv', 'paper,struck,invalid\n1,3 4,\n2,1 3,\n'), '--pass', '2');
    const tallied = await cli('ballot', 'tally', file, id, '--json');
    expect(tallied.code).toBe(1);
    expect(JSON.parse(tallied.out).discrepancies).toEqual([2]);
    const publish = await cli('ballot', 'publish', file, id);
    expect(publish.code).toBe(1);
    expect(publish.out).toContain('chưa khớp');
    const log = await cli('ballot', 'log', file, id);
    expect(log.code).toBe(0);
    expect(log.out.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^Phiếu {5}1 \| 3 4 {14}\[tệp, cli@.+\] \| 3 4 {14}\[tệp, cli@.+\] \| hợp lệ$/),
      expect.stringMatching(/^Phiếu {5}2 \| 1 2 {14}\[tệp, cli@.+\] \| 1 3 {14}\[tệp, cli@.+\] \| chưa chốt$/),
    ]);
  });

  it('creates nothing from a candidate list with a bad row', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội CLI');
    const r = await cli(
      'ballot',
      'create',
      file,
      '--title',
      'Bầu',
      '--seats-approved',
      '2',
      '--seats',
      '2',
      '--candidates',
      write('bad.csv', 'Họ và tên,Ngày sinh\nLê An,1970\n,1980\n'),
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ error: 'ROSTER_HAS_ERRORS', errors: [{ row: 3 }] });
  });
});
