import type { ProjectorView } from '../../../shared/contract/types';
import { AgendaSlide } from './agenda-slide';
import { AgendaStepSlide } from './agenda-step-slide';
import { AttendanceSlide } from './attendance-slide';
import { BallotElectedSlide } from './ballot-elected-slide';
import { BallotResultSlide } from './ballot-result-slide';
import { LogoSlide } from './logo-slide';
import { CountdownSlide } from './countdown-slide';
import { MessageSlide } from './message-slide';
import { SpeakerSlide } from './speaker-slide';
import { VoteResultSlide } from './vote-result-slide';
import { WelcomeSlide } from './welcome-slide';

/** The slide itself; new kinds (agenda, speaker…) add a case here. */
function SlideBody({ view }: { view: ProjectorView }) {
  switch (view.slide) {
    case 'welcome':
      return <WelcomeSlide view={view} />;
    case 'attendance':
      return <AttendanceSlide view={view} />;
    case 'ballot_result':
      return <BallotResultSlide view={view} />;
    case 'ballot_elected':
      return <BallotElectedSlide view={view} />;
    case 'vote_result':
      return <VoteResultSlide view={view} />;
    case 'message':
      return <MessageSlide view={view} />;
    case 'logo':
      return <LogoSlide view={view} />;
    case 'agenda':
      return <AgendaSlide view={view} />;
    case 'agenda_step':
      return <AgendaStepSlide view={view} />;
    case 'speaker':
      return <SpeakerSlide view={view} />;
    case 'countdown':
      return <CountdownSlide view={view} />;
    case 'blank':
      return <div className="slide slide-blank" data-testid="slide-blank" />;
  }
}

/**
 * One renderer for the projector and for the operator's previews, so a preview is exactly what the
 * hall sees: the theme class wraps every slide, and the black screen hides whatever is on air.
 */
export function SlideView({ view }: { view: ProjectorView }) {
  return (
    <div className={`stage-theme theme-${view.theme ?? 'red_gold'}`} data-theme={view.theme ?? 'red_gold'}>
      {view.black ? <div className="slide-black" data-testid="slide-black" /> : <SlideBody view={view} />}
    </div>
  );
}
