import { SlideView } from '../slides/slide-view';
import { useProjectorView } from './use-projector-view';

/** A live, scaled copy of the projector: the slides size themselves in container units. */
export function SlidePreview({ ratio = '16 / 9' }: { ratio?: string }) {
  const view = useProjectorView();
  return (
    <div className="slide-stage preview" style={{ aspectRatio: ratio }} data-testid="projector-preview">
      {view && <SlideView view={view} />}
    </div>
  );
}
