/**
 * The state of one review screen (scan-review.tsx), a store of its own so the keys read what is on
 * screen now: a second key may come before React has drawn the first one's result. Decisions go to
 * the engine one after another, in the order made; the engine's list stays the truth.
 */
import { createStore } from 'zustand';
import type { AppErrorData } from '../../../shared/contract/result';
import { type Cursor, type Decision, afterDecision, decideInput, firstOpen, fits, type ReviewPaper, reviewPapers } from './review-items';
import type { ReviewSource } from './review-source';

export type ReviewNote = { kind: 'recorded'; paper: number; pass: number } | { kind: 'error'; error: AppErrorData };

export interface ReviewState {
  papers: ReviewPaper[] | null;
  at: Cursor | null;
  choosing: boolean;
  note: ReviewNote | null;
  reload(): Promise<void>;
  /** Read again only if nothing is on screen (a batch was scanned while the board had finished). */
  refreshIfIdle(): void;
  decide(d: Decision): void;
  choose(on: boolean): void;
  back(): void;
}

export function createReviewStore(source: ReviewSource) {
  let sending: Promise<void> = Promise.resolve();
  return createStore<ReviewState>((set, get) => ({
    papers: null,
    at: null,
    choosing: false,
    note: null,
    async reload() {
      const r = await source.pending();
      if (!r.ok) return set({ note: { kind: 'error', error: r.error } });
      const papers = reviewPapers(r.value);
      set({ papers, at: firstOpen(papers), choosing: false });
    },
    refreshIfIdle() {
      if (get().at === null) sending = sending.then(() => get().reload());
    },
    decide(d) {
      const { papers, at } = get();
      const paper = at && papers?.[at.paper];
      const item = paper && paper.items[at.item];
      if (!paper || !item || !fits(item, d.kind)) return;
      const input = decideInput(paper, item, d);
      const after = afterDecision(papers, at, d);
      set({ papers: after.papers, at: after.next, choosing: false });
      sending = sending.then(async () => {
        const r = await source.decide(input);
        if (!r.ok) {
          set({ note: { kind: 'error', error: r.error } });
          return get().reload(); // someone else may have decided it: show what the engine has
        }
        if (r.value.recorded) set({ note: { kind: 'recorded', paper: r.value.paper, pass: r.value.pass } });
        if (get().at === null) await get().reload(); // the last one: a batch may have brought more
      });
    },
    choose(on) {
      if (get().at) set({ choosing: on });
    },
    back() {
      const { at } = get();
      if (at && at.item > 0) set({ at: { ...at, item: at.item - 1 }, choosing: false });
    },
  }));
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
