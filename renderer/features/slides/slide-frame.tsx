import type { ReactNode } from 'react';
import type { ProjectorView } from '../../../shared/contract/types';

/** The red-and-gold frame every slide shares: organiser line on top, theme line at the foot. */
export function SlideFrame({ view, kind, children }: { view: ProjectorView; kind: string; children: ReactNode }) {
  const c = view.congress;
  return (
    <div className={`slide slide-${kind}`} data-testid={`slide-${kind}`}>
      <div className="slide-organiser">{c?.organiser}</div>
      <div className="slide-body">{children}</div>
      {c?.theme && <div className="slide-theme">{c.theme}</div>}
    </div>
  );
}
