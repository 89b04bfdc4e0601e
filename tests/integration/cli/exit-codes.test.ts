import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError, ERROR_CODES } from '../../../shared/contract/result';
import { EXIT, EXIT_MEANINGS, exitCodeOf, UsageError } from '../../../main/cli/exit-codes';
import { npmCli, ROOT, useFolder } from './cli-process';

let dir: string;
useFolder('congress-exit-', (d) => (dir = d));

const env = () => ({ CONGRESS_DESK_HOME: join(dir, 'home') });
const run = (...args: string[]) => npmCli(dir, args, env());
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

/** Another program holding the congress file the way the app does (an exclusive SQLite lock), until killed. */
function holdFile(path: string): Promise<ChildProcess> {
  const script = `const D = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});
    const db = new D(${JSON.stringify(path)}); db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE; COMMIT;');
    process.stdout.write('held\\n'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script]);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => resolve(child));
    child.on('exit', (code) => reject(new Error(`holder ended (${code})`)));
  });
}

describe('exit codes of the real process (README "Exit codes")', () => {
  it('0 done; 1 for an unknown command, option or missing argument, with a message and no stack trace', () => {
    expect(run('new', 'c', '--name', 'Đại hội').code).toBe(EXIT.done);
    const unknown = run('nope');
    expect(unknown.code).toBe(EXIT.refused);
    expect(unknown.stderr).toContain('Lệnh không rõ: «nope».\nUnknown command "nope".');
    noStack(unknown.stderr);
    const flag = run('info', 'c', '--bogus');
    expect(flag.code).toBe(EXIT.refused);
    expect(flag.stderr).toContain('Tùy chọn không rõ: --bogus.');
    const other = run('info', 'c', '--title', 'x');
    expect(other.code).toBe(EXIT.refused);
    expect(other.stderr).toContain('Lệnh «info» không nhận tùy chọn --title.');
    const missing = run('ballot', 'show', 'c');
    expect(missing.code).toBe(EXIT.refused);
    expect(missing.stderr).toContain('Thiếu tham số. Cách dùng: npm run cli -- ballot show <tệp> <số-cuộc-bầu> [--json]');
    const sub = run('ballot', 'nope', 'c');
    expect(sub.code).toBe(EXIT.refused);
    expect(sub.stderr).toContain('Lệnh «ballot nope» không có.');
    noStack(sub.stderr);
  }, 60_000);

  it('1 for a command the engine refuses; --json keeps the refusal as JSON on stdout', () => {
    run('new', 'c', '--name', 'Đại hội');
    const created = run('vote', 'create', 'c', '--question', 'Thông qua chương trình', '--present', '10');
    const refused = run('vote', 'record', 'c', created.stdout.trim(), '--for', '5', '--against', '1', '--abstain', '1', '--json');
    expect(refused.code).toBe(EXIT.refused);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: 'COUNTS_INCONSISTENT' });
  }, 30_000);

  it('2 for a file that is damaged, not a congress file, or from a newer app; the file is left as it was', () => {
    run('new', 'c', '--name', 'Đại hội');
    writeFileSync(join(dir, 'ghi-chu.congress'), 'không phải cơ sở dữ liệu');
    const stranger = run('info', 'ghi-chu');
    expect(stranger.code).toBe(EXIT.unusableFile);
    expect(stranger.stdout).toContain('không phải là tệp đại hội của Congress Desk');

    const cut = join(dir, 'cut.congress');
    writeFileSync(cut, readFileSync(join(dir, 'c.congress')).subarray(0, 60));
    expect(run('attendance', 'cut', '--json').code).toBe(EXIT.unusableFile);
    expect(readFileSync(cut)).toHaveLength(60);

    const newer = join(dir, 'newer.congress');
    copyFileSync(join(dir, 'c.congress'), newer);
    const db = new Database(newer);
    db.pragma('user_version = 9999');
    db.close();
    const before = readFileSync(newer);
    const refused = run('delegates', 'list', 'newer');
    expect(refused.code).toBe(EXIT.unusableFile);
    expect(refused.stdout).toContain('phiên bản Congress Desk mới hơn');
    expect(readFileSync(newer).equals(before)).toBe(true);
  }, 60_000);

  it('3 for a file that is not there (the congress file or a file it names), as JSON with --json', () => {
    const missing = run('info', 'khong-co', '--json');
    expect(missing.code).toBe(EXIT.notFound);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: 'FILE_NOT_FOUND' });
    run('new', 'c', '--name', 'Đại hội');
    const roster = run('delegates', 'import', 'c', 'khong-co.xlsx');
    expect(roster.code).toBe(EXIT.notFound);
    expect(roster.stdout).toContain(`Không tìm thấy tệp «${join(dir, 'khong-co.xlsx')}».`);
  }, 30_000);

  it('4 for a congress file another program holds open', async () => {
    run('new', 'c', '--name', 'Đại hội');
    const holder = await holdFile(join(dir, 'c.congress'));
    try {
      const held = run('checkin', 'c', 'DB001');
      expect(held.code).toBe(EXIT.inUse);
      expect(held.stdout).toContain('đang được mở ở một cửa sổ hoặc chương trình khác');
    } finally {
      holder.kill();
    }
  }, 30_000);

  it('one map from error codes to exit codes, and the README documents every exit code', () => {
    expect(exitCodeOf(new AppError('FILE_DAMAGED'))).toBe(EXIT.unusableFile);
    expect(exitCodeOf(new AppError('FILE_NOT_CONGRESS'))).toBe(EXIT.unusableFile);
    expect(exitCodeOf(new AppError('FILE_FROM_NEWER_APP'))).toBe(EXIT.unusableFile);
    expect(exitCodeOf(new AppError('FILE_NOT_FOUND'))).toBe(EXIT.notFound);
    expect(exitCodeOf(new AppError('FILE_LOCKED'))).toBe(EXIT.inUse);
    expect(exitCodeOf(new AppError('INTERNAL'))).toBe(EXIT.unexpected);
    expect(exitCodeOf(new UsageError('x'))).toBe(EXIT.refused);
    expect(exitCodeOf(new TypeError('a bug'))).toBe(EXIT.unexpected);
    expect(exitCodeOf(Object.assign(new Error('open'), { code: 'ENOENT' }))).toBe(EXIT.notFound);
    // every other refusal of the contract is a refusal
    for (const code of ERROR_CODES.filter((c) => !/^FILE_(DAMAGED|NOT_CONGRESS|FROM_NEWER_APP|NOT_FOUND|LOCKED)$|^INTERNAL$/.test(c))) {
      expect(exitCodeOf(new AppError(code)), code).toBe(EXIT.refused);
    }
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('#### Exit codes'), readme.indexOf('#### Recipes'));
    const documented = [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(documented).toEqual(EXIT_MEANINGS.map(([code]) => code));
    expect(documented).toEqual(Object.values(EXIT));
  });
});
