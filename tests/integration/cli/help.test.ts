import { COMMANDS, runCli } from '../../../main/cli/index';
import { OPTIONS } from '../../../main/cli/args';
import { npmCli, useFolder } from './cli-process';

let dir: string;
useFolder('congress-help-', (d) => (dir = d));

async function help(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(
    args,
    (l) => lines.push(l),
    () => {},
  );
  return { code, out: lines.join('\n') };
}

const firstWords = [...new Set(COMMANDS.map((s) => s.name.split(' ')[0]!))];

describe('--help', () => {
  it('`npm run cli -- --help` lists every command, Vietnamese before English, and the exit codes', () => {
    const r = npmCli(dir, ['--help']);
    expect(r.code).toBe(0);
    for (const word of firstWords) expect(r.stdout).toMatch(new RegExp(`^  ${word}\\b`, 'm'));
    expect(r.stdout.indexOf('Lệnh / commands:')).toBeGreaterThan(0);
    expect(r.stdout.indexOf('Đường dẫn tính từ thư mục')).toBeLessThan(r.stdout.indexOf('Paths are relative'));
    expect(r.stdout).toContain('Mã thoát / exit codes:');
    expect(r.stdout).toContain('  4  tệp đang được mở ở nơi khác');
  });

  it('every command and sub-command has its own help: usage, both languages, each of its options', async () => {
    for (const spec of COMMANDS) {
      const r = await help(...spec.name.split(' '), '--help');
      expect(r.code, spec.name).toBe(0);
      // `checkin` heads a group (`checkin undo`): its help is the group's, its usage line in it
      const heads = COMMANDS.some((s) => s.name.startsWith(`${spec.name} `));
      expect(
        heads
          ? r.out.includes(`npm run cli -- ${spec.name} ${spec.usage}\n`)
          : r.out.startsWith(`npm run cli -- ${spec.name} ${spec.usage}\n`),
        spec.name,
      ).toBe(true);
      expect(r.out.indexOf(spec.vi), spec.name).toBeGreaterThan(0);
      expect(r.out.indexOf(spec.en), spec.name).toBeGreaterThan(r.out.indexOf(spec.vi));
      if (!heads)
        for (const o of spec.options)
          expect(r.out, `${spec.name} --${String(o.flag)}`).toMatch(new RegExp(`^  --${String(o.flag)}\\b`, 'm'));
    }
    // `help <command>` and `<command> <file> --help` say the same
    expect((await help('help', 'ballot', 'create')).out).toBe((await help('ballot', 'create', '--help')).out);
    expect((await help('vote', 'record', 'x.congress', '3', '--help')).out).toBe((await help('vote', 'record', '--help')).out);
  });

  it('a group lists its sub-commands; a bare group shows them and exits 1', async () => {
    const groups = firstWords.filter((w) => COMMANDS.filter((s) => s.name.startsWith(`${w} `)).length > 0);
    expect(groups).toEqual(['congress', 'delegates', 'checkin', 'ballot', 'agenda', 'vote']);
    for (const group of groups) {
      const r = await help(group, '--help');
      expect(r.code).toBe(0);
      for (const spec of COMMANDS.filter((s) => s.name.startsWith(`${group} `)))
        expect(r.out, spec.name).toContain(`npm run cli -- ${spec.name} ${spec.usage}`);
    }
    const bare = await help('ballot');
    expect(bare.code).toBe(1);
    expect(bare.out).toContain('npm run cli -- ballot publish');
    await expect(help('nope', '--help')).rejects.toThrow('Lệnh không rõ: «nope».\nUnknown command "nope".');
  });

  it('every option the parser knows is one some command takes and documents', async () => {
    const documented = new Set(COMMANDS.flatMap((s) => s.options.map((o) => String(o.flag))));
    // --help and --lang go with every command; --lang is said under each command's help
    expect(Object.keys(OPTIONS).filter((o) => o !== 'help' && o !== 'lang' && !documented.has(o))).toEqual([]);
    expect((await help('ballot', 'papers', '--help')).out).toContain('--lang en: refusals worded in English');
  });
});
