import type { MessageKey } from '../../i18n/vi';
import { PAGED_SLIDES } from '../../../shared/domain/projector';
import { dialogOpen, ownsPageKeys, typing } from '../common/key-targets';
import { STAGE_KEYS } from './stage-keys';
import { useProjector } from './projector-store';

/** Rows for the help overlay (F1). */
export const STAGE_HELP: [string, MessageKey][] = [
  [STAGE_KEYS.switch.label, 'help.stageSwitch'],
  [STAGE_KEYS.black.label, 'help.stageBlack'],
  ['PgDn PgUp', 'help.stagePage'],
  ['Home', 'help.stagePageAuto'],
];

/**
 * The clicker turns what is on air: on a result list of several pages PageDown/PageUp hold the
 * next/previous page and Home lets the pages turn by themselves again; on any other slide they run
 * the agenda (agenda-shortcuts.ts).
 */
function pageShortcut(e: KeyboardEvent): boolean {
  const plain = !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
  const stage = useProjector.getState().stage;
  if (!plain || !stage || !PAGED_SLIDES.includes(stage.onAir.slide) || dialogOpen()) return false;
  if ((e.key === 'PageDown' || e.key === 'PageUp') && !ownsPageKeys(e.target)) {
    e.preventDefault();
    void useProjector.getState().turnPage(e.key === 'PageDown' ? 1 : -1);
    return true;
  }
  if (e.key === 'Home' && !typing(e.target) && typeof stage.onAir.page === 'number') {
    e.preventDefault();
    void useProjector.getState().turnPage(null);
    return true;
  }
  return false;
}

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
  return pageShortcut(e);
}
