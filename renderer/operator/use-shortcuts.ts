import { useEffect } from 'react';
import type { SlideKind } from '../../shared/domain/projector';
import { useApp, type View } from '../app/app-store';
import { useProjector } from '../features/projector-control/projector-store';
import { stageShortcut } from '../features/projector-control/stage-shortcuts';
import { agendaShortcut } from '../features/agenda/agenda-shortcuts';
import { exportShortcut } from '../features/exports/export-shortcut';

const VIEW_KEYS: Record<string, View> = {
  F2: 'checkin',
  F3: 'roster',
  F4: 'setup',
  F6: 'projector',
  F7: 'ballots',
  F9: 'votes',
  F12: 'agenda',
};
const SLIDE_KEYS: Record<string, SlideKind> = { '1': 'welcome', '2': 'attendance', b: 'blank', B: 'blank' };

/** Application-wide keys of a live meeting; each is listed in the help overlay (F1). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const app = useApp.getState();
      if (e.key === 'F1') {
        e.preventDefault();
        app.toggleHelp();
        return;
      }
      if (e.key === 'Escape' && app.helpOpen) {
        app.toggleHelp(false);
        return;
      }
      if (!app.congress) return;
      const view = VIEW_KEYS[e.key];
      if (view) {
        e.preventDefault();
        app.setView(view);
        return;
      }
      if (stageShortcut(e)) return;
      if (agendaShortcut(e)) return;
      if (exportShortcut(e)) return;
      const slide = (e.ctrlKey || e.metaKey) && SLIDE_KEYS[e.key];
      if (slide) {
        e.preventDefault();
        void useProjector.getState().show(slide);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
