import { create } from 'zustand';
import type { Vote } from '../../../shared/contract/vote-types';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

export interface VotesStore {
  votes: Vote[];
  selectedId: number | null;
  /** True while the "new vote" form is shown instead of the selected vote. */
  creating: boolean;
  load(): Promise<void>;
  select(id: number | null): void;
  startCreating(on?: boolean): void;
  /** Replaces one vote in the cache with what a command answered. */
  put(vote: Vote): void;
}

export const getInitialVotesState = () => ({ votes: [] as Vote[], selectedId: null as number | null, creating: false });

/** Votes of the open congress, refreshed by `votes:changed`. */
export const useVotes = create<VotesStore>((set) => ({
  ...getInitialVotesState(),
  async load() {
    const r = await client().call('votes:list', {});
    if (!r.ok) return useApp.getState().fail(r.error);
    set((s) => ({ votes: r.value, selectedId: s.selectedId ?? r.value.at(-1)?.id ?? null }));
  },
  select: (id) => set({ selectedId: id, creating: false }),
  startCreating: (on = true) => set({ creating: on }),
  put: (vote) =>
    set((s) => {
      const known = s.votes.some((v) => v.id === vote.id);
      return { votes: known ? s.votes.map((v) => (v.id === vote.id ? vote : v)) : [...s.votes, vote] };
    }),
}));
