/**
 * `ballot review` (docs/scanning.md): the papers the machine doubted, with what is still undecided on each,
 * and the counting board's decisions one item at a time (`papers:pending`, `papers:decide`): a doubtful row
 * struck or kept (`--set`), the page's doubts cleared (`--valid`), or the whole paper invalid (`--invalid`).
 * A paper enters its pass, source 'review', once nothing on it is undecided; every decision is audited.
 */
import { BOARD_REASONS, type BoardReason } from '../../shared/domain/ballot';
import type { CommandInput, CommandOutput } from '../../shared/contract/channels';
import { t } from '../../shared/i18n/translator';
import type { Engine } from '../engine/engine';
import { undecidedOf } from '../services/scan-review-service';
import { type Out, type Parsed, cliLocale, intOption } from './args';
import { type CommandSpec, JSON_OPTION } from './command-spec';
import { usageError } from './exit-codes';

type Values = Parsed['values'];

const NAME = 'ballot review';

export const REVIEW_COMMANDS: readonly CommandSpec[] = [
  {
    name: NAME,
    usage: '<tệp> <số-cuộc-bầu> [--pass 1|2|3] [--set <phiếu>:<số>=struck|kept …] [--invalid <phiếu>=<lý-do>] [--valid <phiếu>] [--json]',
    vi: 'Phiếu quét chờ Ban kiểm phiếu xem, với những gì máy thấy và những gì còn chờ quyết định; kèm --set, --invalid hay --valid: ghi quyết định của Ban cho một phiếu, từng chỗ nghi một (phiếu vào lượt nhập khi không còn gì chờ).',
    en: 'The scanned papers waiting for the counting board, with what the machine saw and what is still undecided; with --set, --invalid or --valid: records the board’s decision on one paper, one doubt at a time (the paper enters its pass once nothing waits).',
    needs: 2,
    paths: ['congress'],
    options: [
      { flag: 'pass', value: '1|2|3', vi: 'chỉ lượt nhập này', en: 'this entry pass only' },
      {
        flag: 'set',
        value: '<phiếu>:<số>=struck|kept',
        vi: 'dòng máy nghi của phiếu: gạch (struck) hay giữ (kept); lặp lại được',
        en: 'a row the machine doubted: struck or kept; may be repeated',
      },
      {
        flag: 'invalid',
        value: '<phiếu>=<lý-do>',
        vi: `cả phiếu không hợp lệ, lý do của Ban: ${BOARD_REASONS.join(', ')}`,
        en: `the whole paper invalid, the board's reason: ${BOARD_REASONS.join(', ')}`,
      },
      {
        flag: 'valid',
        value: '<phiếu>',
        vi: 'Ban đã xem nghi vấn cả trang (chữ viết, thiếu dấu) và thấy phiếu hợp lệ',
        en: 'the board looked at the page-level doubts (writing, no stamp) and finds the paper valid',
      },
      JSON_OPTION,
    ],
    notes: [
      'Ví dụ / examples:',
      '  npm run cli -- ballot review dai-hoi 3 --set 7:8=kept --set 7:12=struck',
      '  npm run cli -- ballot review dai-hoi 3 --valid 7',
      '  npm run cli -- ballot review dai-hoi 3 --invalid 9=not_issued_form',
      'Mỗi lệnh quyết định một phiếu. / Each command decides one paper.',
    ],
  },
];

const positive = (text: string) => /^[1-9]\d*$/.test(text);

function badValue(flag: string, text: string, shape: string): never {
  throw usageError(`--${flag} cần dạng ${shape}; nhận «${text}».`, `--${flag} needs ${shape}; got "${text}".`, NAME);
}

type Decision = Omit<CommandInput<'papers:decide'>, 'ballotId'>;

/** The board's decision as typed, for one paper: its rows (--set), its page (--valid) or the whole (--invalid). */
function typedDecision(values: Values): Decision | null {
  const papers = new Set<number>();
  const rows = (values.set ?? []).map((text) => {
    const m = /^(\d+):(\d+)=(struck|kept)$/.exec(text);
    if (!m || !positive(m[1]!) || !positive(m[2]!)) badValue('set', text, '<phiếu>:<số>=struck|kept');
    papers.add(Number(m[1]));
    return { number: Number(m[2]), mark: m[3] as 'struck' | 'kept' };
  });
  let invalid: BoardReason | undefined;
  if (values.invalid !== undefined) {
    const m = /^(\d+)=(.+)$/.exec(values.invalid);
    if (!m || !positive(m[1]!) || !(BOARD_REASONS as readonly string[]).includes(m[2]!))
      badValue('invalid', values.invalid, `<phiếu>=<${BOARD_REASONS.join('|')}>`);
    papers.add(Number(m[1]));
    invalid = m[2] as BoardReason;
  }
  if (values.valid !== undefined) {
    if (!positive(values.valid)) badValue('valid', values.valid, '<phiếu>');
    papers.add(Number(values.valid));
  }
  if (papers.size === 0) return null;
  if (papers.size > 1) {
    const list = [...papers].join(', ');
    throw usageError(`Mỗi lệnh quyết định một phiếu; nhận các phiếu ${list}.`, `Each command decides one paper; got papers ${list}.`, NAME);
  }
  return {
    paper: [...papers][0]!,
    ...(rows.length > 0 ? { rows } : {}),
    ...(invalid ? { invalid } : {}),
    ...(values.valid !== undefined ? { valid: true as const } : {}),
  };
}

type PendingPaper = CommandOutput<'papers:pending'>[number];

/** One pending paper in the CLI's language: where its sheets are, what the machine read, what waits, what the board said. */
function pendingLine(p: PendingPaper, values: Values): string {
  const locale = cliLocale(values);
  const sheets = p.sheets
    .map(
      (s) =>
        `${s.file} ${t(locale, 'scan.cli.page', { page: s.page })}${p.sheets.length > 1 ? ` (${t(locale, 'scan.cli.sheet', { sheet: s.sheet })})` : ''}`,
    )
    .join(', ');
  const struck = p.rows.filter((r) => r.decision === 'struck' || r.decision === 'no').map((r) => r.number);
  const waiting = undecidedOf(p);
  const doubts = [
    ...p.rows.filter((r) => waiting.rows.includes(r.number)).map((r) => `${r.number} (${r.reasons.join(', ')})`),
    ...waiting.page.map((d) => t(locale, 'scan.cli.pageDoubt', { doubt: d })),
  ].join('; ');
  const decided = [
    ...p.rows.flatMap((r) => (r.board ? [`${r.number} ${t(locale, r.board === 'struck' ? 'scan.cli.struck' : 'scan.cli.kept')}`] : [])),
    ...(p.cleared ? [t(locale, 'scan.cli.pageCleared')] : []),
  ].join('; ');
  const line = t(locale, 'scan.cli.pending', { paper: String(p.paper), pass: p.pass, sheets, struck: struck.join(' ') || '0', doubts });
  return decided ? `${line} | ${t(locale, 'scan.cli.boardSoFar', { decided })}` : line;
}

/** `ballot review`: the papers waiting for the board, or the board's decision on one (audited; source 'review' once recorded). */
export async function reviewCommand(engine: Engine, file: string, id: number, rest: string[], values: Values, out: Out): Promise<number> {
  if (rest.length > 0) {
    throw usageError(
      `Thừa tham số «${rest.join(' ')}»: quyết định ghi bằng --set, --invalid hoặc --valid.`,
      `Unexpected "${rest.join(' ')}": decisions are given with --set, --invalid or --valid.`,
      NAME,
    );
  }
  const pass = intOption(values, 'pass', 1, 3);
  const decision = typedDecision(values);
  engine.open(file);
  const locale = cliLocale(values);
  if (!decision) {
    const pending = (await engine.call('papers:pending', { ballotId: id })).filter((p) => pass === undefined || p.pass === pass);
    if (values.json) out(JSON.stringify({ pending: pending.map((p) => ({ ...p, undecided: undecidedOf(p) })) }));
    else if (pending.length === 0) out(t(locale, 'scan.cli.nonePending'));
    else for (const p of pending) out(pendingLine(p, values));
    return 0;
  }
  const decided = await engine.call('papers:decide', { ballotId: id, ...(pass !== undefined ? { pass } : {}), ...decision });
  const params = { paper: String(decided.paper), pass: decided.pass, undecided: decided.undecided };
  out(values.json ? JSON.stringify(decided) : t(locale, decided.recorded ? 'scan.cli.decided' : 'scan.cli.partly', params));
  return 0;
}
