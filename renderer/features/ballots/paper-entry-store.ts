import { create } from 'zustand';
import type { CommandInput } from '../../../shared/contract/channels';
import { isConnectionLost, newRequestId } from '../../../shared/contract/envelope';
import type { AppErrorData } from '../../../shared/contract/result';
import type { InvalidReason } from '../../../shared/domain/ballot';
import { classifyPaper } from '../../../shared/domain/tally';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import type { Ballot, PaperChange, PaperEntry } from './ballots-store';
import { formatTyped } from './typed-numbers';
import { forgetPaper, keepPaper, waitingPapers } from './paper-waiting';

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
  /** waiting: typed while the link is down, kept in order to send when it is back («Chờ gửi»). */
  status: 'saving' | 'waiting' | 'saved' | 'failed' | 'voided';
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

/** How typed numbers count on this ballot (struck, or kept): the preview under the field and a paper done before. */
export function classifyTyped(ballot: Ballot, paper: number, numbers: readonly number[], invalid: BoardReason | null) {
  const all = ballot.candidates.map((c) => c.number);
  const marked = new Set(numbers);
  const struck = ballot.entryMode === 'struck' ? [...numbers] : all.filter((n) => !marked.has(n));
  return classifyPaper({ paper, struck, invalid }, all, ballot.seats, ballot.rules);
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
  resendLeftovers(ballot, pass);
}

/** The file open now: papers kept on the device are sent only to the congress they were typed for. */
const openFile = () => useApp.getState().congress?.path ?? null;
/**
 * Request ids of every save this page has made or taken on: any other kept on the device was left
 * by a page before it. Never taken on twice, so a re-read of the pass after a refusal resends nothing.
 */
const taken = new Set<string>();

/** Papers a previous page typed and could not send (paper-waiting.ts): sent now, in order, under their first ids. */
function resendLeftovers(ballot: Ballot, pass: number): void {
  const file = openFile();
  if (!file) return;
  for (const w of waitingPapers(file, ballot.id, pass)) {
    if (taken.has(w.requestId)) continue;
    taken.add(w.requestId);
    const { paper, numbers, invalid, replaceReason } = w.input;
    void savePaper(
      ballot,
      replaceReason === undefined ? { paper, numbers, invalid } : { paper, numbers, invalid, replaceReason },
      w.requestId,
    );
  }
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

/** The link is lost: this paper and every one typed behind it wait, listed «Chờ gửi», in their order. */
function markWaiting(paper: number): void {
  const recent = usePaperEntry
    .getState()
    .recent.map((r) => (r.paper === paper || r.status === 'saving' ? { ...r, status: 'waiting' as const } : r));
  usePaperEntry.setState({ recent });
}

/**
 * One save, under one request id however often it is sent: a lost link is not a refusal, so it is
 * sent again when the link is back (or tried again a moment later), and the engine's request ledger
 * runs it once (docs/command-path.md, step 6). The chain holds the papers behind it meanwhile.
 */
async function recordOnce(input: CommandInput<'papers:record'>, paper: number, requestId: string) {
  const mine = page;
  for (;;) {
    const r = await client().call('papers:record', input, { requestId });
    if (mine !== page) return null;
    if (r.ok || !isConnectionLost(r.error)) return r;
    markWaiting(paper);
    await client().link.nextChance();
    if (mine !== page) return null;
  }
}

/** Bumped by a test's reload: the saves of the page before it stop, as they would with that page. */
let page = 0;

/** For tests: what F5 does to this module (the papers kept on the device stay, see paper-waiting.ts). */
export function reloadPaperEntry(): void {
  page++;
  chain = Promise.resolve();
  taken.clear();
  failures = 0;
}

interface Save {
  paper: number;
  numbers: number[];
  invalid: BoardReason | null;
  replaceReason?: string;
}

/** `requestId`: a paper left by a previous page (resendLeftovers), sent under the id it was first given. */
export function savePaper(ballot: Ballot, save: Save, requestId = newRequestId()): Promise<void> {
  const { pass, nextPaper } = usePaperEntry.getState();
  const input = { ballotId: ballot.id, pass, ...save };
  // On the device before anything is sent: a reload while it waits for the link must not lose it.
  const file = openFile();
  const left = file !== null && waitingPapers(file, ballot.id, pass).some((w) => w.requestId === requestId);
  if (file && !left) keepPaper({ requestId, scope: file, input });
  taken.add(requestId);
  const answered = () => forgetPaper(requestId);
  const edited = save.replaceReason !== undefined;
  // A new paper at the end of the stack, not a missing one filled in or an earlier one replaced
  const fresh = !edited && save.paper >= nextPaper;
  if (!edited) usePaperEntry.setState({ nextPaper: Math.max(nextPaper, save.paper + 1) });
  const typed = formatTyped(save.numbers);
  const failuresBefore = failures;
  const status = client().link.state() === 'offline' ? 'waiting' : 'saving';
  upsertRecent({ paper: save.paper, typed, status, valid: null, reason: save.invalid, edited });
  chain = chain.then(async () => {
    if (fresh && failures !== failuresBefore) {
      answered(); // not sent, and said so: the operator types it again
      upsertRecent({ paper: save.paper, typed, status: 'failed', valid: null, reason: null, edited });
      return;
    }
    const r = await recordOnce(input, save.paper, requestId);
    if (!r) return; // the page went away: the paper stays kept on the device
    answered();
    const s = usePaperEntry.getState();
    if (s.ballotId !== ballot.id || s.pass !== pass) return;
    // Done by an earlier try whose answer was lost (the engine restarted since, so this window re-reads the pass).
    if (!r.ok && r.error.code === 'ALREADY_DONE') {
      const v = classifyTyped(ballot, save.paper, save.numbers, save.invalid);
      upsertRecent({ paper: save.paper, typed, status: 'saved', valid: v.valid, reason: v.reason, edited });
      return;
    }
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
