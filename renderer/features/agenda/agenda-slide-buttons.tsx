import { useT } from '../../i18n/i18n';
import { type SlideKey, SlideButtons } from '../projector-control/slide-buttons';
import { SlidePreview } from '../projector-control/slide-preview';

/** The agenda's slides, each with its Ctrl+digit. */
export const AGENDA_SLIDE_KEYS: SlideKey[] = [
  ['agenda', 'agendaSlides.agenda', 'Ctrl+3'],
  ['agenda_step', 'agendaSlides.step', 'Ctrl+4'],
  ['speaker', 'agendaSlides.speaker', 'Ctrl+5'],
  ['countdown', 'agendaSlides.countdown', 'Ctrl+6'],
];

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
