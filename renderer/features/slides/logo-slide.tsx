import type { ProjectorView } from '../../../shared/contract/types';
import { HallText } from './hall-phrases';

/** Between items: the emblem and the organiser, nothing to read, nothing that can be wrong. */
export function LogoSlide({ view }: { view: ProjectorView }) {
  const c = view.congress;
  return (
    <div className="slide slide-logo" data-testid="slide-logo">
      <div className="logo-emblem" aria-hidden>
        ★
      </div>
      {c?.organiser && (
        <div className="logo-organiser">
          <HallText text={c.organiser} />
        </div>
      )}
      {c?.name && (
        <div className="logo-name">
          <HallText text={c.name} />
        </div>
      )}
    </div>
  );
}
