/** Where a key press lands decides whether a screen-wide shortcut may take it. */

/** A text field or list box: letters, Space, Enter and Home are its own. */
export function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable);
}

/** A text area or a list box keeps its own PageUp/PageDown; everywhere else they are the clicker's. */
export function ownsPageKeys(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
}

/** A dialog is open: its keys are its own. */
export function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"]') !== null;
}
