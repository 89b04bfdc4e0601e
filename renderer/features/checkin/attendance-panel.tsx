import type { AttendanceSummary, Presence } from '../../../shared/domain/attendance';
import { useNumbers } from '../../i18n/numbers';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useAttendance } from './attendance-store';

const CATEGORIES: [keyof AttendanceSummary['byCategory'], MessageKey][] = [
  ['exOfficio', 'counts.exOfficio'],
  ['nominated', 'counts.nominated'],
  ['appointed', 'counts.appointed'],
  ['women', 'counts.women'],
  ['nonParty', 'counts.nonParty'],
  ['ethnicMinority', 'counts.ethnicMinority'],
  ['religious', 'counts.religious'],
];

function PresenceCell({ p }: { p: Presence }) {
  const num = useNumbers();
  return (
    <td className="num">
      {num.count(p.present)}/{num.count(p.summoned)}
    </td>
  );
}

/** Live counts for the operator: official delegates first, then alternates and guests apart. */
export function AttendancePanel() {
  const num = useNumbers();
  const t = useT();
  const s = useAttendance((st) => st.summary);
  if (!s) return null;
  const q = s.quorum;
  return (
    <section className="panel attendance-panel" aria-label={t('counts.title')} data-testid="attendance-panel">
      <h2>{t('counts.title')}</h2>
      <p className="hint">{t('counts.officialNote')}</p>
      <div className="big-counts">
        <div className="big-count present">
          <span className="value" data-testid="count-present">
            {num.count(s.present)}
          </span>
          <span className="label">{t('counts.present')}</span>
          <span className="pct">{num.percent(s.present, s.summoned)}</span>
        </div>
        <div className="big-count">
          <span className="value" data-testid="count-summoned">
            {num.count(s.summoned)}
          </span>
          <span className="label">{t('counts.summoned')}</span>
        </div>
      </div>
      <table className="counts">
        <tbody>
          <tr>
            <th>{t('counts.absentWithReason')}</th>
            <td className="num">{num.count(s.absentWithReason)}</td>
          </tr>
          <tr>
            <th>{t('counts.absentWithoutReason')}</th>
            <td className="num">{num.count(s.absentWithoutReason)}</td>
          </tr>
          <tr>
            <th>{t('counts.alternates')}</th>
            <PresenceCell p={s.alternates} />
          </tr>
          <tr>
            <th>{t('counts.guests')}</th>
            <td className="num" data-testid="count-guests">
              {num.count(s.guestsPresent)}/{num.count(s.guestsInvited)}
            </td>
          </tr>
          <tr className="section">
            <th colSpan={2}>{t('counts.category')}</th>
          </tr>
          {CATEGORIES.map(([key, label]) => (
            <tr key={key}>
              <th>{t(label)}</th>
              <PresenceCell p={s.byCategory[key]} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`quorum ${q.rule === 'none' ? '' : q.met ? 'met' : 'not-met'}`} data-testid="quorum">
        {q.rule === 'none'
          ? t('quorum.none')
          : q.met
            ? t('quorum.met', { present: s.present, required: q.required })
            : t('quorum.notMet', { present: s.present, required: q.required })}
      </p>
    </section>
  );
}
