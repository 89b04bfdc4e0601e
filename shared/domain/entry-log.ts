/**
 * The entry log (nhật ký nhập phiếu): every paper number with what each pass entered, whether the
 * passes agree, how the board settled a disagreement, and what the count used. Built from the same
 * reconciliation as the tally, so the log and the result cannot tell different stories.
 */
import type { BallotRules, InvalidReason, PaperMarks } from './ballot';
import type { Label } from './ballot-messages';
import { reconcilePasses } from './reconcile';
import { classifyPaper } from './tally';

export interface LoggedEntry extends PaperMarks {
  struck: number[];
  pass: number;
  enteredAt: string;
}

export interface EntryLogRow {
  paper: number;
  /** One per pass, in pass order; null where that pass has no (standing) entry for the paper. */
  passes: (LoggedEntry | null)[];
  agreed: boolean;
  /** The board's reading after looking at the paper again, when the passes disagreed. */
  resolution: { struck: number[]; invalid: InvalidReason | null } | null;
  /** What the count uses: the agreed marks or the board's reading; null while unsettled. */
  counted: { struck: number[]; invalid: InvalidReason | null; valid: boolean } | null;
}

export interface EntryLogInput {
  passes: number;
  candidateNumbers: readonly number[];
  seats: number;
  rules: BallotRules;
  /** Standing entries of every pass (voided ones excluded). */
  entries: readonly LoggedEntry[];
  resolutions: readonly PaperMarks[];
}

export function entryLogRows(input: EntryLogInput): EntryLogRow[] {
  const byPass: LoggedEntry[][] = Array.from({ length: input.passes }, () => []);
  for (const e of input.entries) if (e.pass <= input.passes) byPass[e.pass - 1]!.push(e);
  const { agreed } = reconcilePasses(byPass);
  const agreedPapers = new Map(agreed.map((p) => [p.paper, p]));
  const resolutions = new Map(input.resolutions.map((r) => [r.paper, r]));
  const numbers = new Set([...input.entries.map((e) => e.paper), ...resolutions.keys()]);
  const verdict = (marks: PaperMarks) => {
    const v = classifyPaper(marks, input.candidateNumbers, input.seats, input.rules);
    return { struck: [...marks.struck], invalid: v.reason, valid: v.valid };
  };
  return [...numbers]
    .sort((a, b) => a - b)
    .map((paper) => {
      const passes = byPass.map((list) => list.find((e) => e.paper === paper) ?? null);
      const r = resolutions.get(paper);
      const resolution = r ? { struck: [...r.struck], invalid: r.invalid } : null;
      const agreedMarks = agreedPapers.get(paper) ?? null;
      const used = r ?? agreedMarks;
      return { paper, passes, agreed: agreedMarks !== null, resolution, counted: used && verdict(used) };
    });
}

/**
 * How the log names where an entry came from (paper_entries.source, main/db/paper-origin.ts), Vietnamese
 * first; `unknown` for papers entered before the source was kept.
 */
export const ENTRY_SOURCE_LABELS = {
  keyboard: { vi: 'bàn phím', en: 'keyboard' },
  file: { vi: 'tệp', en: 'file' },
  scan: { vi: 'máy quét', en: 'scan' },
  review: { vi: 'rà soát', en: 'review' },
  unknown: { vi: 'không rõ nguồn', en: 'source not recorded' },
} as const satisfies Record<string, Label>;
