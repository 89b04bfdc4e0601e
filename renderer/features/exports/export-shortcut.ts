import type { MessageKey } from '../../i18n/vi';
import { useExports } from './exports-store';

/** Ctrl+E opens Xuất tài liệu from any screen (listed in the F1 help). Returns whether it handled the key. */
export function exportShortcut(e: KeyboardEvent): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'e') return false;
  e.preventDefault();
  void useExports.getState().show();
  return true;
}

export const EXPORT_HELP: [string, MessageKey][] = [['Ctrl+E', 'help.exports']];
