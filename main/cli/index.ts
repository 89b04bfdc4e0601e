/**
 * `npm run cli -- <command>`: the contract from a terminal. One table of commands (command-spec.ts)
 * gives the help, the options each command takes and which arguments are paths; paths count from the
 * folder the user typed the command in (paths.ts); exit codes come from one place (exit-codes.ts).
 */
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { cliCaller } from '../../shared/contract/envelope';
import { EXPORT_FORMATS_OF, EXPORT_KINDS } from '../../shared/contract/export-schemas';
import { AppError } from '../../shared/contract/result';
import { withCaller } from '../db/audit-actor';
import { Engine } from '../engine/engine';
import { defaultWorkspaceDir } from '../engine/workspace';
import { hostAddress, hostHolding } from '../host/running-hosts';
import { cliLocale, type Out, type Parsed, parse, refusal } from './args';
import { AGENDA_COMMANDS, agendaCommand } from './agenda-commands';
import { BALLOT_COMMANDS, ballotCommand } from './ballot-commands';
import { type CommandSpec, findSpec, JSON_OPTION, prepare, SESSION_OPTION } from './command-spec';
import { CONGRESS_COMMANDS, congressCommand } from './congress-commands';
import { attendanceCommand, checkinCommand, CORE_COMMANDS, delegatesCommand, demoCommand, infoCommand, newCommand } from './core-commands';
import { EXIT, exitCodeOf } from './exit-codes';
import { exportCommand } from './export-commands';
import { type GroupHelp, helpFor } from './help';
import { userPath } from './paths';
import { verifyCommand } from './verify-command';
import { VOTE_COMMANDS, voteCommand } from './vote-commands';

type Values = Parsed['values'];
type Handler = (engine: Engine, args: string[], values: Values, out: Out) => Promise<number>;

const VERIFY_SPEC: CommandSpec = {
  name: 'verify',
  usage: '<tệp> [--head <mã>] [--json]',
  vi: 'Kiểm tra tệp được giao: toàn vẹn, chuỗi băm nhật ký, dữ liệu khớp nhật ký; không ghi gì vào tệp. Thoát 0 khi không phát hiện sai lệch, 1 khi có.',
  en: 'Checks a file handed over: integrity, the audit hash chain, data against the audit; writes nothing. Exit 0 when nothing differs, 1 when something does.',
  needs: 1,
  paths: ['inspect'],
  options: [
    {
      flag: 'head',
      value: '<mã>',
      vi: 'mã xác thực in trên biên bản: có trong nhật ký không',
      en: 'the audit code printed in the minutes: is it in the audit',
    },
    JSON_OPTION,
  ],
};

const EXPORT_SPEC: CommandSpec = {
  name: 'export',
  usage: '<tệp> <tài-liệu> [--ballot <số>] [--session <số>] [--format …] [--out <thư-mục/|tệp>] [--overwrite] [--json]',
  vi: 'Xuất tài liệu (biên bản, danh sách, thẻ, phiếu, lưu trữ…), như Tệp ▸ Xuất tài liệu.',
  en: 'Exports documents (minutes, lists, cards, papers, the archive…), as File ▸ Export.',
  needs: 2,
  paths: ['congress'],
  choices: { 1: EXPORT_KINDS },
  options: [
    { flag: 'ballot', value: '<số>', vi: 'cuộc bầu (biên bản, nhật ký, phiếu)', en: 'the ballot (minutes, entry log, papers)' },
    SESSION_OPTION,
    {
      flag: 'format',
      value: '<định-dạng>',
      vi: 'định dạng (mặc định: định dạng đầu tiên bên dưới)',
      en: 'the format (default: the first listed below)',
    },
    {
      flag: 'out',
      value: '<thư-mục/|tệp>',
      path: true,
      vi: 'nơi ghi; mặc định cạnh tệp đại hội',
      en: 'where to write; default beside the congress file',
    },
    {
      flag: 'overwrite',
      vi: 'ghi đè tài liệu cùng tên đã có (mặc định: từ chối)',
      en: 'replace a document already there (default: refuse)',
    },
    { flag: 'per-page', value: '1|2|4', vi: 'số phiếu trên một trang A4 (ballot_papers)', en: 'papers per A4 page (ballot_papers)' },
    { flag: 'missing-only', vi: 'chỉ thẻ của đại biểu chưa có thẻ (cards)', en: 'only the cards not printed yet (cards)' },
    JSON_OPTION,
  ],
  notes: ['Tài liệu / documents (định dạng / formats):', ...EXPORT_KINDS.map((k) => `  ${k.padEnd(14)} ${EXPORT_FORMATS_OF[k].join('|')}`)],
};

const HELP_SPEC: CommandSpec = {
  name: 'help',
  usage: '[lệnh]',
  vi: 'Trợ giúp, như --help.',
  en: 'Help, as --help.',
  needs: 0,
  options: [],
};

export const COMMANDS: readonly CommandSpec[] = [
  ...CORE_COMMANDS.slice(0, 3),
  ...CONGRESS_COMMANDS,
  ...CORE_COMMANDS.slice(3),
  ...BALLOT_COMMANDS,
  ...AGENDA_COMMANDS,
  ...VOTE_COMMANDS,
  VERIFY_SPEC,
  EXPORT_SPEC,
  HELP_SPEC,
];

const GROUPS: Record<string, GroupHelp> = {
  congress: { vi: 'Thông tin đại hội và thông tin in trên tài liệu.', en: 'The congress details and the document settings.' },
  delegates: { vi: 'Danh sách đại biểu.', en: 'The roster.' },
  checkin: { vi: 'Điểm danh theo mã đại biểu.', en: 'Check-in by delegate code.' },
  ballot: {
    vi: 'Hiệp thương / bầu cử bằng phiếu kín: tạo, nhập phiếu, kiểm phiếu, công bố.',
    en: 'Consultation and election ballots: create, enter papers, count, publish.',
  },
  agenda: { vi: 'Chương trình đại hội.', en: 'The agenda.' },
  vote: { vi: 'Biểu quyết giơ tay.', en: 'Show-of-hands votes.' },
};

/** By the first command word; each gets the words after it, with its paths made absolute. */
const HANDLERS: Record<string, Handler> = {
  new: newCommand,
  demo: demoCommand,
  info: infoCommand,
  congress: congressCommand,
  delegates: delegatesCommand,
  checkin: checkinCommand,
  attendance: attendanceCommand,
  ballot: ballotCommand,
  agenda: agendaCommand,
  vote: voteCommand,
  verify: async (_engine, args, values, out) => verifyCommand(args[0], { json: values.json, head: values.head }, out),
  export: exportCommand,
};

/** A file held by a running Congress Desk is refused with where that one runs (host/running-hosts.ts). */
function openCongress(engine: Engine, path: string): void {
  try {
    engine.open(path);
  } catch (error) {
    const host = error instanceof AppError && error.code === 'FILE_LOCKED' ? hostHolding(engine.workspace.dir, path) : undefined;
    if (!host || !(error instanceof AppError)) throw error;
    const details = { host: { port: host.port, pid: host.pid } };
    const where = { address: hostAddress(host.port), pid: String(host.pid) }; // a process number, not a quantity: no digit grouping
    // The engine's refusal keeps its own key (or its code's), nested in `file.lockedByHost`.
    const locked = error.key ?? `error.${error.code}`;
    throw AppError.of('FILE_LOCKED', 'file.lockedByHost', { ...error.params, ...where, locked }, details);
  }
}

const stdout: Out = (l) => process.stdout.write(`${l}\n`);
const stderr: Out = (l) => process.stderr.write(`${l}\n`);

/**
 * Runs one CLI command; returns the exit code. `out` gets the result (JSON alone with --json),
 * `note` the line saying which congress file was used.
 */
export async function runCli(argv: string[], out: Out = stdout, note: Out = stderr): Promise<number> {
  const { values, positionals } = parse(argv);
  cliLocale(values); // a wrong --lang is a usage error before anything runs
  if (positionals[0] === 'help' || values.help) {
    out(helpFor(values.help ? positionals : positionals.slice(1), COMMANDS, GROUPS));
    return EXIT.done;
  }
  const spec = findSpec(COMMANDS, positionals);
  if (!spec) {
    out(helpFor(positionals, COMMANDS, GROUPS)); // an unknown word is refused there; a bare `ballot` lists its commands
    return EXIT.refused;
  }
  const engine = new Engine({ workspaceDir: userPath(defaultWorkspaceDir()), rememberRecent: false });
  try {
    const { args, congressFile, kind } = prepare(spec, positionals, values, Object.keys(values));
    if (congressFile && (kind === 'congress' || kind === 'inspect')) note(`Tệp đại hội / congress file: ${congressFile}`);
    if (congressFile && kind === 'congress') openCongress(engine, congressFile);
    // Every command this run sends is the command line's own, in the audit too (main/db/audit-actor.ts).
    return await withCaller(cliCaller(hostname()), () =>
      HANDLERS[spec.name.split(' ')[0]!]!(engine, [...spec.name.split(' ').slice(1), ...args], values, out),
    );
  } catch (error) {
    return refusal(error, values, out);
  } finally {
    engine.close();
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      const code = exitCodeOf(error);
      const message = error instanceof Error ? error.message : String(error);
      const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
      process.stderr.write(code === EXIT.unexpected ? `Lỗi bất ngờ / unexpected error: ${message}${stack}\n` : `Lỗi: ${message}\n`);
      process.exit(code);
    });
}
