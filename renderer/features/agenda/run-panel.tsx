import { useT } from '../../i18n/i18n';
import { agendaCommand, useAgenda } from './agenda-store';

/** The step under way, with the one-key "next" and "previous". */
export function RunPanel() {
  const t = useT();
  const { state, selectedId, run } = useAgenda();
  if (!state || state.steps.length === 0) return null;
  const selected = state.steps.find((s) => s.id === selectedId && s.id !== state.currentStepId);
  const index = state.steps.findIndex((s) => s.id === state.currentStepId);
  const current = index >= 0 ? state.steps[index] : undefined;
  const upcoming = current ? state.steps[index + 1] : state.steps.find((s) => !s.startedAt);
  const over = !current && state.steps.every((s) => s.startedAt);
  return (
    <section className="panel run-panel" aria-label={t('agenda.current')} data-testid="run-panel">
      <h2>{t('agenda.current')}</h2>
      {current ? (
        <div className="run-current">
          <div className="run-title" data-testid="current-step">
            {current.position}. {current.title}
          </div>
          {current.presenter && <div className="run-presenter">{current.presenter}</div>}
          {current.notes && <div className="run-notes">{current.notes}</div>}
        </div>
      ) : (
        <p className="hint">{t(over ? 'agenda.finished' : 'agenda.notStarted')}</p>
      )}
      {upcoming && <p className="run-next">{t('agenda.upNext', { title: upcoming.title })}</p>}
      <div className="run-buttons">
        <button onClick={() => void agendaCommand('agenda:previous')} data-testid="agenda-prev">
          ◀ {t('agenda.prev')} <kbd>PgUp</kbd>
        </button>
        <button className="primary" onClick={() => void agendaCommand('agenda:next')} data-testid="agenda-next">
          {t('agenda.next')} ▶ <kbd>PgDn</kbd>
        </button>
      </div>
      {selected && (
        <button className="run-goto" onClick={() => void run('agenda:goTo', { id: selected.id })} data-testid="agenda-goto">
          {t('agenda.goTo')}: {selected.position}. {selected.title} <kbd>G</kbd>
        </button>
      )}
    </section>
  );
}
