/**
 * How a window takes `ballots:changed`. A saved paper's event reaches every open window at once,
 * while the window that typed it is painting its next paper: on a two-core laptop with several
 * windows (or devices' pages) open, their work competes with that frame. So a paper's event is
 * applied a moment later (LATER_MS, well under what anyone can see between two papers), papers
 * arriving together in one go; the window that typed the paper has its own answer meanwhile.
 * Anything else (a ballot's settings, a state change) is applied at once, after what is queued,
 * so the order of events is kept.
 */
import type { BallotChange } from './ballots-store';

export const LATER_MS = 120;

let queued: BallotChange[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let applyAll: ((change: BallotChange) => void) | null = null;

function flush(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const changes = queued;
  queued = [];
  for (const change of changes) applyAll?.(change);
}

export function takeBallotChange(change: BallotChange, apply: (change: BallotChange) => void): void {
  applyAll = apply;
  if (!change.paper) {
    flush();
    apply(change);
    return;
  }
  queued.push(change);
  timer ??= setTimeout(flush, LATER_MS);
}

/** Before a re-read (it supersedes what is queued) and when the screen goes: nothing applied late. */
export function dropQueuedChanges(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  queued = [];
}
