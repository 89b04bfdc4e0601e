import { SlideView } from '../features/slides/slide-view';
import { useProjectorView } from '../features/projector-control/use-projector-view';

/** The hall's screen: full window, no chrome, only what the operator put on air. */
export function ProjectorApp() {
  const view = useProjectorView();
  return <div className="slide-stage fullscreen">{view && <SlideView view={view} />}</div>;
}
