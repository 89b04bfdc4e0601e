import type { ReactNode } from 'react';
import type { ProjectorView } from '../../../shared/contract/types';
import { HallText } from './hall-phrases';
import { useFitLine } from './use-fit';

/** The red-and-gold frame every slide shares: organiser line on top, theme line at the foot. */
export function SlideFrame({ view, kind, children }: { view: ProjectorView; kind: string; children: ReactNode }) {
  const c = view.congress;
  // Both lines stay one line where they can: a wrapped organiser would split a place name and push
  // the slide's content, and the theme, down through the frame.
  const organiser = useFitLine<HTMLDivElement>();
  const theme = useFitLine<HTMLDivElement>();
  return (
    <div className={`slide slide-${kind}`} data-testid={`slide-${kind}`}>
      <div className="slide-organiser" ref={organiser}>
        {c?.organiser && <HallText text={c.organiser} />}
      </div>
      <div className="slide-body">{children}</div>
      {c?.theme && (
        <div className="slide-theme" ref={theme}>
          <HallText text={c.theme} />
        </div>
      )}
    </div>
  );
}
