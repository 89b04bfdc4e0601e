import { readFileSync, statSync } from 'node:fs';
import { MAX_ROSTER_BYTES, rosterTooLarge } from '../../shared/domain/file-limits';
import { basename } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { Engine } from '../engine/engine';
import { defaultWorkspaceDir } from '../engine/workspace';
import { type Out, type Parsed, parse, sessionOption } from './args';
import { AGENDA_USAGE, agendaCommand } from './agenda-commands';
import { BALLOT_USAGE, ballotCommand } from './ballot-commands';
import { VOTE_USAGE, voteCommand } from './vote-commands';
import { VERIFY_USAGE, verifyCommand } from './verify-command';
import { EXPORT_USAGE, exportCommand } from './export-commands';
import { printAttendance, printDelegates } from './print';

const USAGE = `Congress Desk — dòng lệnh / command line

  npm run cli -- new <tệp.congress> --name "<tên đại hội>"
  npm run cli -- demo <tệp.congress>
  npm run cli -- info <tệp> [--json]
  npm run cli -- delegates import <tệp> <danh-sách.xlsx|csv> [--dry-run] [--only-valid]
  npm run cli -- delegates list <tệp> [--json]
  npm run cli -- checkin <tệp> <mã>... [--session <id>] [--json]
  npm run cli -- checkin undo <tệp> <mã> [--session <id>]
  npm run cli -- attendance <tệp> [--session <id>] [--json]
${BALLOT_USAGE}${AGENDA_USAGE}${VOTE_USAGE}${VERIFY_USAGE}${EXPORT_USAGE}
`;

/** Runs one CLI command on an engine; returns the process exit code. */
export async function runCli(argv: string[], out: Out = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    out(USAGE);
    return command ? 0 : 2;
  }
  const engine = new Engine({ workspaceDir: defaultWorkspaceDir(), rememberRecent: false });
  try {
    return await dispatch(engine, command, rest, values, out);
  } finally {
    engine.close();
  }
}

type Group = (engine: Engine, args: string[], values: Parsed['values'], out: Out) => Promise<number>;

/** Commands with subcommands of their own (`ballot show …`), each in its own file. */
const GROUPS: Record<string, Group> = {
  delegates,
  checkin,
  ballot: ballotCommand,
  agenda: agendaCommand,
  vote: voteCommand,
  export: exportCommand,
};

async function dispatch(engine: Engine, command: string, args: string[], values: Parsed['values'], out: Out): Promise<number> {
  const need = (n: number) => {
    if (args.length < n) throw new Error(`Thiếu tham số.\n\n${USAGE}`);
  };
  switch (command) {
    case 'new': {
      need(1);
      if (!values.name) throw new Error('Cần --name "<tên đại hội>"');
      const info = engine.create(values.name, args[0]);
      out(values.json ? JSON.stringify(info) : `Đã tạo ${info.path}`);
      return 0;
    }
    case 'demo': {
      need(1);
      const info = engine.openDemo(args[0]);
      out(values.json ? JSON.stringify(info) : `Đại hội mẫu: ${info.path}`);
      return 0;
    }
    case 'info': {
      need(1);
      const info = engine.open(args[0]!);
      out(JSON.stringify(info, null, values.json ? undefined : 2));
      return 0;
    }
    case 'verify':
      return verifyCommand(args[0], values.json, out);
    case 'attendance': {
      need(1);
      engine.open(args[0]!);
      const summary = await engine.call('attendance:summary', { sessionId: sessionOption(values) });
      if (values.json) out(JSON.stringify(summary));
      else printAttendance(summary, out);
      return 0;
    }
    default:
      if (Object.hasOwn(GROUPS, command)) return GROUPS[command]!(engine, args, values, out);
      throw new Error(`Lệnh không rõ: ${command}\n\n${USAGE}`);
  }
}

async function delegates(engine: Engine, args: string[], values: Parsed['values'], out: Out): Promise<number> {
  const [sub, file, roster] = args;
  if (sub === 'list' && file) {
    engine.open(file);
    const list = await engine.call('delegates:list', {});
    if (values.json) out(JSON.stringify(list));
    else printDelegates(list, out);
    return 0;
  }
  if (sub === 'import' && file && roster) {
    engine.open(file);
    const size = statSync(roster).size;
    if (size > MAX_ROSTER_BYTES) {
      out(JSON.stringify({ imported: 0, errors: [], message: rosterTooLarge(basename(roster), size).message }));
      return 1;
    }
    const payload = { fileName: basename(roster), contentBase64: readFileSync(roster).toString('base64') };
    if (values['dry-run']) {
      const preview = await engine.call('roster:preview', payload);
      out(JSON.stringify({ imported: 0, valid: preview.validCount, errors: preview.errors }));
      return preview.errors.length > 0 ? 1 : 0;
    }
    const result = await engine.invoke('roster:import', { ...payload, onlyValid: values['only-valid'] ?? false });
    if (result.ok) {
      out(JSON.stringify({ imported: result.value.imported, errors: result.value.errors }));
      return result.value.errors.length > 0 ? 1 : 0;
    }
    const details = result.error.details as { errors?: unknown[] } | undefined;
    out(JSON.stringify({ imported: 0, errors: details?.errors ?? [], message: result.error.message }));
    return 1;
  }
  throw new Error(`Cách dùng: delegates import <tệp> <danh-sách> | delegates list <tệp>\n\n${USAGE}`);
}

async function checkin(engine: Engine, args: string[], values: Parsed['values'], out: Out): Promise<number> {
  const sessionId = sessionOption(values);
  if (args[0] === 'undo') {
    const [, file, code] = args;
    if (!file || !code) throw new Error('Cách dùng: checkin undo <tệp> <mã>');
    engine.open(file);
    const found = await engine.call('delegates:search', { query: code, limit: 5000 });
    const delegate = found.find((d) => d.code.toUpperCase() === code.toUpperCase());
    if (!delegate) throw new AppError('UNKNOWN_DELEGATE_CODE', `Không có đại biểu nào mang mã «${code}».`, `No delegate has the code "${code}".`);
    await engine.call('checkin:undo', { delegateId: delegate.id, sessionId });
    out(`Đã hoàn tác điểm danh: ${delegate.code} ${delegate.fullName}`);
    return 0;
  }
  const [file, ...codes] = args;
  if (!file || codes.length === 0) throw new Error('Cách dùng: checkin <tệp> <mã>...');
  engine.open(file);
  let failures = 0;
  const results: unknown[] = [];
  for (const code of codes) {
    const r = await engine.invoke('checkin:scan', { code, sessionId });
    if (r.ok) {
      results.push({ code, ok: true, name: r.value.delegate.fullName });
      if (!values.json) out(`✓ ${r.value.delegate.code}  ${r.value.delegate.fullName}`);
    } else {
      failures++;
      results.push({ code, ok: false, error: r.error.code, message: r.error.message });
      if (!values.json) out(`✗ ${code}  ${r.error.message}`);
    }
  }
  if (values.json) out(JSON.stringify(results));
  return failures > 0 ? 1 : 0;
}

const isMain = process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(error instanceof AppError ? 1 : 2);
    });
}
