import { create } from 'zustand';
import type { Delegate } from '../../../shared/domain/delegate';
import type { AppErrorData } from '../../../shared/contract/result';

/** `problem` is the engine's bilingual message, shown in whichever language is chosen at render. */
export type Feedback =
  | { kind: 'ok' | 'undone' | 'absent'; delegate: Delegate; at: number }
  | { kind: 'already'; delegate: Delegate; problem: AppErrorData; at: number }
  | { kind: 'unknown'; code: string; problem: AppErrorData; at: number }
  /** Kept on the device, waiting for the link (checkin-outbox.ts); its answer replaces this feedback. */
  | { kind: 'queued'; requestId: string; code: string; delegate?: Delegate; at: number };

export type CheckinFilter = 'all' | 'present' | 'pending' | 'absent';

export interface CheckinStore {
  query: string;
  filter: CheckinFilter;
  /** Row picked with ↑/↓ while the cursor stays in the scan field; -1 = none. */
  highlighted: number;
  feedback: Feedback | null;
  /**
   * For Ctrl+Z: the check-in the last feedback reports, once. Only that one: any later scan (a
   * repeat, an unknown code) or undo clears it, so Ctrl+Z never reaches back to an earlier guest.
   */
  undoable: Delegate | null;
  absentFor: Delegate | null;
  /** A short word under the feedback (Ctrl+Z with nothing to undo, Alt+V with no one picked); the next feedback clears it. */
  note: { key: 'checkin.nothingToUndo' | 'checkin.absentPickFirst'; at: number } | null;
  setQuery(query: string): void;
  setFilter(filter: CheckinFilter): void;
  setHighlighted(index: number): void;
  show(feedback: Feedback): void;
  takeUndoable(): Delegate | null;
  askAbsent(delegate: Delegate | null): void;
  say(key: NonNullable<CheckinStore['note']>['key']): void;
}

export const getInitialCheckinState = () => ({
  query: '',
  filter: 'all' as CheckinFilter,
  highlighted: -1,
  feedback: null as Feedback | null,
  undoable: null as Delegate | null,
  absentFor: null as Delegate | null,
  note: null as CheckinStore['note'],
});

export const useCheckin = create<CheckinStore>((set, get) => ({
  ...getInitialCheckinState(),
  setQuery: (query) => set({ query, highlighted: -1 }),
  setFilter: (filter) => set({ filter, highlighted: -1 }),
  setHighlighted: (highlighted) => set({ highlighted }),
  show: (feedback) => set({ feedback, note: null, undoable: feedback.kind === 'ok' ? feedback.delegate : null }),
  takeUndoable: () => {
    const { undoable } = get();
    set({ undoable: null });
    return undoable;
  },
  askAbsent: (absentFor) => set({ absentFor }),
  say: (key) => set({ note: { key, at: Date.now() } }),
}));
