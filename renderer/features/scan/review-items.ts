/**
 * What the board looks at, one doubt at a time (docs/scanning.md «Review»): a paper's page doubts
 * first (if the paper is invalid its rows do not matter), then each doubtful row in printed order.
 * Pure: the review screen keeps these and moves through them; the engine has the decisions.
 */
import type { CommandInput, CommandOutput } from '../../../shared/contract/channels';
import type { BoardReason } from '../../../shared/domain/ballot';
import type { MarkingStyle } from '../../../shared/domain/paper-geometry';

export type PendingPaper = CommandOutput<'papers:pending'>[number];
export type PendingSheet = PendingPaper['sheets'][number];
export type ImageBox = NonNullable<PendingPaper['rows'][number]['box']>;
export type RowMark = 'struck' | 'kept';

export type ReviewItem =
  | { kind: 'page'; doubts: readonly string[]; sheets: readonly PendingSheet[]; decided: 'valid' | null }
  | { kind: 'row'; number: number; reasons: readonly string[]; sheet: PendingSheet | undefined; box?: ImageBox; decided: RowMark | null };

export interface ReviewPaper {
  pass: number;
  paper: number;
  /** Names struck out, or Đồng ý / Không đồng ý cells (a list without surplus): what the board's keys say. */
  marking: MarkingStyle;
  items: ReviewItem[];
}

const BOX_REASONS = new Set(['both-boxes', 'no-box', 'unsure-box']);

/** A paper of Đồng ý / Không đồng ý cells reads its rows yes or no, and doubts them for their boxes. */
function markingOf(p: PendingPaper): MarkingStyle {
  const boxes = p.rows.some((r) => r.decision === 'yes' || r.decision === 'no' || r.reasons.some((x) => BOX_REASONS.has(x)));
  return boxes ? 'yes-no' : 'strike';
}

export type Decision = { kind: 'mark'; mark: RowMark } | { kind: 'valid' } | { kind: 'invalid'; reason: BoardReason };

export interface Cursor {
  paper: number;
  item: number;
}

export function reviewPapers(pending: readonly PendingPaper[]): ReviewPaper[] {
  return pending
    .map((p) => {
      const items: ReviewItem[] = [];
      if (p.doubts.length > 0) items.push({ kind: 'page', doubts: p.doubts, sheets: p.sheets, decided: p.cleared ? 'valid' : null });
      for (const r of p.rows) {
        if (r.decision !== 'doubtful') continue;
        const sheet = p.sheets.find((s) => s.sheet === (r.sheet ?? 1)) ?? p.sheets[0];
        items.push({ kind: 'row', number: r.number, reasons: r.reasons, sheet, box: r.box, decided: r.board ?? null });
      }
      return { pass: p.pass, paper: p.paper, marking: markingOf(p), items };
    })
    .filter((p) => p.items.some((i) => i.decided === null));
}

const open = (p: ReviewPaper, from = 0) => p.items.findIndex((i, n) => n >= from && i.decided === null);

/** The first doubt nobody has decided yet, or null when none waits. */
export function firstOpen(papers: readonly ReviewPaper[]): Cursor | null {
  const paper = papers.findIndex((p) => open(p) >= 0);
  return paper < 0 ? null : { paper, item: open(papers[paper]!) };
}

/** What papers:decide is sent for a decision on an item (the engine records the paper once nothing is left). */
export function decideInput(paper: ReviewPaper, item: ReviewItem, d: Decision): Omit<CommandInput<'papers:decide'>, 'ballotId'> {
  const which = { paper: paper.paper, pass: paper.pass };
  if (d.kind === 'invalid') return { ...which, invalid: d.reason };
  if (d.kind === 'valid') return { ...which, valid: true };
  return { ...which, rows: [{ number: item.kind === 'row' ? item.number : 0, mark: d.mark }] };
}

/** Whether a key's decision applies to this item: G/K to a row, H to the page, X to either. */
export function fits(item: ReviewItem, d: Decision['kind']): boolean {
  return d === 'invalid' || (d === 'mark' ? item.kind === 'row' : item.kind === 'page');
}

/**
 * The papers after a decision, and where the board goes next: the next open doubt of the same paper
 * (after this one, else before it), else the first open doubt of what is left. A paper with nothing
 * open, or found invalid, has entered its pass and leaves the list.
 */
export function afterDecision(
  papers: readonly ReviewPaper[],
  at: Cursor,
  d: Decision,
): { papers: ReviewPaper[]; next: Cursor | null; done: ReviewPaper | null } {
  const paper = papers[at.paper]!;
  const items = paper.items.map((item, n): ReviewItem => {
    if (n !== at.item) return item;
    if (item.kind === 'row' && d.kind === 'mark') return { ...item, decided: d.mark };
    if (item.kind === 'page' && d.kind === 'valid') return { ...item, decided: 'valid' };
    return item;
  });
  const updated = { ...paper, items };
  const after = open(updated, at.item + 1);
  const anywhere = after >= 0 ? after : open(updated);
  if (d.kind !== 'invalid' && anywhere >= 0) {
    const list = papers.map((p, n) => (n === at.paper ? updated : p));
    return { papers: list, next: { paper: at.paper, item: anywhere }, done: null };
  }
  const rest = papers.filter((_, n) => n !== at.paper);
  return { papers: rest, next: firstOpen(rest), done: updated };
}
