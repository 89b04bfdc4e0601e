import { useT } from '../../i18n/i18n';
import { agendaCommand, type Speaker, useAgenda } from './agenda-store';
import { SpeakerForm } from './speaker-form';

const STATE_LABEL = { waiting: 'speakers.waiting', speaking: 'speakers.speaking', spoken: 'speakers.spoken' } as const;

/** The speakers of the selected step (the one under way unless another is picked). */
export function SpeakersPanel() {
  const t = useT();
  const { state, selectedId, run } = useAgenda();
  const step = state?.steps.find((s) => s.id === selectedId);
  if (!state || !step) return <section className="panel">{t('speakers.pickStep')}</section>;
  const speakers = state.speakers.filter((s) => s.stepId === step.id);
  const isCurrent = step.id === state.currentStepId;

  return (
    <section className="panel speakers-panel" aria-label={t('speakers.title')} data-testid="speakers-panel">
      <h2>
        {t('speakers.title')}
        {isCurrent && (
          <button className="primary" onClick={() => void agendaCommand('speakers:callNext')} data-testid="call-next">
            {t('speakers.callNext')} <kbd>N</kbd>
          </button>
        )}
      </h2>
      <p className="hint">{t('speakers.forStep', { title: step.title })}</p>
      {speakers.length === 0 ? (
        <p className="hint">{t('speakers.none')}</p>
      ) : (
        <ol className="speaker-list">
          {speakers.map((s, i) => (
            <SpeakerRow key={s.id} speaker={s} index={i} last={i === speakers.length - 1} canCall={isCurrent} run={run} />
          ))}
        </ol>
      )}
      <SpeakerForm stepId={step.id} />
    </section>
  );
}

interface RowProps {
  speaker: Speaker;
  index: number;
  last: boolean;
  canCall: boolean;
  run: ReturnType<typeof useAgenda.getState>['run'];
}

function SpeakerRow({ speaker: s, index, last, canCall, run }: RowProps) {
  const t = useT();
  return (
    <li className={`speaker-row state-${s.state}`} data-testid={`speaker-${index + 1}`}>
      <span className="speaker-who">
        <strong>{s.name}</strong>
        {s.organisation && <span> · {s.organisation}</span>}
        {s.topic && <em> — {s.topic}</em>}
      </span>
      <span className={`badge speaker-state-${s.state}`}>{t(STATE_LABEL[s.state])}</span>
      <span className="row-actions">
        {canCall && s.state !== 'speaking' && <button onClick={() => void run('speakers:call', { id: s.id })}>{t('speakers.call')}</button>}
        <button onClick={() => void run('speakers:markSpoken', { id: s.id, spoken: s.state !== 'spoken' })}>
          {t(s.state === 'spoken' ? 'speakers.undoSpoken' : 'speakers.spoken')}
        </button>
        <button
          className="ghost"
          disabled={index === 0}
          onClick={() => void run('speakers:move', { id: s.id, toIndex: index - 1 })}
          aria-label={t('agenda.moveUp')}
        >
          ↑
        </button>
        <button
          className="ghost"
          disabled={last}
          onClick={() => void run('speakers:move', { id: s.id, toIndex: index + 1 })}
          aria-label={t('agenda.moveDown')}
        >
          ↓
        </button>
        <button className="ghost danger" onClick={() => void run('speakers:remove', { id: s.id })} aria-label={t('agenda.remove')}>
          ✕
        </button>
      </span>
    </li>
  );
}
