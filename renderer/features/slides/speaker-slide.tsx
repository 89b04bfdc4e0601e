import type { ProjectorView } from '../../../shared/contract/types';
import { CountdownFace } from './countdown-face';
import { SlideFrame } from './slide-frame';
import { tr } from './slide-text';

/** The speaker at the lectern, their organisation and topic, and the time they have left. */
export function SpeakerSlide({ view }: { view: ProjectorView }) {
  const a = view.agenda;
  const speaker = a?.speaker ?? null;
  return (
    <SlideFrame view={view} kind="speaker">
      <div className="stage-step-kicker">{tr('slide.speakerKicker')}</div>
      {speaker ? (
        <>
          <div className="speaker-name" data-testid="speaker-name">
            {speaker.name}
          </div>
          {speaker.organisation && <div className="speaker-org">{speaker.organisation}</div>}
          {speaker.topic && <div className="speaker-topic">{speaker.topic}</div>}
        </>
      ) : (
        <div className="speaker-name">{tr('slide.speakerNone')}</div>
      )}
      {a && <CountdownFace timer={a.timer} size="large" />}
      {a?.nextSpeaker && <div className="speaker-next">{tr('slide.nextSpeaker', { name: a.nextSpeaker })}</div>}
    </SlideFrame>
  );
}
