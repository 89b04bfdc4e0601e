import type { SlideKind } from '../../../shared/domain/projector';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useProjector } from './projector-store';

const SLIDES: [SlideKind, MessageKey, string][] = [
  ['welcome', 'projector.welcome', 'Ctrl+1'],
  ['attendance', 'projector.attendance', 'Ctrl+2'],
  ['blank', 'projector.blank', 'Ctrl+B'],
];

const keepFocus = (e: React.MouseEvent) => e.preventDefault();

export function SlideButtons() {
  const t = useT();
  const current = useProjector((s) => s.view?.slide);
  const show = useProjector((s) => s.show);
  return (
    <div className="slide-buttons" role="group" aria-label={t('projector.title')}>
      {SLIDES.map(([slide, label, key]) => (
        <button
          key={slide}
          className={current === slide ? 'slide-button on-air' : 'slide-button'}
          aria-pressed={current === slide}
          onMouseDown={keepFocus}
          onClick={() => void show(slide)}
        >
          {t(label)} <kbd>{key}</kbd>
        </button>
      ))}
    </div>
  );
}
