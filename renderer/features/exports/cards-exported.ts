/**
 * Whether this machine has exported the delegate cards of a congress file, for the first-run
 * checklist (renderer/features/home/prep-checklist.tsx). The record of printed cards lives beside
 * the cards, not in the congress file (main/export/card-record.ts), out of a window's reach; this
 * remembers the export made here, per file path.
 */
const KEY = 'congress-desk-cards-exported:';

export function cardsExported(path: string): boolean {
  try {
    return localStorage.getItem(KEY + path) !== null;
  } catch {
    return false;
  }
}

export function noteCardsExported(path: string, at: string): void {
  try {
    localStorage.setItem(KEY + path, at);
  } catch {
    // private mode: the checklist will just ask again next time
  }
}
