/** `--help`: the whole list, one group (`ballot --help`) or one command (`ballot create --help`), Vietnamese first. */
import { type CommandSpec, findSpec, wordCount } from './command-spec';
import { EXIT_MEANINGS, usageError } from './exit-codes';

export interface GroupHelp {
  vi: string;
  en: string;
}

const PATHS_NOTE = [
  'Đường dẫn tính từ thư mục bạn đang đứng khi gõ lệnh; tên tệp đại hội có thể bỏ đuôi «.congress».',
  'Paths are relative to the folder you typed the command in; a congress file may be named without ".congress".',
  '--lang en: thông báo lỗi bằng tiếng Anh (mặc định: tiếng Việt).',
  '--lang en: refusals worded in English (default: Vietnamese).',
];

function exitCodes(): string[] {
  return ['Mã thoát / exit codes:', ...EXIT_MEANINGS.map(([code, vi, en]) => `  ${code}  ${vi} / ${en}`)];
}

function optionLine(o: CommandSpec['options'][number]): string[] {
  const flag = `--${String(o.flag)}${o.value ? ` ${o.value}` : ''}`;
  const pad = ''.padEnd(28);
  // A long list of choices takes its own line, so the descriptions stay in one column.
  const head = flag.length < 28 ? [`  ${flag.padEnd(28)} ${o.vi}`] : [`  ${flag}`, `  ${pad} ${o.vi}`];
  return [...head, `  ${pad} ${o.en}`];
}

export function commandHelp(spec: CommandSpec): string {
  return [
    `npm run cli -- ${spec.name} ${spec.usage}`,
    '',
    `  ${spec.vi}`,
    `  ${spec.en}`,
    ...(spec.options.length > 0 ? ['', 'Tùy chọn / options:', ...spec.options.flatMap(optionLine)] : []),
    ...(spec.notes && spec.notes.length > 0 ? ['', ...spec.notes.map((n) => `  ${n}`)] : []),
    '',
    ...PATHS_NOTE,
    ...exitCodes(),
  ].join('\n');
}

function groupHelp(group: string, about: GroupHelp, specs: readonly CommandSpec[]): string {
  return [
    `npm run cli -- ${group} <lệnh con / sub-command> …`,
    '',
    `  ${about.vi}`,
    `  ${about.en}`,
    '',
    'Lệnh con / sub-commands:',
    ...specs.flatMap((s) => [`  npm run cli -- ${s.name} ${s.usage}`, `      ${s.vi}`, `      ${s.en}`]),
    '',
    `Trợ giúp từng lệnh / help for one: npm run cli -- ${specs[0]!.name} --help`,
  ].join('\n');
}

function overview(specs: readonly CommandSpec[], groups: Readonly<Record<string, GroupHelp>>): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const first = spec.name.split(' ')[0]!;
    if (seen.has(first)) continue;
    seen.add(first);
    const members = specs.filter((s) => s.name.split(' ')[0] === first);
    const about = groups[first] ?? spec;
    const subs = members.map((s) => s.name.split(' ').slice(1).join(' ')).filter(Boolean);
    const alone = members.length === 1 && wordCount(spec) === 1;
    const title = alone
      ? `${first} ${spec.usage}`
      : members.some((s) => wordCount(s) === 1)
        ? `${first} [${subs.join('|')}] …`
        : `${first} ${subs.join('|')} …`;
    lines.push(`  ${title}`, `      ${about.vi}`, `      ${about.en}`);
  }
  return [
    'Congress Desk — dòng lệnh / command line',
    '',
    'Cách dùng / usage:  npm run cli -- <lệnh> [tham số…] [tùy chọn…]',
    '                    npm run cli -- <lệnh> --help      trợ giúp của một lệnh / help for one command',
    '',
    'Lệnh / commands:',
    ...lines,
    '',
    ...PATHS_NOTE,
    ...exitCodes(),
  ].join('\n');
}

/** The help a command line asks for (`--help` anywhere, or `help <lệnh>`); unknown words are refused. */
export function helpFor(words: readonly string[], specs: readonly CommandSpec[], groups: Readonly<Record<string, GroupHelp>>): string {
  if (words.length === 0) return overview(specs, groups);
  const group = groups[words[0]!];
  if (group && words.length === 1)
    return groupHelp(
      words[0]!,
      group,
      specs.filter((s) => s.name.split(' ')[0] === words[0]),
    );
  const spec = findSpec(specs, words);
  if (spec) return commandHelp(spec);
  if (group)
    throw usageError(`Lệnh «${words.slice(0, 2).join(' ')}» không có.`, `There is no command "${words.slice(0, 2).join(' ')}".`, words[0]);
  throw usageError(`Lệnh không rõ: «${words[0]}».`, `Unknown command "${words[0]}".`);
}
