import { useLayoutEffect, useRef } from 'react';
import type { ProjectorView } from '../../../shared/contract/types';
import { formatLongDate } from '../../../shared/domain/document-format';
import { HallText } from './hall-phrases';
import { tr } from './slide-text';
import { SlideFrame } from './slide-frame';

/** Strips the leading word "Đại hội" when the title line above already says it. */
function nameAfterTitle(name: string): string {
  return name.replace(/^đại hội\s+/i, '');
}

/** «Ngày 15 tháng 12 năm 2026», written as documents write it (a 0 only before days under 10 and months 1, 2). */
function dateText(startDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return tr('slide.year', { year: startDate });
  const long = formatLongDate(startDate);
  return long.charAt(0).toUpperCase() + long.slice(1);
}

/**
 * Venue and date on one line where they fit; where they do not, the line breaks between the two,
 * never inside the date, and the «·» that joined them is not left hanging at the end of the line
 * (hidden, not removed, so hiding it cannot make the two fit again and flip back).
 */
function PlaceLine({ venue, date }: { venue: string; date: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const sep = el?.querySelector('.welcome-sep');
    const day = el?.querySelector('.welcome-date');
    if (!el || !sep || !day || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const s = sep.getBoundingClientRect();
      el.toggleAttribute('data-wrapped', day.getBoundingClientRect().top > s.top + s.height / 2);
    };
    // Its own box changes size with the screen, the font and when the line wraps or unwraps.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [venue, date]);
  return (
    <div className="welcome-place" ref={ref}>
      {venue && (
        <span className="welcome-venue">
          <HallText text={venue} />
          {date && <span className="welcome-sep">{'\u00a0·'}</span>}
        </span>
      )}
      {venue && date && ' '}
      {date && (
        <span className="welcome-date">
          <HallText text={date} />
        </span>
      )}
    </div>
  );
}

export function WelcomeSlide({ view }: { view: ProjectorView }) {
  const c = view.congress;
  if (!c)
    return (
      <SlideFrame view={view} kind="welcome">
        {tr('slide.noCongress')}
      </SlideFrame>
    );
  return (
    <SlideFrame view={view} kind="welcome">
      <div className="welcome-star" aria-hidden>
        ★
      </div>
      <div className="welcome-title">{tr('slide.congress')}</div>
      <div className="welcome-name">
        <HallText text={nameAfterTitle(c.name)} />
      </div>
      {c.term && !c.name.includes(c.term) && (
        <div className="welcome-term">
          <HallText text={tr('slide.term', { term: c.term })} />
        </div>
      )}
      <PlaceLine venue={c.venue} date={c.startDate ? dateText(c.startDate) : null} />
    </SlideFrame>
  );
}
