import { StagePreview } from './stage-preview';
import { useProjectorView } from './use-projector-view';

/** A live, scaled copy of the projector: exactly what is on air. */
export function SlidePreview({ ratio = '16 / 9' }: { ratio?: string }) {
  const view = useProjectorView();
  return <StagePreview view={view} ratio={ratio} testId="projector-preview" />;
}
