import type { ReactNode } from 'react';
import { tr } from './slide-text';

/**
 * The line under a list: a note (the tie legend, the seats left open) and the page number, in the
 * flow of the slide so neither can sit on a row or on the frame.
 */
export function SlideFoot({ page, pages, children }: { page: number; pages: number; children?: ReactNode }) {
  return (
    <div className="slide-foot">
      <div className="slide-foot-note">{children}</div>
      {pages > 1 && <div className="slide-page">{tr('slide.page', { n: page, of: pages })}</div>}
    </div>
  );
}
