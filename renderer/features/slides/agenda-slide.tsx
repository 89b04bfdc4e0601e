import type { ProjectorView } from '../../../shared/contract/types';
import { SlideFrame } from './slide-frame';
import { useCountThatFits } from './use-fit';
import { FitLine } from './fit-line';
import { HallText } from './hall-phrases';
import { tr } from './slide-text';

/** Eight rows read from the back of the hall; a longer agenda shows a window around the current step. */
export const AGENDA_ROWS = 8;

type Step = NonNullable<ProjectorView['agenda']>['steps'][number];

/** Two steps already held stay in view for context; then the current one and what comes next. */
export function agendaWindow(steps: readonly Step[], rows = AGENDA_ROWS): { shown: Step[]; before: number; after: number } {
  if (steps.length <= rows) return { shown: [...steps], before: 0, after: 0 };
  let current = steps.findIndex((s) => s.progress === 'current');
  if (current < 0) current = steps.findIndex((s) => s.progress !== 'done');
  if (current < 0) current = steps.length - 1;
  const start = Math.max(0, Math.min(current - 2, steps.length - rows));
  return { shown: steps.slice(start, start + rows), before: start, after: steps.length - start - rows };
}

export function AgendaSlide({ view }: { view: ProjectorView }) {
  const steps = view.agenda?.steps ?? [];
  // Up to eight rows; fewer when long titles take two lines and the screen has no room for them.
  const [listRef, rows] = useCountThatFits<HTMLOListElement>(AGENDA_ROWS, 3);
  const { shown, before, after } = agendaWindow(steps, rows);
  return (
    <SlideFrame view={view} kind="agenda">
      <div className="slide-heading agenda-heading">{tr('slide.agendaTitle')}</div>
      {steps.length === 0 ? (
        <div className="slide-subheading">{tr('slide.agendaEmpty')}</div>
      ) : (
        <ol className="agenda-list" data-testid="agenda-list" ref={listRef}>
          {before > 0 && <li className="agenda-more">⋯</li>}
          {shown.map((s) => (
            <li
              key={s.id}
              className={`agenda-row progress-${s.progress}`}
              data-testid={`agenda-row-${s.progress}`}
              aria-current={s.progress === 'current' ? 'step' : undefined}
            >
              <span className="agenda-mark" aria-hidden>
                {s.progress === 'done' ? '✓' : s.progress === 'current' ? '▶' : ''}
              </span>
              <span className="agenda-time">{s.plannedStart ?? ''}</span>
              {/* shrinks a little to stay on its line, then takes two */}
              <FitLine className="agenda-step-title" min={0.82}>
                <HallText text={s.title} />
              </FitLine>
            </li>
          ))}
          {after > 0 && <li className="agenda-more">{tr('slide.agendaMore', { n: after })}</li>}
        </ol>
      )}
    </SlideFrame>
  );
}
