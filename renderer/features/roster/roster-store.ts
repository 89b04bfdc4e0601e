import { create } from 'zustand';
import type { Delegate } from '../../../shared/domain/delegate';
import { foldForSearch, matchesQuery } from '../../../shared/domain/vietnamese-text';
import { client } from '../../app/client-instance';

export interface IndexedDelegate extends Delegate {
  /** Folded name + code, so filtering 1,500 rows per keystroke is a string scan, not a fold. */
  key: string;
}

export interface RosterStore {
  delegates: IndexedDelegate[];
  byId: Map<number, IndexedDelegate>;
  byCode: Map<string, IndexedDelegate>;
  load(): Promise<void>;
}

export const getInitialRosterState = () => ({
  delegates: [] as IndexedDelegate[],
  byId: new Map<number, IndexedDelegate>(),
  byCode: new Map<string, IndexedDelegate>(),
});

export function indexDelegates(list: Delegate[]): Omit<RosterStore, 'load'> {
  const delegates = list.map((d) => ({ ...d, key: `${foldForSearch(d.fullName)} ${foldForSearch(d.code)}` }));
  return {
    delegates,
    byId: new Map(delegates.map((d) => [d.id, d])),
    byCode: new Map(delegates.map((d) => [d.code.toUpperCase(), d])),
  };
}

export function filterDelegates<T extends IndexedDelegate>(list: readonly T[], query: string): T[] {
  const q = foldForSearch(query);
  return q ? list.filter((d) => matchesQuery(d.key, q)) : [...list];
}

export const useRoster = create<RosterStore>((set) => ({
  ...getInitialRosterState(),
  async load() {
    const r = await client().call('delegates:list', {});
    if (r.ok) set(indexDelegates(r.value));
  },
}));
