/** `vote …` subcommands: show-of-hands votes from a script, with the result and pass/fail as JSON. */
import type { Vote } from '../../shared/contract/vote-types';
import { formatCount } from '../../shared/domain/format';
import { t } from '../../shared/i18n/translator';
import { VOTE_RULES, type VoteRule } from '../../shared/domain/vote';
import type { Engine } from '../engine/engine';
import { type Out, type Parsed, choiceOption, idArgument, intOption, refusal } from './args';
import { type CommandSpec, JSON_OPTION } from './command-spec';
import { usageError } from './exit-codes';

type Values = Parsed['values'];

// The CLI spells rules with hyphens (half-present), the contract with underscores (half_present).
const CLI_RULES = VOTE_RULES.map((r) => r.replace(/_/g, '-'));

const VOTE_ID = '<tệp> <số-biểu-quyết>';

export const VOTE_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'vote create',
    usage: `<tệp> --question "…" [--rule ${CLI_RULES.join('|')}] [--present N] [--step <số>] [--json]`,
    vi: 'Mở một biểu quyết giơ tay; in số của biểu quyết.',
    en: 'Opens a show-of-hands vote; prints its id.',
    needs: 1,
    paths: ['congress'],
    options: [
      { flag: 'question', value: '"…"', vi: 'nội dung biểu quyết', en: 'the question' },
      {
        flag: 'rule',
        value: CLI_RULES.join('|'),
        vi: 'điều kiện thông qua (mặc định quá nửa số có mặt)',
        en: 'the rule to pass (default: over half of those present)',
      },
      {
        flag: 'present',
        value: 'N',
        vi: 'số đại biểu có mặt (mặc định theo điểm danh)',
        en: 'the delegates present (default: from check-in)',
      },
      { flag: 'step', value: '<số>', vi: 'bước chương trình của biểu quyết', en: 'the agenda step it belongs to' },
      JSON_OPTION,
    ],
  },
  {
    name: 'vote record',
    usage: `${VOTE_ID} --for N --against N --abstain N [--json]`,
    vi: 'Ghi kết quả và kết thúc biểu quyết; thoát 1 khi tổng khác số có mặt.',
    en: 'Records the counts and closes the vote; exits 1 when the sum differs from those present.',
    needs: 2,
    paths: ['congress'],
    options: [
      { flag: 'for', value: 'N', vi: 'tán thành', en: 'for' },
      { flag: 'against', value: 'N', vi: 'không tán thành', en: 'against' },
      { flag: 'abstain', value: 'N', vi: 'không biểu quyết', en: 'abstaining' },
      JSON_OPTION,
    ],
  },
  {
    name: 'vote show',
    usage: `${VOTE_ID} [--json]`,
    vi: 'Kết quả: số phiếu, cơ sở, tỉ lệ, thông qua hay không.',
    en: 'The result: counts, base, percentages, passed or not.',
    needs: 2,
    paths: ['congress'],
    options: [JSON_OPTION],
  },
];

const voteId = (text: string | undefined) => idArgument(text, 'biểu quyết');

/** What a script checks: counts, base, percentages and passed, without the bookkeeping fields. */
function summary(v: Vote) {
  return {
    id: v.id,
    question: v.question,
    rule: v.rule.replace(/_/g, '-'),
    state: v.state,
    present: v.present,
    summoned: v.summoned,
    stepId: v.stepId,
    counts: v.counts,
    base: v.outcome?.base ?? null,
    baseKind: v.outcome?.baseKind ?? null,
    required: v.outcome?.required ?? null,
    percent: v.outcome?.percent ?? null,
    passed: v.outcome?.passed ?? null,
    unanimous: v.outcome?.unanimous ?? null,
  };
}

function printVote(v: Vote, out: Out): void {
  out(
    `${v.question} — ${v.state === 'closed' ? 'đã kết thúc' : 'đang biểu quyết'}; có mặt ${formatCount(v.present)}, triệu tập ${formatCount(v.summoned)}`,
  );
  const o = v.outcome;
  if (!v.counts || !o) return out(v.problem ? t('vi', v.problem.key, v.problem.params) : 'Chưa nhập số liệu.');
  out(
    `Tán thành ${formatCount(v.counts.for)} (${o.percent.for}), không tán thành ${formatCount(v.counts.against)} (${o.percent.against}), không biểu quyết ${formatCount(v.counts.abstain)} (${o.percent.abstain})`,
  );
  out(
    `${o.passed ? 'THÔNG QUA' : 'KHÔNG THÔNG QUA'} (cần ${formatCount(o.required)} trên ${formatCount(o.base)})${o.unanimous ? ' — nhất trí 100 %' : ''}`,
  );
}

export async function voteCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const [sub, file, ...rest] = args;
  try {
    engine.open(file!);
    switch (sub) {
      case 'create': {
        const question = values.question?.trim();
        if (!question) throw usageError('Cần --question "…".', 'Needs --question "…".', 'vote create');
        const rule = choiceOption(values, 'rule', CLI_RULES)?.replace(/-/g, '_') as VoteRule | undefined;
        const present = intOption(values, 'present', 0, 100_000);
        const stepId = intOption(values, 'step', 1, Number.MAX_SAFE_INTEGER);
        const v = await engine.call('votes:create', { question, rule, present, stepId });
        out(values.json ? JSON.stringify(summary(v)) : String(v.id));
        return 0;
      }
      case 'record': {
        const counts = {
          for: intOption(values, 'for', 0, 100_000),
          against: intOption(values, 'against', 0, 100_000),
          abstain: intOption(values, 'abstain', 0, 100_000),
        };
        if (counts.for === undefined || counts.against === undefined || counts.abstain === undefined)
          throw usageError('Cần --for, --against và --abstain.', 'Needs --for, --against and --abstain.', 'vote record');
        const v = await engine.call('votes:record', { id: voteId(rest[0]), counts, close: true });
        if (values.json) out(JSON.stringify(summary(v)));
        else printVote(v, out);
        return 0;
      }
      case 'show': {
        const v = await engine.call('votes:get', { id: voteId(rest[0]) });
        if (values.json) out(JSON.stringify(summary(v)));
        else printVote(v, out);
        return 0;
      }
      default:
        throw usageError(`Lệnh vote không rõ: «${sub ?? ''}».`, `Unknown vote command "${sub ?? ''}".`, 'vote');
    }
  } catch (error) {
    return refusal(error, values, out);
  }
}
