/** `ballot …` subcommands: the same commands as the app, for scripts and checks. */
import { basename } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { ALL_STRUCK_RULES, RULE_PRESETS, type RulePreset, THRESHOLD_BASES, TIE_RULES } from '../../shared/domain/ballot';
import { formatCount, formatPercent } from '../../shared/domain/format';
import type { TallyResult } from '../../shared/domain/tally';
import type { Engine } from '../engine/engine';
import { readCandidateFile } from '../services/ballot-service';
import { batchRefused } from '../services/paper-batch-service';
import type { RowError } from '../services/paper-service';
import { SOURCE_WORDS, paperOrigins } from '../db/paper-origin';
import { type AnswerOptions, type Out, type Parsed, choiceOption, errorLine, idArgument, intOption, refusalText } from './args';
import { type CommandSpec, JSON_OPTION } from './command-spec';
import { exitCodeOf, usageError } from './exit-codes';
import { readUserFile } from './paths';
import { parsePaperCsv } from './paper-file';
import { REVIEW_COMMANDS, reviewCommand } from './review-commands';
import { SCAN_COMMANDS, scanCommand } from './scan-commands';

type Values = Parsed['values'];

const FILE_AND_ID = '<tệp> <số-cuộc-bầu>';
const ID_ONLY = { needs: 2, paths: ['congress'] as const, options: [JSON_OPTION] };

export const BALLOT_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'ballot create',
    usage: '<tệp> --title "…" --seats-approved N --seats N --candidates <danh-sách.xlsx|csv> [tùy chọn…]',
    vi: 'Tạo cuộc bầu (hiệp thương / bầu cử) với danh sách người ứng cử và mở nhập phiếu; in số của cuộc bầu.',
    en: 'Creates a ballot (consultation / election) with its candidate list and opens it for entry; prints its id.',
    needs: 1,
    paths: ['congress'],
    options: [
      { flag: 'title', value: '"…"', vi: 'tên cuộc bầu', en: "the ballot's title" },
      { flag: 'seats-approved', value: 'N', vi: 'số lượng được duyệt', en: 'the number of seats approved' },
      {
        flag: 'seats',
        value: 'N',
        vi: 'số lượng bầu lần này (mặc định bằng số được duyệt)',
        en: 'the seats to fill now (default: as approved)',
      },
      {
        flag: 'candidates',
        value: '<tệp>',
        path: true,
        vi: 'danh sách người ứng cử (xlsx hoặc csv)',
        en: 'the candidate list (xlsx or csv)',
      },
      {
        flag: 'preset',
        value: Object.keys(RULE_PRESETS).join('|'),
        vi: 'bộ quy tắc sẵn có (mặc định mttq)',
        en: 'a preset of rules (default mttq)',
      },
      { flag: 'base', value: THRESHOLD_BASES.join('|'), vi: 'cơ sở tính quá nửa', en: 'the base of the majority' },
      {
        flag: 'all-struck',
        value: ALL_STRUCK_RULES.join('|'),
        vi: 'phiếu gạch hết tên: hợp lệ hay không',
        en: 'a paper with every name struck: valid or not',
      },
      {
        flag: 'tie',
        value: TIE_RULES.join('|'),
        vi: 'bằng phiếu: bầu lại hay lấy người lớn tuổi',
        en: 'a tie: vote again or the older one',
      },
      { flag: 'present', value: 'N', vi: 'số đại biểu có mặt', en: 'the delegates present' },
      { flag: 'passes', value: '1|2|3', vi: 'số lượt nhập mỗi phiếu (đối chiếu)', en: 'entry passes per paper (compared)' },
      JSON_OPTION,
    ],
  },
  {
    name: 'ballot show',
    usage: `${FILE_AND_ID} [--json]`,
    vi: 'Cuộc bầu và người ứng cử theo thứ tự in trên phiếu.',
    en: 'The ballot and its candidates in printed order.',
    ...ID_ONLY,
  },
  {
    name: 'ballot papers',
    usage: `${FILE_AND_ID} <phiếu.csv> [--pass 1|2|3] [--issued N]`,
    vi: 'Nhập cả tệp phiếu (tiêu đề paper,struck,invalid): tất cả hoặc không gì, mọi dòng lỗi được liệt kê.',
    en: 'Enters a file of papers (header paper,struck,invalid): all or nothing, every bad row listed.',
    needs: 3,
    paths: ['congress', null, 'file'],
    options: [
      { flag: 'pass', value: '1|2|3', vi: 'lượt nhập (mặc định 1)', en: 'the entry pass (default 1)' },
      { flag: 'issued', value: 'N', vi: 'số phiếu phát ra', en: 'the papers issued' },
      JSON_OPTION,
    ],
  },
  ...SCAN_COMMANDS,
  ...REVIEW_COMMANDS,
  {
    name: 'ballot tally',
    usage: `${FILE_AND_ID} [--json]`,
    vi: 'Kết quả kiểm phiếu; thoát 1 khi các lượt nhập chưa khớp.',
    en: 'The count; exits 1 while the entry passes disagree.',
    ...ID_ONLY,
  },
  {
    name: 'ballot log',
    usage: `${FILE_AND_ID} [--json]`,
    vi: 'Nhật ký nhập phiếu: mọi phiếu, mọi lượt, mọi lần sửa.',
    en: 'The entry log: every paper, pass and correction.',
    ...ID_ONLY,
  },
  {
    name: 'ballot publish',
    usage: `${FILE_AND_ID} [--json]`,
    vi: 'Chốt số liệu và công bố kết quả (từ chối khi các lượt chưa khớp).',
    en: 'Counts and publishes the result (refused while passes disagree).',
    ...ID_ONLY,
  },
  {
    name: 'ballot finalize',
    usage: `${FILE_AND_ID} [--json]`,
    vi: 'Kết thúc cuộc bầu: không sửa được nữa.',
    en: 'Finalises the ballot: no more changes.',
    ...ID_ONLY,
  },
];

const ballotId = (text: string | undefined) => idArgument(text, 'cuộc bầu');

/** An AppError becomes a message (and its row errors in JSON) with exit code 1, not a crash. */
function refuse(error: unknown, out: Out, values: AnswerOptions, sub: string): number {
  if (!(error instanceof AppError)) throw error;
  const details = error.details as { errors?: unknown[]; papers?: number[] } | undefined;
  const saved = sub === 'papers' ? { recorded: 0 } : {};
  const message = refusalText(error, values); // the rows a batch refuses are listed in it, in the chosen language
  if (values.json || details?.errors) out(JSON.stringify({ ...saved, error: error.code, message, ...(details ?? {}) }));
  else out(errorLine(message, values));
  return exitCodeOf(error);
}

export async function ballotCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  // The dispatcher has checked the count and made the paths absolute (command-spec.ts).
  const [sub, file, ...rest] = args as [string, string, ...string[]];
  try {
    switch (sub) {
      case 'create':
        return await create(engine, file, values, out);
      case 'show':
        return await show(engine, file, ballotId(rest[0]), values, out);
      case 'papers':
        return await papers(engine, file, ballotId(rest[0]), rest[1], values, out);
      case 'scan':
        return await scanCommand(engine, file, ballotId(rest[0]), rest.slice(1), values, out);
      case 'review':
        return await reviewCommand(engine, file, ballotId(rest[0]), rest.slice(1), values, out);
      case 'tally':
        return await tallyCommand(engine, file, ballotId(rest[0]), values, out);
      case 'log':
        return await logCommand(engine, file, ballotId(rest[0]), values, out);
      case 'publish':
      case 'finalize':
        return await advance(engine, file, ballotId(rest[0]), sub, values, out);
      default:
        throw usageError(`Lệnh ballot không rõ: «${sub}».`, `Unknown ballot command "${sub}".`, 'ballot');
    }
  } catch (error) {
    return refuse(error, out, values, sub);
  }
}

async function create(engine: Engine, file: string, values: Values, out: Out): Promise<number> {
  const title = values.title?.trim();
  const seatsApproved = intOption(values, 'seats-approved', 1, 2000);
  const seats = intOption(values, 'seats', 1, 2000) ?? seatsApproved;
  const list = values.candidates;
  if (!title || !seatsApproved || !seats || !list) {
    throw usageError(
      'Cần --title, --seats-approved, --seats và --candidates.',
      'Needs --title, --seats-approved, --seats and --candidates.',
      'ballot create',
    );
  }
  const preset = choiceOption(values, 'preset', Object.keys(RULE_PRESETS) as RulePreset[]) ?? 'mttq';
  const rules = {
    base: choiceOption(values, 'base', THRESHOLD_BASES) ?? RULE_PRESETS[preset].base,
    allStruck: choiceOption(values, 'all-struck', ALL_STRUCK_RULES) ?? RULE_PRESETS[preset].allStruck,
    tie: choiceOption(values, 'tie', TIE_RULES) ?? RULE_PRESETS[preset].tie,
  };
  const passes = intOption(values, 'passes', 1, 3) ?? 1;
  const present = intOption(values, 'present', 0, 1_000_000);
  // The list is read and checked before anything is written: a bad file leaves no empty ballot behind.
  const candidates = await readCandidateFile({ fileName: basename(list), contentBase64: readUserFile(list).toString('base64') });
  engine.open(file);
  const ballot = await engine.call('ballots:create', {
    title,
    kind: 'committee',
    seatsApproved,
    seats,
    method: 'paper',
    preset,
    rules,
    entryMode: 'struck',
    passes,
  });
  await engine.call('ballots:setCandidates', { id: ballot.id, candidates });
  await engine.call('ballots:open', { id: ballot.id });
  if (present !== undefined) await engine.call('ballots:setCounts', { id: ballot.id, present, reason: 'CLI' });
  out(values.json ? JSON.stringify({ id: ballot.id }) : String(ballot.id));
  return 0;
}

async function show(engine: Engine, file: string, id: number, values: Values, out: Out): Promise<number> {
  engine.open(file);
  const b = await engine.call('ballots:get', { id });
  if (values.json) {
    out(JSON.stringify(b));
    return 0;
  }
  out(`${b.title} — ${b.state}, ${formatCount(b.seats)}/${formatCount(b.seatsApproved)} người, vòng ${b.round}`);
  for (const c of b.candidates) out(`${String(c.number).padStart(4)}. ${c.name}${c.birthDate ? ` (${c.birthDate})` : ''}`);
  return 0;
}

async function papers(engine: Engine, file: string, id: number, csvPath: string | undefined, values: Values, out: Out): Promise<number> {
  const pass = intOption(values, 'pass', 1, 3) ?? 1;
  const issued = intOption(values, 'issued', 0, 1_000_000);
  const parsed = parsePaperCsv(readUserFile(csvPath!).toString('utf8'));
  engine.open(file);
  // The contract's batch command: all or nothing, one transaction, every bad row listed. Rows the
  // reader could not read are listed with the ones the command refuses; then nothing is saved.
  const papers = parsed.rows.map((r) => ({ row: r.row, paper: r.paper, numbers: r.struck, invalid: r.invalid }));
  const batch = { ballotId: id, pass, papers, numbersAre: 'struck' as const, source: 'file' as const };
  if (parsed.errors.length > 0) {
    const checked = papers.length === 0 ? null : await engine.invoke('papers:recordMany', { ...batch, checkOnly: true });
    const refused = checked && !checked.ok ? ((checked.error.details as { errors?: RowError[] } | undefined)?.errors ?? []) : [];
    if (checked && !checked.ok && refused.length === 0) throw AppError.fromData(checked.error);
    throw batchRefused([...parsed.errors, ...refused].sort((a, b) => a.row - b.row));
  }
  const { recorded } = papers.length === 0 ? { recorded: 0 } : await engine.call('papers:recordMany', batch);
  if (issued !== undefined) await engine.call('ballots:setCounts', { id, issued });
  out(JSON.stringify({ recorded, errors: [] }));
  return 0;
}

async function tallyCommand(engine: Engine, file: string, id: number, values: Values, out: Out): Promise<number> {
  engine.open(file);
  const t = await engine.call('ballots:tally', { id });
  if (values.json) out(JSON.stringify(t));
  else printTally(t, t.discrepancies, out);
  return t.discrepancies.length > 0 ? 1 : 0;
}

function printTally(t: TallyResult, discrepancies: number[], out: Out): void {
  out(
    `Phát ra ${formatCount(t.issued)}, thu vào ${formatCount(t.returned)}, hợp lệ ${formatCount(t.valid)}, không hợp lệ ${formatCount(t.invalid)}`,
  );
  out(`Cơ sở tính quá nửa: ${t.base.kind} = ${formatCount(t.base.value)}`);
  const byVotes = [...t.candidates].sort((a, b) => a.rank - b.rank || a.number - b.number);
  for (const c of byVotes) {
    const mark = c.elected ? '★' : c.tiedAtCutoff ? '=' : c.passed ? '+' : ' ';
    out(
      `${mark} ${String(c.number).padStart(4)}. ${c.name.padEnd(32)} ${formatCount(c.votes).padStart(7)}  ${formatPercent(c.votes, t.base.value)}`,
    );
  }
  out(`Trúng cử: ${formatCount(t.seatsFilled)}/${formatCount(t.seats)}${t.tie ? `; bằng phiếu: số ${t.tie.numbers.join(', ')}` : ''}`);
  if (discrepancies.length > 0) out(`Các lần nhập chưa khớp ở phiếu số: ${discrepancies.join(', ')}`);
}

/** The entry log, one line per paper number: each pass's struck numbers, then what was counted. */
async function logCommand(engine: Engine, file: string, id: number, values: Values, out: Out): Promise<number> {
  engine.open(file);
  const log = await engine.call('papers:log', { ballotId: id });
  if (values.json) {
    out(JSON.stringify(log));
    return 0;
  }
  const marks = (m: { struck: number[]; invalid: string | null } | null) =>
    !m ? '—' : m.invalid ? `KHL:${m.invalid}` : m.struck.join(' ') || '0';
  // Where each pass's entry came from and on which device ("?" for papers entered before that was kept).
  const origins = paperOrigins(engine.context().db, id);
  const originOf = (pass: number, paper: number) => {
    const o = origins.get(`${pass}:${paper}`);
    return o ? `[${o.source ? SOURCE_WORDS[o.source].vi : '?'}, ${o.device ?? '?'}]` : '';
  };
  for (const r of log.rows) {
    const counted = !r.counted ? 'chưa chốt' : r.counted.valid ? 'hợp lệ' : `không hợp lệ (${r.counted.invalid})`;
    const passes = r.passes.map((p, i) => `${marks(p).padEnd(16)} ${originOf(i + 1, r.paper)}`.trimEnd());
    out(
      `Phiếu ${String(r.paper).padStart(5)} | ${passes.join(' | ')} | ${r.resolution ? `chốt: ${marks(r.resolution)} | ` : ''}${counted}`,
    );
  }
  for (const c of log.corrections) {
    out(
      `${c.at} ${c.action} phiếu ${c.paper}${c.pass ? ` lượt ${c.pass}` : ''}: ${marks(c.before)} → ${marks(c.after)}${c.reason ? ` (${c.reason})` : ''}`,
    );
  }
  return 0;
}

/** publish counts first when entry is still open (refused while passes disagree). */
async function advance(engine: Engine, file: string, id: number, to: 'publish' | 'finalize', values: Values, out: Out): Promise<number> {
  engine.open(file);
  if (to === 'publish' && (await engine.call('ballots:get', { id })).state === 'open') await engine.call('ballots:count', { id });
  const b = await engine.call(to === 'publish' ? 'ballots:publish' : 'ballots:finalize', { id });
  out(values.json ? JSON.stringify({ id: b.id, state: b.state }) : `${b.title}: ${b.state}`);
  return 0;
}
