import type { ProjectorView } from '../../../shared/contract/types';
import { useT } from '../../i18n/i18n';
import { SlideView } from '../slides/slide-view';

/** A scaled copy of a slide as the hall would see it (the slides size themselves in container units). */
export function StagePreview({ view, ratio = '16 / 9', testId }: { view: ProjectorView | null; ratio?: string; testId: string }) {
  const t = useT();
  return (
    <div className="slide-stage preview" style={{ aspectRatio: ratio }} data-testid={testId}>
      {view ? <SlideView view={view} /> : <p className="stage-empty">{t('stage.nothingQueued')}</p>}
      {view?.black && <span className="stage-black-badge">{t('stage.blackOn')}</span>}
    </div>
  );
}
