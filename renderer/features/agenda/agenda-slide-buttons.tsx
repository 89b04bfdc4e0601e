import { useT } from '../../i18n/i18n';
import { AGENDA_SLIDE_KEYS } from '../projector-control/agenda-slide-keys';
import { SlideButtons } from '../projector-control/slide-buttons';
import { SlidePreview } from '../projector-control/slide-preview';

export function AgendaSlideButtons() {
  const t = useT();
  return (
    <section className="panel" aria-label={t('agendaSlides.title')}>
      <h2>{t('agendaSlides.title')}</h2>
      <SlidePreview />
      <SlideButtons slides={AGENDA_SLIDE_KEYS} label="agendaSlides.title" />
    </section>
  );
}
