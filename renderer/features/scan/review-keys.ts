/**
 * The review's keys (docs/scanning.md «Review»): one key per decision, by the key's place on the
 * keyboard too (`code`), so a Vietnamese input method or Caps Lock does not change what G means.
 */
import { BOARD_REASONS, type BoardReason } from '../../../shared/domain/ballot';
import type { MarkingStyle } from '../../../shared/domain/paper-geometry';
import type { Decision, RowMark } from './review-items';

export type ReviewAction =
  { kind: 'decide'; decision: Decision } | { kind: 'choose' } | { kind: 'back' } | { kind: 'leave' } | { kind: 'cancel' };

const STRUCK: ReviewAction = { kind: 'decide', decision: { kind: 'mark', mark: 'struck' } };
const KEPT: ReviewAction = { kind: 'decide', decision: { kind: 'mark', mark: 'kept' } };
const COMMON: Record<string, ReviewAction> = {
  h: { kind: 'decide', decision: { kind: 'valid' } },
  x: { kind: 'choose' },
};

/**
 * G gạch / K giữ on a list struck through; on a paper of cells D đồng ý / K không đồng ý (a name not
 * agreed counts as struck: main/services/scan-service.ts). Each button shows its letter; G does
 * nothing on a paper of cells, D nothing on a struck list.
 */
const LETTERS: Record<MarkingStyle, Record<string, ReviewAction>> = {
  strike: { ...COMMON, g: STRUCK, k: KEPT },
  'yes-no': { ...COMMON, d: KEPT, k: STRUCK },
};

/** The key shown on each decision's button. */
export const MARK_KEYS: Record<MarkingStyle, Record<RowMark, string>> = {
  strike: { struck: 'G', kept: 'K' },
  'yes-no': { struck: 'K', kept: 'D' },
};

export function reviewAction(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  choosing: boolean,
  marking: MarkingStyle = 'strike',
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
  return LETTERS[marking][letter] ?? null;
}
