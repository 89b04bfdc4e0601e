import type { ProjectorView } from '../../../shared/contract/types';
import { tr } from './slide-text';
import { SlideFrame } from './slide-frame';

/** Strips the leading word "Đại hội" when the title line above already says it. */
function nameAfterTitle(name: string): string {
  return name.replace(/^đại hội\s+/i, '');
}

function dateLine(view: ProjectorView): string {
  const c = view.congress;
  if (!c?.startDate) return c?.venue ?? '';
  const [y, m, d] = c.startDate.split('-');
  const date = d ? `Ngày ${d} tháng ${m} năm ${y}` : `Năm ${y}`;
  return c.venue ? `${c.venue} · ${date}` : date;
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
      <div className="welcome-name">{nameAfterTitle(c.name)}</div>
      {c.term && !c.name.includes(c.term) && <div className="welcome-term">Nhiệm kỳ {c.term}</div>}
      <div className="welcome-place">{dateLine(view)}</div>
    </SlideFrame>
  );
}
