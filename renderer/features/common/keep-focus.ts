/**
 * The operator's typing field (scan field, paper field) keeps the keyboard whatever is clicked:
 * a scanner or the next paper's numbers must never land nowhere.
 */

/** onMouseDown for buttons beside such a field: the click works without taking the focus. */
export const keepFocus = (e: React.MouseEvent) => e.preventDefault();

/** True when focus moved somewhere that legitimately takes typing (a dialog's field, a select). */
export function focusTakenElsewhere(): boolean {
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  return el.matches('input, textarea, select, [contenteditable="true"]') || el.closest('[role="dialog"]') !== null;
}
