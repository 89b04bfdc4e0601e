import { useT } from '../../i18n/i18n';
import { SlideButtons } from './slide-buttons';
import { SlidePreview } from './slide-preview';

export function ProjectorMini() {
  const t = useT();
  return (
    <section className="panel projector-mini" aria-label={t('projector.preview')}>
      <h2>
        {t('projector.title')} <span className="on-air-dot">● {t('projector.onAir')}</span>
      </h2>
      <SlidePreview />
      <SlideButtons />
    </section>
  );
}
