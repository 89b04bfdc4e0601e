import { Fragment, useRef, useState } from 'react';
import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import { KIND_LABEL, varianceText } from './agenda-labels';
import { type AgendaStep, useAgenda } from './agenda-store';

/**
 * The schedule: planned against actual for every step, the step under way highlighted. Rows are
 * dragged to reorder (Alt+↑/↓ does the same from the keyboard).
 */
export function ScheduleTable() {
  const t = useT();
  const { state, selectedId, select, run, edit } = useAgenda();
  const sessions = useApp((s) => s.congress?.sessions);
  const dragged = useRef<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const steps = state?.steps ?? [];
  if (steps.length === 0) return <p className="empty">{t('agenda.empty')}</p>;

  const drop = (index: number) => {
    const id = dragged.current;
    dragged.current = null;
    setDropAt(null);
    if (id !== null) void run('agenda:moveStep', { id, toIndex: index });
  };

  return (
    <div className="schedule" role="grid" aria-label={t('agenda.title')} data-testid="schedule">
      <div className="schedule-row schedule-head" role="row">
        <span role="columnheader">{t('agenda.col.no')}</span>
        <span role="columnheader">{t('agenda.col.planned')}</span>
        <span role="columnheader">{t('agenda.col.actual')}</span>
        <span role="columnheader">{t('agenda.col.variance')}</span>
        <span role="columnheader">{t('agenda.col.step')}</span>
        <span role="columnheader">{t('agenda.col.kind')}</span>
        <span role="columnheader">{t('agenda.col.duration')}</span>
      </div>
      {steps.map((s, i) => (
        <Fragment key={s.id}>
          {/* A heading where the session changes: "Phiên trù bị", "Phiên chính thức"… */}
          {s.sessionId !== null && s.sessionId !== steps[i - 1]?.sessionId && (
            <div className="schedule-session" role="row">
              <span role="rowheader">{sessions?.find((x) => x.id === s.sessionId)?.title}</span>
            </div>
          )}
          <Row
            step={s}
            selected={s.id === selectedId}
            dropTarget={dropAt === i}
            onSelect={() => select(s.id)}
            onEdit={() => edit({ mode: 'edit', id: s.id })}
            onDragStart={() => (dragged.current = s.id)}
            onDragOver={() => setDropAt(i)}
            onDrop={() => drop(i)}
          />
        </Fragment>
      ))}
      <p className="hint">{t('agenda.dragHint')}</p>
    </div>
  );
}

interface RowProps {
  step: AgendaStep;
  selected: boolean;
  dropTarget: boolean;
  onSelect(): void;
  onEdit(): void;
  onDragStart(): void;
  onDragOver(): void;
  onDrop(): void;
}

function Row({ step: s, selected, dropTarget, onSelect, onEdit, onDragStart, onDragOver, onDrop }: RowProps) {
  const t = useT();
  const v = s.schedule.startVarianceMinutes;
  const classes = ['schedule-row', `progress-${s.progress}`, selected && 'selected', dropTarget && 'drop-target'].filter(Boolean).join(' ');
  return (
    <div
      className={classes}
      role="row"
      aria-selected={selected}
      aria-current={s.progress === 'current' ? 'step' : undefined}
      data-testid={`step-row-${s.position}`}
      draggable
      onClick={onSelect}
      onDoubleClick={onEdit}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', String(s.id));
        onDragStart();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        onDragOver();
      }}
      onDrop={(e) => {
        e.preventDefault();
        onDrop();
      }}
    >
      <span className="no">{s.position}</span>
      <span className="time">{s.schedule.plannedStart ?? '—'}</span>
      <span className="time actual">
        {s.schedule.actualStart ?? ''}
        {s.schedule.actualEnd ? `–${s.schedule.actualEnd}` : ''}
      </span>
      <span className={`variance ${v !== null && v > 5 ? 'late' : v !== null && v < -5 ? 'early' : ''}`}>{varianceText(v)}</span>
      <span className="step-cell">
        <span className="step-title">
          {s.progress === 'current' && (
            <span className="now-dot" aria-label={t('agenda.current')}>
              ▶{' '}
            </span>
          )}
          {s.title}
        </span>
        {s.presenter && <span className="step-presenter">{s.presenter}</span>}
      </span>
      <span className={`badge kind-${s.kind}`}>{t(KIND_LABEL[s.kind])}</span>
      <span className="duration">{s.durationMinutes}</span>
    </div>
  );
}
