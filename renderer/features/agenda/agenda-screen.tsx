import { useEffect } from 'react';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { AgendaSlideButtons } from './agenda-slide-buttons';
import { agendaScreenKey } from './agenda-shortcuts';
import { useAgenda } from './agenda-store';
import { AgendaToolbar } from './agenda-toolbar';
import { RunPanel } from './run-panel';
import { ScheduleTable } from './schedule-table';
import { SpeakersPanel } from './speakers-panel';
import { StepEditor } from './step-editor';
import { TimerPanel } from './timer-panel';

/** Chương trình (F12): edit the agenda, run it step by step, its speakers and the countdown. */
export function AgendaScreen() {
  const path = useApp((s) => s.congress?.path);
  const editing = useAgenda((s) => s.editing);

  useEffect(() => {
    const store = useAgenda.getState();
    void store.load();
    void store.loadTemplates();
    return client().on('agenda:changed', () => void useAgenda.getState().load());
  }, [path]);

  useEffect(() => {
    window.addEventListener('keydown', agendaScreenKey);
    return () => window.removeEventListener('keydown', agendaScreenKey);
  }, []);

  return (
    <div className="agenda-screen" data-testid="agenda-screen">
      <section className="agenda-main">
        <AgendaToolbar />
        <ScheduleTable />
      </section>
      <aside className="agenda-side">
        <RunPanel />
        <TimerPanel />
        <SpeakersPanel />
        <AgendaSlideButtons />
      </aside>
      {editing && <StepEditor key={JSON.stringify(editing)} />}
    </div>
  );
}
