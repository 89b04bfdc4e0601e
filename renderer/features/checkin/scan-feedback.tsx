import { useErrorText, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCheckin } from './checkin-store';

const TITLES: Record<string, MessageKey> = {
  ok: 'checkin.ok',
  already: 'checkin.already',
  unknown: 'checkin.unknown',
  undone: 'checkin.undone',
  absent: 'checkin.absentSaved',
};

/** The big confirmation the operator reads at a glance: green, amber (already), red (unknown). */
export function ScanFeedback() {
  const t = useT();
  const errorText = useErrorText();
  const feedback = useCheckin((s) => s.feedback);
  if (!feedback) {
    return (
      <div className="feedback feedback-idle" data-testid="feedback">
        <div className="feedback-title">{t('checkin.ready')}</div>
        <div className="feedback-detail">{t('checkin.readyHint')}</div>
      </div>
    );
  }
  return (
    <div key={feedback.at} className={`feedback feedback-${feedback.kind}`} role="status" data-testid="feedback">
      <div className="feedback-title">{t(TITLES[feedback.kind]!)}</div>
      {feedback.kind === 'unknown' ? (
        <div className="feedback-name">{feedback.code}</div>
      ) : (
        <>
          <div className="feedback-name">{feedback.delegate.fullName}</div>
          <div className="feedback-meta">
            <span className="code">{feedback.delegate.code}</span>
            {feedback.delegate.group && <span>{feedback.delegate.group}</span>}
            <span>{t(`status.${feedback.delegate.status}`)}</span>
            {feedback.delegate.position && <span className="position">{feedback.delegate.position}</span>}
          </div>
        </>
      )}
      {'problem' in feedback && <div className="feedback-detail">{errorText(feedback.problem)}</div>}
    </div>
  );
}
