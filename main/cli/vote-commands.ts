/** `vote …` subcommands: show-of-hands votes from a script, with the result and pass/fail as JSON. */
import type { Vote } from '../../shared/contract/vote-types';
import { formatCount } from '../../shared/domain/format';
import { VOTE_RULES, type VoteRule } from '../../shared/domain/vote';
import type { Engine } from '../engine/engine';
import { type Out, type Parsed, choiceOption, idArgument, intOption, refusal } from './args';

type Values = Parsed['values'];

// The CLI spells rules with hyphens (half-present), the contract with underscores (half_present).
const CLI_RULES = VOTE_RULES.map((r) => r.replace(/_/g, '-'));

export const VOTE_USAGE = `  npm run cli -- vote create <tệp> --question "…" [--rule ${CLI_RULES.join('|')}] [--present N] [--step <id>]
  npm run cli -- vote record <tệp> <id> --for N --against N --abstain N      (kết thúc biểu quyết)
  npm run cli -- vote show <tệp> <id> [--json]
`;

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
  out(`${v.question} — ${v.state === 'closed' ? 'đã kết thúc' : 'đang biểu quyết'}; có mặt ${formatCount(v.present)}, triệu tập ${formatCount(v.summoned)}`);
  const o = v.outcome;
  if (!v.counts || !o) return out(v.problem ?? 'Chưa nhập số liệu.');
  out(`Tán thành ${formatCount(v.counts.for)} (${o.percent.for}), không tán thành ${formatCount(v.counts.against)} (${o.percent.against}), không biểu quyết ${formatCount(v.counts.abstain)} (${o.percent.abstain})`);
  out(`${o.passed ? 'THÔNG QUA' : 'KHÔNG THÔNG QUA'} (cần ${formatCount(o.required)} trên ${formatCount(o.base)})${o.unanimous ? ' — nhất trí 100 %' : ''}`);
}

export async function voteCommand(engine: Engine, args: string[], values: Values, out: Out): Promise<number> {
  const [sub, file, ...rest] = args;
  if (!sub || !file) throw new Error(`Cách dùng:\n${VOTE_USAGE}`);
  try {
    engine.open(file);
    switch (sub) {
      case 'create': {
        const question = values.question?.trim();
        if (!question) throw new Error(`Cần --question "…".\n\n${VOTE_USAGE}`);
        const rule = choiceOption(values, 'rule', CLI_RULES)?.replace(/-/g, '_') as VoteRule | undefined;
        const present = intOption(values, 'present', 0, 100_000);
        const stepId = intOption(values, 'step', 1, Number.MAX_SAFE_INTEGER);
        const v = await engine.call('votes:create', { question, rule, present, stepId });
        out(values.json ? JSON.stringify(summary(v)) : String(v.id));
        return 0;
      }
      case 'record': {
        const counts = { for: intOption(values, 'for', 0, 100_000), against: intOption(values, 'against', 0, 100_000), abstain: intOption(values, 'abstain', 0, 100_000) };
        if (counts.for === undefined || counts.against === undefined || counts.abstain === undefined) throw new Error(`Cần --for, --against và --abstain.\n\n${VOTE_USAGE}`);
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
        throw new Error(`Lệnh vote không rõ: ${sub}\n\n${VOTE_USAGE}`);
    }
  } catch (error) {
    return refusal(error, values.json, out);
  }
}
