import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { generateDemoRoster } from '../../../main/demo/demo-roster';
import { writeRosterCsv } from '../../../main/demo/roster-file';

let dir: string;
useCliSandbox('congress-cli-', (d) => (dir = d));

describe('command line', () => {
  it('creates a congress, imports a roster, checks in and reports attendance', async () => {
    const file = join(dir, 'c.congress');
    expect((await cli('new', file, '--name', 'Đại hội CLI')).code).toBe(0);
    const roster = generateDemoRoster(30, 3);
    const csv = join(dir, 'ds.csv');
    writeFileSync(csv, await writeRosterCsv(roster));
    const dry = await cli('delegates', 'import', file, csv, '--dry-run');
    expect(JSON.parse(dry.out)).toMatchObject({ imported: 0, valid: 30, errors: [] });
    const imported = await cli('delegates', 'import', file, csv);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toEqual({ imported: 30, errors: [] });
    const list = JSON.parse((await cli('delegates', 'list', file, '--json')).out) as { code: string; status: string }[];
    expect(list).toHaveLength(30);
    const officials = list
      .filter((d) => d.status === 'official')
      .slice(0, 3)
      .map((d) => d.code);
    const checkin = await cli('checkin', file, ...officials, 'NOPE1');
    expect(checkin.code).toBe(1); // one unknown code
    expect(checkin.out).toContain('✗ NOPE1');
    expect((await cli('checkin', 'undo', file, officials[0]!)).code).toBe(0);
    const summary = JSON.parse((await cli('attendance', file, '--json')).out);
    expect(summary).toMatchObject({ present: 2, guestsPresent: 0 });
    expect(summary.summoned).toBe(roster.filter((d) => d.status === 'official').length);
    expect(typeof summary.quorum.met).toBe('boolean');
  });

  it('imports nothing from a file with errors unless --only-valid', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội lỗi');
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, '\uFEFFMã đại biểu,Họ và tên,Tư cách\nDB001,Nguyễn Văn A,Chính thức\nDB002,,Chính thức\nDB003,Lê Thị C,Vô danh\n');
    const refused = await cli('delegates', 'import', file, csv);
    expect(refused.code).toBe(1);
    const body = JSON.parse(refused.out) as { imported: number; errors: { row: number; column: string; message: string }[] };
    expect(body.imported).toBe(0);
    expect(body.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(JSON.parse((await cli('delegates', 'list', file, '--json')).out)).toHaveLength(0);
    const partial = await cli('delegates', 'import', file, csv, '--only-valid');
    expect(JSON.parse(partial.out).imported).toBe(1);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const file = join(dir, 'c.congress');
    await cli('new', file, '--name', 'Đại hội tệp lớn');
    const big = join(dir, 'khong-phai-danh-sach.xlsx');
    truncateSync((writeFileSync(big, ''), big), 50 * 1024 * 1024);
    const r = await cli('delegates', 'import', file, big);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).message).toMatch(/nặng 50,0 MB, vượt giới hạn 20,0 MB/);
    expect(JSON.parse((await cli('delegates', 'list', file, '--json')).out)).toHaveLength(0);
  });

  it('runs as `npm run cli` from a terminal', () => {
    const file = join(dir, 'd.congress');
    execFileSync('npm', ['run', '--silent', 'cli', '--', 'demo', file], {
      cwd: join(import.meta.dirname, '..', '..', '..'),
      env: process.env,
    });
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'attendance', file, '--json'], {
      cwd: join(import.meta.dirname, '..', '..', '..'),
      env: process.env,
      encoding: 'utf8',
    });
    const summary = JSON.parse(out.trim().split('\n').pop()!);
    expect(summary.summoned).toBeGreaterThan(100);
    expect(summary.present).toBe(0);
  });
});
