import type { SlideKind } from '../../../shared/domain/projector';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useProjector } from '../projector-control/projector-store';
import { SlidePreview } from '../projector-control/slide-preview';
import { useProjectorView } from '../projector-control/use-projector-view';

/** The agenda's slides, each with its Ctrl+digit; the on-air one is marked. */
export const AGENDA_SLIDE_KEYS: [SlideKind, MessageKey, string][] = [
  ['agenda', 'agendaSlides.agenda', 'Ctrl+3'],
  ['agenda_step', 'agendaSlides.step', 'Ctrl+4'],
  ['speaker', 'agendaSlides.speaker', 'Ctrl+5'],
  ['countdown', 'agendaSlides.countdown', 'Ctrl+6'],
];

const keepFocus = (e: React.MouseEvent) => e.preventDefault();

export function AgendaSlideButtons() {
  const t = useT();
  const onAir = useProjectorView()?.slide;
  const show = useProjector((s) => s.show);
  return (
    <section className="panel" aria-label={t('agendaSlides.title')}>
      <h2>{t('agendaSlides.title')}</h2>
      <SlidePreview />
      <div className="slide-buttons">
        {AGENDA_SLIDE_KEYS.map(([slide, label, key]) => (
          <button
            key={slide}
            className={onAir === slide ? 'slide-button on-air' : 'slide-button'}
            aria-pressed={onAir === slide}
            onMouseDown={keepFocus}
            onClick={() => void show(slide)}
            data-testid={`show-${slide}`}
          >
            {t(label)} <kbd>{key}</kbd>
          </button>
        ))}
      </div>
    </section>
  );
}
