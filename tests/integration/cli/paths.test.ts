import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { congressPath, invocationDir, userPath } from '../../../main/cli/paths';
import { generateDemoRoster } from '../../../main/demo/demo-roster';
import { writeRosterCsv } from '../../../main/demo/roster-file';
import { npmCli, ROOT, useFolder } from './cli-process';

let dir: string;
useFolder('congress-paths-', (d) => (dir = d));

const CANDIDATES = '\uFEFFSTT,Họ và tên,Ngày sinh\n1,Phạm Văn Đức,1970\n2,Trần Thị Anh,1985\n3,Nguyễn Văn Bình,1968\n';

describe('paths from the folder the technician stands in', () => {
  it('the name given is the name made, found again without and with ".congress", every path argument relative', async () => {
    expect(dir.startsWith(ROOT)).toBe(false);
    const env = { CONGRESS_DESK_HOME: 'home' }; // relative too: the workspace lands here, not in the project
    const made = npmCli(dir, ['new', 'hoabinh.daihoi', '--name', 'Đại hội phường Hòa Bình'], env);
    expect(made).toMatchObject({ code: 0 });
    const file = join(dir, 'hoabinh.daihoi.congress');
    expect(made.stdout.trim()).toBe(`Đã tạo / created ${file}`);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dir, 'home'))).toBe(true);
    expect(existsSync(join(ROOT, 'hoabinh.daihoi.congress'))).toBe(false);

    writeFileSync(join(dir, 'ds.csv'), await writeRosterCsv(generateDemoRoster(12, 2)));
    const imported = npmCli(dir, ['delegates', 'import', 'hoabinh.daihoi', 'ds.csv'], env);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ imported: 12, errors: [] });
    expect(imported.stderr.trim()).toBe(`Tệp đại hội / congress file: ${file}`);

    // with the extension, from a folder below, with --json: stdout is the JSON alone
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'ung-vien.csv'), CANDIDATES);
    writeFileSync(join(dir, 'sub', 'phieu.csv'), 'paper,struck,invalid\n1,3,\n2,,\n');
    const created = npmCli(
      join(dir, 'sub'),
      [
        'ballot',
        'create',
        '../hoabinh.daihoi.congress',
        '--title',
        'Bầu thử',
        '--seats-approved',
        '2',
        '--seats',
        '2',
        '--candidates',
        'ung-vien.csv',
        '--json',
      ],
      { CONGRESS_DESK_HOME: '../home' },
    );
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: number };
    const papers = npmCli(join(dir, 'sub'), ['ballot', 'papers', '../hoabinh.daihoi', String(id), 'phieu.csv'], {
      CONGRESS_DESK_HOME: '../home',
    });
    expect(JSON.parse(papers.stdout)).toEqual({ recorded: 2, errors: [] });

    // --out with a trailing slash is a folder made where the user stands
    const exported = npmCli(dir, ['export', './hoabinh.daihoi', 'attendance', '--format', 'xlsx', '--out', 'ra/', '--json'], env);
    expect(exported.code).toBe(0);
    const [out] = (JSON.parse(exported.stdout) as { files: { path: string }[] }).files;
    expect(out!.path.startsWith(join(dir, 'ra') + sep)).toBe(true);
    expect(readdirSync(join(dir, 'ra'))).toHaveLength(1);

    const verified = npmCli(join(dir, 'sub'), ['verify', '../hoabinh.daihoi'], { CONGRESS_DESK_HOME: '../home' });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`Kiểm tra tệp ${file}`);
  }, 120_000);

  it('a program started by hand elsewhere counts from its own folder, not from an INIT_CWD it inherited', () => {
    writeFileSync(join(dir, 'ung-vien.csv'), CANDIDATES);
    const run = (args: string[]) =>
      spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'main', 'cli', 'index.ts'), ...args], {
        cwd: dir,
        env: { ...process.env, INIT_CWD: ROOT, npm_package_json: join(ROOT, 'package.json'), CONGRESS_DESK_HOME: join(dir, 'home') },
        encoding: 'utf8',
      });
    expect(run(['new', 'tay', '--name', 'Đại hội']).status).toBe(0);
    expect(existsSync(join(dir, 'tay.congress'))).toBe(true);
    expect(run(['ballot', 'create', 'tay', '--title', 'B', '--seats-approved', '1', '--candidates', 'ung-vien.csv']).stdout.trim()).toBe(
      '1',
    );
  });

  it('resolves one way for every command: exact name first, then with ".congress"; a trailing slash kept', () => {
    const base = dir;
    expect(invocationDir({ INIT_CWD: '/typed/here', npm_package_json: join(ROOT, 'package.json') }, ROOT)).toBe('/typed/here');
    expect(invocationDir({ INIT_CWD: '/typed/here', npm_package_json: join(ROOT, 'package.json') }, base)).toBe(base);
    expect(invocationDir({ CONGRESS_DESK_CWD: '/from/start', INIT_CWD: ROOT }, ROOT)).toBe('/from/start');
    expect(userPath('ra/', base)).toBe(join(base, 'ra') + sep);
    expect(userPath('../x.pdf', join(base, 'sub'))).toBe(join(base, 'x.pdf'));
    expect(congressPath('a', 'new', base)).toBe(join(base, 'a.congress'));
    expect(congressPath('a.congress', 'new', base)).toBe(join(base, 'a.congress'));
    expect(congressPath('a', 'either', base)).toBe(join(base, 'a.congress'));
    expect(() => congressPath('a', 'existing', base)).toThrow(
      `Không tìm thấy tệp «${join(base, 'a')}» (cũng không có «${join(base, 'a.congress')}»).`,
    );
    writeFileSync(join(base, 'a.congress'), '');
    expect(congressPath('a', 'existing', base)).toBe(join(base, 'a.congress'));
    writeFileSync(join(base, 'a'), '');
    expect(congressPath('a', 'existing', base)).toBe(join(base, 'a')); // the name as typed wins
    mkdirSync(join(base, 'b'));
    writeFileSync(join(base, 'b.congress'), '');
    expect(congressPath('b', 'existing', base)).toBe(join(base, 'b.congress')); // a folder is not the file meant
  });
});
