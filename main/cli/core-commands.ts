/** The first commands of a congress: make or open the file, the roster, check-in and attendance. */
import { basename } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { MAX_ROSTER_BYTES, rosterTooLarge } from '../../shared/domain/file-limits';
import type { ListRowProblem } from '../../shared/i18n/translator';
import type { Engine } from '../engine/engine';
import { type Out, type Parsed, refusalText, sessionOption, wordedRows } from './args';
import { type CommandSpec, JSON_OPTION, SESSION_OPTION } from './command-spec';
import { usageError } from './exit-codes';
import { readUserFile, userFileSize } from './paths';
import { printAttendance, printDelegates } from './print';

type Values = Parsed['values'];

export const CORE_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'new',
    usage: '<tệp> --name "<tên đại hội>" [--json]',
    vi: 'Tạo tệp đại hội mới; thêm đuôi «.congress» nếu tên chưa có (tên in ra là tệp đã tạo).',
    en: 'Creates a congress file; ".congress" is added when the name lacks it (the name printed is the file made).',
    needs: 1,
    paths: ['new'],
    options: [
      { flag: 'name', value: '"…"', vi: 'tên đại hội (in trên tài liệu)', en: "the congress's name (on its documents)" },
      JSON_OPTION,
    ],
  },
  {
    name: 'demo',
    usage: '<tệp> [--json]',
    vi: 'Mở đại hội mẫu (khoảng 150 đại biểu giả định), tạo mới nếu tệp chưa có.',
    en: 'Opens the demo congress (~150 synthetic delegates), made when the file does not exist yet.',
    needs: 1,
    paths: ['either'],
    options: [JSON_OPTION],
  },
  {
    name: 'info',
    usage: '<tệp> [--json]',
    vi: 'Thông tin tệp: cài đặt đại hội, các phiên (số phiên dùng cho --session).',
    en: "The file's settings and sessions (the ids for --session).",
    needs: 1,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
  {
    name: 'delegates import',
    usage: '<tệp> <danh-sách.xlsx|csv> [--update] [--dry-run] [--only-valid]',
    vi: 'Nhập danh sách đại biểu; có dòng lỗi thì không nhập gì (trừ khi --only-valid). In JSON { imported, errors } (--update: thêm changes).',
    en: 'Imports the roster; a file with errors imports nothing (unless --only-valid). Prints JSON { imported, errors } (--update: with changes).',
    needs: 2,
    paths: ['congress', 'file'],
    options: [
      {
        flag: 'update',
        vi: 'cập nhật theo mã đại biểu: mã đã có thì sửa các cột có trong tệp, mã mới thì thêm; đại biểu không có trong tệp được giữ nguyên (notInFile)',
        en: 'update by delegate code: a known code has the columns of the file updated, a new one is added; delegates not in the file are kept (notInFile)',
      },
      { flag: 'dry-run', vi: 'chỉ kiểm tra, không nhập', en: 'check only, import nothing' },
      { flag: 'only-valid', vi: 'nhập các dòng hợp lệ, bỏ các dòng lỗi', en: 'import the valid rows, skip the bad ones' },
      JSON_OPTION,
    ],
  },
  {
    name: 'delegates list',
    usage: '<tệp> [--json]',
    vi: 'Danh sách đại biểu.',
    en: 'The roster.',
    needs: 1,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
  {
    name: 'checkin',
    usage: '<tệp> <mã>... [--session <số>] [--json]',
    vi: 'Điểm danh theo mã đại biểu; mã nào sai thì báo và thoát 1, các mã đúng vẫn được ghi.',
    en: 'Checks delegates in by code; a wrong code is reported (exit 1), the right ones are still recorded.',
    needs: 2,
    paths: ['congress'],
    options: [SESSION_OPTION, JSON_OPTION],
  },
  {
    name: 'checkin undo',
    usage: '<tệp> <mã> [--session <số>]',
    vi: 'Hoàn tác điểm danh của một đại biểu.',
    en: "Undoes one delegate's check-in.",
    needs: 2,
    paths: ['congress'],
    options: [SESSION_OPTION],
  },
  {
    name: 'checkin anomalies',
    usage: '<tệp> [--session <số>]',
    vi: 'Các lượt quét bất thường (đại biểu đã có mặt bị quét lại ở bàn khác), mới nhất trước, dạng JSON.',
    en: 'The check-in anomalies (a delegate already present scanned again at another desk), newest first, as JSON.',
    needs: 1,
    paths: ['congress'],
    options: [SESSION_OPTION],
  },
  {
    name: 'attendance',
    usage: '<tệp> [--session <số>] [--json]',
    vi: 'Số lượng đại biểu có mặt, vắng, đủ số lượng hay chưa.',
    en: 'Attendance: present, absent, whether the quorum is met.',
    needs: 1,
    paths: ['congress'],
    options: [SESSION_OPTION, JSON_OPTION],
  },
];

export async function newCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const name = values.name?.trim();
  if (!name) throw usageError('Cần --name "<tên đại hội>".', 'Needs --name "<the congress\'s name>".', 'new');
  const info = engine.create(name, args[0]);
  out(values.json ? JSON.stringify(info) : `Đã tạo / created ${info.path}`);
  return 0;
}

export async function demoCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const info = engine.openDemo(args[0]);
  out(values.json ? JSON.stringify(info) : `Đại hội mẫu / demo congress: ${info.path}`);
  return 0;
}

export async function infoCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  out(JSON.stringify(engine.open(args[0]!), null, values.json ? undefined : 2));
  return 0;
}

export async function attendanceCommand(engine: Engine, _args: string[], values: Values, out: Out): Promise<number> {
  const summary = await engine.call('attendance:summary', { sessionId: sessionOption(values) });
  if (values.json) out(JSON.stringify(summary));
  else printAttendance(summary, out);
  return 0;
}

export async function delegatesCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const [sub, , roster] = args;
  if (sub === 'list') {
    const list = await engine.call('delegates:list', {});
    if (values.json) out(JSON.stringify(list));
    else printDelegates(list, out);
    return 0;
  }
  // import: a file over the limit is refused before it is read
  const size = userFileSize(roster!);
  if (size > MAX_ROSTER_BYTES) {
    out(JSON.stringify({ imported: 0, errors: [], message: refusalText(rosterTooLarge(basename(roster!), size), values) }));
    return 1;
  }
  const mode = values.update ? 'update' : 'add';
  const payload = { fileName: basename(roster!), contentBase64: readUserFile(roster!).toString('base64'), mode } as const;
  if (values['dry-run']) {
    const preview = await engine.call('roster:preview', payload);
    const { changes } = preview;
    out(
      JSON.stringify({ imported: 0, valid: preview.validCount, errors: wordedRows(preview.errors, values), ...(changes && { changes }) }),
    );
    return preview.errors.length > 0 ? 1 : 0;
  }
  const result = await engine.invoke('roster:import', { ...payload, onlyValid: values['only-valid'] ?? false });
  if (result.ok) {
    const { imported, changes } = result.value;
    out(JSON.stringify({ imported, errors: wordedRows(result.value.errors, values), ...(changes && { changes }) }));
    return result.value.errors.length > 0 ? 1 : 0;
  }
  const details = result.error.details as { errors?: ListRowProblem[] } | undefined;
  const errors = wordedRows(details?.errors ?? [], values);
  out(JSON.stringify({ imported: 0, errors, message: refusalText(result.error, values) }));
  return 1;
}

export async function checkinCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const sessionId = sessionOption(values);
  if (args[0] === 'undo') {
    const code = args[2]!;
    const found = await engine.call('delegates:search', { query: code, limit: 5000 });
    const delegate = found.find((d) => d.code.toUpperCase() === code.toUpperCase());
    if (!delegate) throw AppError.of('UNKNOWN_DELEGATE_CODE', 'checkin.unknownCode', { code });
    await engine.call('checkin:undo', { delegateId: delegate.id, sessionId });
    out(`Đã hoàn tác điểm danh: ${delegate.code} ${delegate.fullName}`);
    return 0;
  }
  if (args[0] === 'anomalies') {
    out(JSON.stringify(await engine.call('checkin:anomalies', { sessionId })));
    return 0;
  }
  let failures = 0;
  const results: unknown[] = [];
  for (const code of args.slice(1)) {
    const r = await engine.invoke('checkin:scan', { code, sessionId });
    if (r.ok) {
      results.push({ code, ok: true, name: r.value.delegate.fullName });
      if (!values.json) out(`✓ ${r.value.delegate.code}  ${r.value.delegate.fullName}`);
    } else {
      failures++;
      const message = refusalText(r.error, values);
      results.push({ code, ok: false, error: r.error.code, message });
      if (!values.json) out(`✗ ${code}  ${message}`);
    }
  }
  if (values.json) out(JSON.stringify(results));
  return failures > 0 ? 1 : 0;
}
