import type { SlideKind } from '../../../shared/domain/projector';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useProjector } from './projector-store';
import { keepFocus } from '../common/keep-focus';

/** A slide, the label of its button and its shortcut. */
export type SlideKey = [SlideKind, MessageKey, string];

const SLIDES: SlideKey[] = [
  ['welcome', 'projector.welcome', 'Ctrl+1'],
  ['attendance', 'projector.attendance', 'Ctrl+2'],
  ['blank', 'projector.blank', 'Ctrl+B'],
];

/** One button per slide with its shortcut; the one on air is marked. */
export function SlideButtons({ slides = SLIDES, label = 'projector.title' }: { slides?: SlideKey[]; label?: MessageKey }) {
  const t = useT();
  const current = useProjector((s) => s.view?.slide);
  const show = useProjector((s) => s.show);
  return (
    <div className="slide-buttons" role="group" aria-label={t(label)}>
      {slides.map(([slide, name, key]) => (
        <button
          key={slide}
          className={current === slide ? 'slide-button on-air' : 'slide-button'}
          aria-pressed={current === slide}
          onMouseDown={keepFocus}
          onClick={() => void show(slide)}
          data-testid={`show-${slide}`}
        >
          {t(name)} <kbd>{key}</kbd>
        </button>
      ))}
    </div>
  );
}
