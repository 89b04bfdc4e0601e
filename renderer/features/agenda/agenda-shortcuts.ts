import type { SlideKind } from '../../../shared/domain/projector';
import { translate, useLocale } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { dialogOpen, ownsPageKeys, typing } from '../common/key-targets';
import { useProjector } from '../projector-control/projector-store';
import { agendaCommand, toggleTimer, useAgenda } from './agenda-store';

/**
 * Keys of the agenda. PageDown / PageUp (what a presenter's clicker sends) run the agenda from any
 * screen, and Ctrl+3…6 put the agenda's slides on air; the rest work on the agenda screen (F12 —
 * F5 is the desktop menu's projector window) outside text fields. None clashes with the stage's Ctrl+Space / Ctrl+. or the votes' Alt+letters.
 */
const SLIDE_DIGITS: Record<string, SlideKind> = { '3': 'agenda', '4': 'agenda_step', '5': 'speaker', '6': 'countdown' };

export const AGENDA_HELP: [string, MessageKey][] = [
  ['F12', 'help.f12'],
  ['PgDn', 'help.agendaNext'],
  ['PgUp', 'help.agendaPrev'],
  ['Ctrl+3', 'help.slideAgenda'],
  ['Ctrl+4', 'help.slideStep'],
  ['Ctrl+5', 'help.slideSpeaker'],
  ['Ctrl+6', 'help.slideCountdown'],
  ['↑ ↓', 'help.agendaSelect'],
  ['Alt+↑ ↓', 'help.agendaMove'],
  ['Enter', 'help.agendaEdit'],
  ['Insert', 'help.agendaAdd'],
  ['Delete', 'help.agendaRemove'],
  ['G', 'help.agendaGo'],
  ['N', 'help.speakerNext'],
  ['Space', 'help.timerToggle'],
  ['R', 'help.timerReset'],
];

/** Handles a global agenda key from anywhere in the operator app; true when the key was one. */
export function agendaShortcut(e: KeyboardEvent): boolean {
  const plain = !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
  if (plain && (e.key === 'PageDown' || e.key === 'PageUp') && !ownsPageKeys(e.target) && !dialogOpen()) {
    e.preventDefault();
    void agendaCommand(e.key === 'PageDown' ? 'agenda:next' : 'agenda:previous');
    return true;
  }
  const slide = (e.ctrlKey || e.metaKey) && !e.altKey && SLIDE_DIGITS[e.key];
  if (slide) {
    e.preventDefault();
    void useProjector.getState().show(slide);
    return true;
  }
  return false;
}

/** The agenda screen's own keys; not while typing, and not while the step editor is open. */
export function agendaScreenKey(e: KeyboardEvent): void {
  const store = useAgenda.getState();
  if (store.editing || typing(e.target) || e.ctrlKey || e.metaKey || document.querySelector('[role="dialog"]')) return;
  // Enter and Space on a focused button press that button, as everywhere else.
  if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && e.target.closest('button, a, summary')) return;
  const selected = store.state?.steps.find((s) => s.id === store.selectedId);
  const steps = store.state?.steps ?? [];
  const handled = (() => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      if (!selected) return true;
      const to = steps.indexOf(selected) + (e.key === 'ArrowUp' ? -1 : 1);
      if (to >= 0 && to < steps.length) void store.run('agenda:moveStep', { id: selected.id, toIndex: to });
      return true;
    }
    if (e.altKey) return false;
    switch (e.key) {
      case 'ArrowUp':
      case 'ArrowDown':
        store.step(e.key === 'ArrowUp' ? -1 : 1);
        return true;
      case 'Enter':
        if (selected) store.edit({ mode: 'edit', id: selected.id });
        return true;
      case 'Insert':
        store.edit({ mode: 'new', afterId: selected?.id ?? null });
        return true;
      case 'Delete':
        if (selected && window.confirm(translate(useLocale.getState().locale, 'agenda.removeConfirm', { title: selected.title })))
          void store.run('agenda:removeStep', { id: selected.id });
        return true;
      case 'g':
      case 'G':
        if (selected) void store.run('agenda:goTo', { id: selected.id });
        return true;
      case 'n':
      case 'N':
        void agendaCommand('speakers:callNext');
        return true;
      case ' ':
        void toggleTimer();
        return true;
      case 'r':
      case 'R':
        void agendaCommand('timer:reset');
        return true;
      default:
        return false;
    }
  })();
  if (handled) e.preventDefault();
}
