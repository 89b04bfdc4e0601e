import type { ProjectorView } from '../../../shared/contract/types';
import { HallText } from './hall-phrases';
import { SlideFrame } from './slide-frame';
import { tr } from './slide-text';

/** Type size follows the title's length so a long step still fits in three lines. */
function titleSize(title: string): string {
  if (title.length <= 40) return 'title-xl';
  if (title.length <= 90) return 'title-l';
  return 'title-m';
}

/** The step under way: its title as large as it fits, and who presents it. */
export function AgendaStepSlide({ view }: { view: ProjectorView }) {
  const step = view.agenda?.currentStep ?? null;
  return (
    <SlideFrame view={view} kind="agenda_step">
      {step ? (
        <>
          <div className="stage-step-kicker">{tr('slide.stepKicker')}</div>
          <div className={`stage-step-title ${titleSize(step.title)}`} data-testid="step-title">
            <HallText text={step.title} />
          </div>
          {step.presenter && <div className="stage-step-presenter">{tr('slide.presenter', { name: step.presenter })}</div>}
          {step.sessionTitle && (
            <div className="stage-step-session">
              <HallText text={step.sessionTitle} />
            </div>
          )}
        </>
      ) : (
        <div className="stage-step-title title-l">{tr('slide.stepNone')}</div>
      )}
    </SlideFrame>
  );
}
