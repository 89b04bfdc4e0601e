import { create } from 'zustand';
import type { AppErrorData } from '../../../shared/contract/result';
import type { InvalidReason } from '../../../shared/domain/ballot';
import { classifyPaper } from '../../../shared/domain/tally';
import { client } from '../../app/client-instance';
import type { Ballot, PaperChange, PaperEntry } from './ballots-store';
import { formatTyped } from './typed-numbers';

import { BOARD_REASONS, type BoardReason } from '../../../shared/domain/ballot';

export { BOARD_REASONS, type BoardReason };

/**
 * One field does everything, so focus never has to move: what Enter means depends on the mode.
 * entry: save the next paper · goto: open paper N · edit: re-enter paper N · reason: why (audited).
 */
export type EntryMode =
  | { kind: 'entry' }
  | { kind: 'goto' }
  | { kind: 'edit'; paper: number; exists: boolean; invalid: BoardReason | null }
  | { kind: 'reason'; paper: number; action: 'replace' | 'void'; numbers: number[]; invalid: BoardReason | null };

export interface RecentPaper {
  paper: number;
  typed: string;
  status: 'saving' | 'saved' | 'failed' | 'voided';
  valid: boolean | null;
  reason: InvalidReason | string | null;
  edited: boolean;
}

export type EntryMessage =
  { kind: 'error'; error: AppErrorData } | { kind: 'info'; key: 'saved' | 'voided' | 'notFound' | 'emptyHint'; paper?: number };

export interface PaperEntryStore {
  ballotId: number | null;
  pass: number;
  text: string;
  /** The entry text set aside while the operator visits an earlier paper. */
  draft: string;
  mode: EntryMode;
  choosingInvalid: boolean;
  papers: Map<number, PaperEntry>;
  /**
   * The number the next Enter saves, on screen above the field: advanced at Enter, while the paper
   * before it is still being saved (shown «đang lưu…» in the recent list until the engine has
   * committed it), and taken back if that save fails.
   */
  nextPaper: number;
  recent: RecentPaper[];
  message: EntryMessage | null;
  setText(text: string): void;
  set(patch: Partial<PaperEntryStore>): void;
}

export const getInitialPaperEntryState = () => ({
  ballotId: null as number | null,
  pass: 1,
  text: '',
  draft: '',
  mode: { kind: 'entry' } as EntryMode,
  choosingInvalid: false,
  papers: new Map<number, PaperEntry>(),
  nextPaper: 1,
  recent: [] as RecentPaper[],
  message: null as EntryMessage | null,
});

export const usePaperEntry = create<PaperEntryStore>((set) => ({
  ...getInitialPaperEntryState(),
  setText: (text) => set({ text }),
  set: (patch) => set(patch),
}));

const RECENT = 12;

/** How a stored paper reads back in the operator's terms (struck, or kept, per the ballot). */
export function typedOf(ballot: Ballot, entry: PaperEntry): number[] {
  if (ballot.entryMode === 'struck') return [...entry.struck];
  const struck = new Set(entry.struck);
  return ballot.candidates.map((c) => c.number).filter((n) => !struck.has(n));
}

function verdictOf(ballot: Ballot, entry: PaperEntry): Pick<RecentPaper, 'valid' | 'reason'> {
  const v = classifyPaper(
    entry,
    ballot.candidates.map((c) => c.number),
    ballot.seats,
    ballot.rules,
  );
  return { valid: v.valid, reason: v.reason };
}

export async function loadPass(ballot: Ballot, pass: number): Promise<void> {
  const r = await client().call('papers:list', { ballotId: ballot.id, pass });
  const list = r.ok ? r.value : [];
  const papers = new Map(list.map((p) => [p.paper, p]));
  const nextPaper = list.reduce((m, p) => Math.max(m, p.paper), 0) + 1;
  const recent = [...list]
    .sort((a, b) => b.paper - a.paper)
    .slice(0, RECENT)
    .map((p) => ({
      paper: p.paper,
      typed: formatTyped(typedOf(ballot, p)),
      status: 'saved' as const,
      edited: false,
      ...verdictOf(ballot, p),
    }));
  usePaperEntry.setState({
    ballotId: ballot.id,
    pass,
    papers,
    nextPaper,
    recent,
    message: r.ok ? null : { kind: 'error', error: r.error },
  });
}

/**
 * Saves run one after another in the order of the Enter presses: a fast typist may press Enter
 * for the next paper before the engine answered the last, and numbers must not cross.
 */
let chain: Promise<void> = Promise.resolve();
/**
 * Bumped when a new paper's save fails: the new papers typed after it and still waiting are not
 * sent (they would leave a gap in the numbering); they show as not saved, and the field starts
 * again at the failed paper's number.
 */
let failures = 0;

function upsertRecent(item: RecentPaper): void {
  const rest = usePaperEntry.getState().recent.filter((r) => r.paper !== item.paper);
  usePaperEntry.setState({ recent: [item, ...rest].sort((a, b) => b.paper - a.paper).slice(0, RECENT) });
}

interface Save {
  paper: number;
  numbers: number[];
  invalid: BoardReason | null;
  replaceReason?: string;
}

export function savePaper(ballot: Ballot, save: Save): Promise<void> {
  const { pass, nextPaper } = usePaperEntry.getState();
  const edited = save.replaceReason !== undefined;
  // A new paper at the end of the stack, not a missing one filled in or an earlier one replaced
  const fresh = !edited && save.paper >= nextPaper;
  if (!edited) usePaperEntry.setState({ nextPaper: Math.max(nextPaper, save.paper + 1) });
  const typed = formatTyped(save.numbers);
  const failuresBefore = failures;
  upsertRecent({ paper: save.paper, typed, status: 'saving', valid: null, reason: save.invalid, edited });
  chain = chain.then(async () => {
    if (fresh && failures !== failuresBefore) {
      upsertRecent({ paper: save.paper, typed, status: 'failed', valid: null, reason: null, edited });
      return;
    }
    const r = await client().call('papers:record', { ballotId: ballot.id, pass, ...save });
    const s = usePaperEntry.getState();
    if (s.ballotId !== ballot.id || s.pass !== pass) return;
    if (!r.ok) {
      if (fresh) failures++;
      // Resynchronise with what the engine holds, and give the typed numbers back if the field is free;
      // the reason is shown after the re-read, which would otherwise clear it.
      const text = usePaperEntry.getState().text;
      await loadPass(ballot, pass);
      upsertRecent({ paper: save.paper, typed, status: 'failed', valid: null, reason: null, edited });
      usePaperEntry.setState({ message: { kind: 'error', error: r.error } });
      if (!edited && !text) usePaperEntry.setState({ text: typed });
      return;
    }
    const papers = new Map(s.papers).set(r.value.entry.paper, r.value.entry);
    usePaperEntry.setState({ papers, nextPaper: Math.max(s.nextPaper, edited ? s.nextPaper : save.paper + 1) });
    upsertRecent({ paper: save.paper, typed, status: 'saved', valid: r.value.valid, reason: r.value.invalidReason, edited });
    if (edited) usePaperEntry.setState({ message: { kind: 'info', key: 'saved', paper: save.paper } });
  });
  return chain;
}

/**
 * A paper's event, from this window's save or another's: applied to the pass on screen without
 * asking the engine. The saves of this window keep their own order (the chain above); an event
 * only adds what the engine already holds, so it may arrive before or after their answer.
 */
export function applyPaperToEntry(ballot: Ballot, change: PaperChange): void {
  const s = usePaperEntry.getState();
  if (s.ballotId !== ballot.id || s.pass !== change.pass) return;
  const papers = new Map(s.papers);
  const { entry } = change;
  if (entry) {
    papers.set(change.paper, entry);
    usePaperEntry.setState({ papers, nextPaper: Math.max(s.nextPaper, change.paper + 1) });
    upsertRecent({
      paper: change.paper,
      typed: formatTyped(typedOf(ballot, entry)),
      status: 'saved',
      edited: change.change === 'replaced',
      ...verdictOf(ballot, entry),
    });
  } else {
    papers.delete(change.paper);
    usePaperEntry.setState({ papers });
    upsertRecent({ paper: change.paper, typed: '', status: 'voided', valid: null, reason: null, edited: true });
  }
}

/** After missed events: the pass on screen read again, once this window's saves have answered. */
export async function reloadEntryPass(ballot: Ballot): Promise<void> {
  await chain;
  const s = usePaperEntry.getState();
  if (s.ballotId === ballot.id) await loadPass(ballot, s.pass);
}

export function nextPaperNumber(): number {
  return usePaperEntry.getState().nextPaper;
}

export async function voidPaper(ballot: Ballot, paper: number, reason: string): Promise<void> {
  const { pass } = usePaperEntry.getState();
  await chain;
  const r = await client().call('papers:void', { ballotId: ballot.id, pass, paper, reason });
  if (!r.ok) return usePaperEntry.setState({ message: { kind: 'error', error: r.error } });
  const papers = new Map(usePaperEntry.getState().papers);
  papers.delete(paper);
  usePaperEntry.setState({ papers, message: { kind: 'info', key: 'voided', paper } });
  upsertRecent({ paper, typed: '', status: 'voided', valid: null, reason: null, edited: true });
}
