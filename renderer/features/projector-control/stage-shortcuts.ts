import type { MessageKey } from '../../i18n/vi';
import { STAGE_KEYS } from './stage-keys';
import { useProjector } from './projector-store';

/** Rows for the help overlay (F1). */
export const STAGE_HELP: [string, MessageKey][] = [
  [STAGE_KEYS.switch.label, 'help.stageSwitch'],
  [STAGE_KEYS.black.label, 'help.stageBlack'],
];

/** Handles a stage key from anywhere in the operator app; true when the key was one. */
export function stageShortcut(e: KeyboardEvent): boolean {
  const projector = useProjector.getState();
  if (STAGE_KEYS.switch.matches(e)) {
    e.preventDefault();
    void projector.switchNow();
    return true;
  }
  if (STAGE_KEYS.black.matches(e)) {
    e.preventDefault();
    void projector.toggleBlack();
    return true;
  }
  return false;
}
