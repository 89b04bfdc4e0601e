import type { ProjectorView } from '../../../shared/contract/types';
import { AttendanceSlide } from './attendance-slide';
import { BallotElectedSlide } from './ballot-elected-slide';
import { BallotResultSlide } from './ballot-result-slide';
import { WelcomeSlide } from './welcome-slide';

/**
 * One renderer for the projector and for the operator's preview, so the preview is exactly what
 * the hall sees. New slide kinds (agenda, votes, ballot results) add a case here.
 */
export function SlideView({ view }: { view: ProjectorView }) {
  switch (view.slide) {
    case 'welcome':
      return <WelcomeSlide view={view} />;
    case 'attendance':
      return <AttendanceSlide view={view} />;
    case 'ballot_result':
      return <BallotResultSlide view={view} />;
    case 'ballot_elected':
      return <BallotElectedSlide view={view} />;
    case 'blank':
      return <div className="slide slide-blank" data-testid="slide-blank" />;
  }
}
