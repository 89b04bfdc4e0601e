import type { ProjectorView } from '../../../shared/contract/types';
import { CountdownFace } from './countdown-face';
import { FitLine } from './fit-line';
import { HallText } from './hall-phrases';
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
          <FitLine className="speaker-name" testId="speaker-name" min={0.8}>
            {speaker.name}
          </FitLine>
          {speaker.organisation && (
            <FitLine className="speaker-org" min={0.85}>
              <HallText text={speaker.organisation} />
            </FitLine>
          )}
          {speaker.topic && (
            <FitLine className="speaker-topic" min={0.85}>
              <HallText text={speaker.topic} />
            </FitLine>
          )}
        </>
      ) : (
        <div className="speaker-name">{tr('slide.speakerNone')}</div>
      )}
      {a && <CountdownFace timer={a.timer} size="large" />}
      {a?.nextSpeaker && <div className="speaker-next">{tr('slide.nextSpeaker', { name: a.nextSpeaker })}</div>}
    </SlideFrame>
  );
}
