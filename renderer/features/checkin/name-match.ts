import { foldForSearch, matchesQuery } from '../../../shared/domain/vietnamese-text';
import type { IndexedDelegate } from '../roster/roster-store';

/**
 * The one row a typed name found, for Enter without ↑/↓. Not when the text could be (part of) that
 * row's code: a scanned code must reach the engine as a code, so an unknown card is reported as
 * unknown instead of checking in the one delegate whose code happens to contain it.
 */
export function onlyNameMatch(visible: readonly IndexedDelegate[], query: string): IndexedDelegate | undefined {
  const only = visible.length === 1 ? visible[0] : undefined;
  const folded = foldForSearch(query);
  if (!only || !folded || matchesQuery(foldForSearch(only.code), folded)) return undefined;
  return only;
}
