import type { ProjectorView } from '../../../shared/contract/types';
import { formatCount, formatPercent } from '../../../shared/domain/format';
import { HallText } from './hall-phrases';
import { SlideFrame } from './slide-frame';
import { tr } from './slide-text';

/** Live attendance for the hall: the figures the credentials report will read out. */
export function AttendanceSlide({ view }: { view: ProjectorView }) {
  const s = view.attendance;
  return (
    <SlideFrame view={view} kind="attendance">
      <div className="slide-heading">{tr('slide.attendanceTitle')}</div>
      {view.sessionTitle && (
        <div className="slide-subheading">
          <HallText text={view.sessionTitle} />
        </div>
      )}
      {s && (
        <>
          <div className="attendance-hero">
            <span className="hero-number" data-testid="projector-present">
              {formatCount(s.present)}
            </span>
            <span className="hero-label">
              {tr('slide.present')} · {formatPercent(s.present, s.summoned)}
            </span>
            <span className="hero-of">{tr('slide.of', { n: formatCount(s.summoned) })}</span>
          </div>
          <div className="attendance-row">
            <div>
              <span className="n">{formatCount(s.absentWithReason)}</span>
              <span>{tr('slide.absentWithReason')}</span>
            </div>
            <div>
              <span className="n">{formatCount(s.absentWithoutReason)}</span>
              <span>{tr('slide.absentWithoutReason')}</span>
            </div>
            <div>
              <span className="n">{formatCount(s.guestsPresent)}</span>
              <span>{tr('slide.guests')}</span>
            </div>
          </div>
          {s.quorum.rule !== 'none' && (
            <div className={`slide-quorum ${s.quorum.met ? 'met' : 'not-met'}`} data-testid="projector-quorum">
              {tr(s.quorum.met ? 'slide.quorumMet' : 'slide.quorumNotMet')}
            </div>
          )}
        </>
      )}
    </SlideFrame>
  );
}
