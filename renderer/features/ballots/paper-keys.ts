import type { Ballot } from './ballots-store';
import {
  BOARD_REASONS,
  type BoardReason,
  loadPass,
  nextPaperNumber,
  savePaper,
  typedOf,
  usePaperEntry,
  voidPaper,
} from './paper-entry-store';
import { formatTyped, parseTypedNumbers } from './typed-numbers';

/** "0" alone is a paper with no mark at all: an explicit key, so a double Enter never saves a paper. */
function readNumbers(ballot: Ballot, text: string): number[] | null {
  if (text.trim() === '0') return [];
  const known = new Set(ballot.candidates.map((c) => c.number));
  const typed = parseTypedNumbers(text, known);
  if (typed.unknown.length > 0 || (typed.numbers.length === 0 && text.trim() === '')) return null;
  return typed.numbers;
}

function backToEntry(): void {
  const s = usePaperEntry.getState();
  s.set({ mode: { kind: 'entry' }, text: s.draft, draft: '', choosingInvalid: false });
}

export function submit(ballot: Ballot): void {
  const s = usePaperEntry.getState();
  const mode = s.mode;
  if (mode.kind === 'entry') {
    if (!s.text.trim()) return s.set({ message: { kind: 'info', key: 'emptyHint' } });
    const numbers = readNumbers(ballot, s.text);
    if (!numbers) return; // the warning is already on screen; the paper waits for a fix
    // Cleared now, not when the engine answers: the operator is already typing the next paper.
    s.set({ text: '', message: null });
    void savePaper(ballot, { paper: nextPaperNumber(), numbers, invalid: null });
  } else if (mode.kind === 'goto') {
    const paper = Number(s.text.trim());
    if (!Number.isInteger(paper) || paper < 1) return;
    const entry = s.papers.get(paper);
    if (!entry && paper >= nextPaperNumber()) return s.set({ message: { kind: 'info', key: 'notFound', paper } });
    const invalid = (BOARD_REASONS as readonly string[]).includes(entry?.invalid ?? '') ? (entry!.invalid as BoardReason) : null;
    s.set({
      mode: { kind: 'edit', paper, exists: !!entry, invalid },
      text: entry ? formatTyped(typedOf(ballot, entry)) : '',
      message: null,
    });
  } else if (mode.kind === 'edit') {
    const numbers = readNumbers(ballot, s.text);
    if (!numbers) return;
    finishEdit(ballot, mode.paper, mode.exists, numbers, null);
  } else {
    const reason = s.text.trim();
    if (!reason) return;
    if (mode.action === 'void') void voidPaper(ballot, mode.paper, reason);
    else void savePaper(ballot, { paper: mode.paper, numbers: mode.numbers, invalid: mode.invalid, replaceReason: reason });
    backToEntry();
  }
}

/** A paper already saved changes only with a reason (audited); a missing one is simply entered. */
function finishEdit(ballot: Ballot, paper: number, exists: boolean, numbers: number[], invalid: BoardReason | null): void {
  const s = usePaperEntry.getState();
  if (exists) return s.set({ mode: { kind: 'reason', paper, action: 'replace', numbers, invalid }, text: '', choosingInvalid: false });
  void savePaper(ballot, { paper, numbers, invalid, replaceReason: undefined });
  backToEntry();
}

export function chooseInvalid(ballot: Ballot, reason: BoardReason): void {
  const s = usePaperEntry.getState();
  const known = new Set(ballot.candidates.map((c) => c.number));
  // An invalid paper's marks do not count, but they are kept as typed for the entry log.
  const numbers = parseTypedNumbers(s.text, known).numbers;
  if (s.mode.kind === 'edit') return finishEdit(ballot, s.mode.paper, s.mode.exists, numbers, reason);
  s.set({ text: '', choosingInvalid: false, message: null });
  void savePaper(ballot, { paper: nextPaperNumber(), numbers, invalid: reason });
}

/** Keys of the paper field; returns true when the key was handled (and must not type). */
export function handleKey(ballot: Ballot, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  const s = usePaperEntry.getState();
  const ctrl = e.ctrlKey || e.metaKey;
  if (s.choosingInvalid) {
    const index = Number(e.key) - 1;
    if (BOARD_REASONS[index]) chooseInvalid(ballot, BOARD_REASONS[index]);
    else if (e.key === 'Escape') s.set({ choosingInvalid: false });
    return e.key !== 'Tab';
  }
  const key = e.key.toLowerCase();
  if (e.key === 'Enter') submit(ballot);
  else if (e.key === 'F8' || (ctrl && key === 'i')) {
    if (s.mode.kind === 'entry' || s.mode.kind === 'edit') s.set({ choosingInvalid: true, message: null });
  } else if (ctrl && key === 'g') {
    s.set({ mode: { kind: 'goto' }, draft: s.mode.kind === 'entry' ? s.text : s.draft, text: '', message: null });
  } else if (ctrl && e.key === 'Delete' && s.mode.kind === 'edit' && s.mode.exists) {
    s.set({ mode: { kind: 'reason', paper: s.mode.paper, action: 'void', numbers: [], invalid: null }, text: '' });
  } else if (e.altKey && /^[1-3]$/.test(e.key)) {
    const pass = Number(e.key);
    if (pass <= ballot.passes && pass !== s.pass) void switchPass(ballot, pass);
  } else if (e.key === 'Escape') {
    if (s.mode.kind === 'entry') s.set({ text: '', message: null });
    else backToEntry();
  } else return false;
  return true;
}

export async function switchPass(ballot: Ballot, pass: number): Promise<void> {
  usePaperEntry.getState().set({ pass, mode: { kind: 'entry' }, text: '', draft: '', choosingInvalid: false });
  await loadPass(ballot, pass);
}
