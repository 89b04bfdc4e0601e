import type { StoreApi } from 'zustand';

/**
 * Puts zustand stores back to the state they were created with (zustand keeps it: getInitialState),
 * replacing it whole so nothing a previous test set survives. For component tests' beforeEach.
 */
export function resetStores(...stores: Pick<StoreApi<object>, 'setState' | 'getInitialState'>[]): void {
  for (const store of stores) store.setState(store.getInitialState(), true);
}
