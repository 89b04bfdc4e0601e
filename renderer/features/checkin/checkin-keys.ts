import type { MessageKey } from '../../i18n/vi';

/** «Vắng» from the keyboard: named once, for the handler, the button's title and the F1 help. */
export const ABSENT_KEY = 'Alt+V';

/** By the physical key too: Alt+V types «√» on a Mac keyboard, and an input method may rewrite the letter. */
export function isAbsentKey(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code' | 'key'>): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyV' || e.key.toLowerCase() === 'v');
}

/** The check-in screen's own keys, as F1 lists them (renderer/operator/help-overlay.tsx). */
export const CHECKIN_HELP: [string, MessageKey][] = [
  ['Enter', 'help.enter'],
  ['↑ ↓', 'help.arrows'],
  ['Esc', 'help.esc'],
  ['Ctrl+Z', 'help.ctrlz'],
  [ABSENT_KEY, 'help.absent'],
];
