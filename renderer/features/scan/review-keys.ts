/**
 * The review's keys (docs/scanning.md «Review»): one key per decision, by the key's place on the
 * keyboard too (`code`), so a Vietnamese input method or Caps Lock does not change what G means.
 */
import { BOARD_REASONS, type BoardReason } from '../../../shared/domain/ballot';
import type { Decision } from './review-items';

export type ReviewAction =
  { kind: 'decide'; decision: Decision } | { kind: 'choose' } | { kind: 'back' } | { kind: 'leave' } | { kind: 'cancel' };

const LETTERS: Record<string, ReviewAction> = {
  g: { kind: 'decide', decision: { kind: 'mark', mark: 'struck' } },
  k: { kind: 'decide', decision: { kind: 'mark', mark: 'kept' } },
  h: { kind: 'decide', decision: { kind: 'valid' } },
  x: { kind: 'choose' },
};

export function reviewAction(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  choosing: boolean,
): ReviewAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (choosing) {
    const reason: BoardReason | undefined = BOARD_REASONS[Number(e.key) - 1];
    if (reason) return { kind: 'decide', decision: { kind: 'invalid', reason } };
    return e.key === 'Escape' ? { kind: 'cancel' } : null;
  }
  if (e.key === 'Escape') return { kind: 'leave' };
  if (e.key === 'Backspace' || e.key === 'ArrowLeft') return { kind: 'back' };
  const letter = /^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase() ?? e.key.toLowerCase();
  return LETTERS[letter] ?? null;
}
