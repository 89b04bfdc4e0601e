import { useErrorText, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCheckin } from './checkin-store';
import { ABSENT_KEY } from './checkin-keys';

/** The short word after a key that had nothing to act on; it sits under the feedback, which stays. */
function CheckinNote() {
  const t = useT();
  const note = useCheckin((s) => s.note);
  if (!note) return null;
  return (
    <p key={note.at} className="hint" role="status" data-testid="checkin-note">
      {t(note.key, { key: ABSENT_KEY })}
    </p>
  );
}

const TITLES: Record<string, MessageKey> = {
  ok: 'checkin.ok',
  already: 'checkin.already',
  unknown: 'checkin.unknown',
  undone: 'checkin.undone',
  absent: 'checkin.absentSaved',
  queued: 'checkin.queued',
};

/** The big confirmation the operator reads at a glance: green, amber (already), red (unknown). */
export function ScanFeedback() {
  const t = useT();
  const errorText = useErrorText();
  const feedback = useCheckin((s) => s.feedback);
  if (!feedback) {
    return (
      <>
        <div className="feedback feedback-idle" data-testid="feedback">
          <div className="feedback-title">{t('checkin.ready')}</div>
          <div className="feedback-detail">{t('checkin.readyHint')}</div>
        </div>
        <CheckinNote />
      </>
    );
  }
  const delegate = 'delegate' in feedback ? feedback.delegate : undefined;
  return (
    <>
      {/* A check-in kept to send later wears the amber of a warning (operator.css has no colour of its own for it). */}
      <div
        key={feedback.at}
        className={`feedback feedback-${feedback.kind}${feedback.kind === 'queued' ? ' feedback-already' : ''}`}
        role="status"
        data-testid="feedback"
      >
        <div className="feedback-title">{t(TITLES[feedback.kind]!)}</div>
        {delegate ? (
          <>
            <div className="feedback-name">{delegate.fullName}</div>
            <div className="feedback-meta">
              <span className="code">{delegate.code}</span>
              {delegate.group && <span>{delegate.group}</span>}
              <span>{t(`status.${delegate.status}`)}</span>
              {delegate.position && <span className="position">{delegate.position}</span>}
            </div>
          </>
        ) : (
          <div className="feedback-name">{'code' in feedback ? feedback.code : ''}</div>
        )}
        {'problem' in feedback && <div className="feedback-detail">{errorText(feedback.problem)}</div>}
        {feedback.kind === 'queued' && <div className="feedback-detail">{t('checkin.queuedHint')}</div>}
      </div>
      <CheckinNote />
    </>
  );
}
