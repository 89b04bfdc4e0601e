import type { ProjectorView } from '../../../shared/contract/types';
import { CountdownFace } from './countdown-face';
import { SlideFrame } from './slide-frame';

/** The countdown alone, as large as the wall allows, with whose time it is above it. */
export function CountdownSlide({ view }: { view: ProjectorView }) {
  const a = view.agenda;
  const whose = a?.speaker?.name ?? a?.currentStep?.title ?? '';
  return (
    <SlideFrame view={view} kind="countdown">
      {whose && <div className="countdown-whose">{whose}</div>}
      {a && <CountdownFace timer={a.timer} size="hero" />}
    </SlideFrame>
  );
}
