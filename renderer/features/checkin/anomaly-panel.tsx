import { useEffect } from 'react';
import type { ScanPlace } from '../../../shared/contract/anomaly-channels';
import { isRemoteRole } from '../../../shared/contract/roles';
import { vietnamTime } from '../../../shared/domain/hall-time';
import { client } from '../../app/client-instance';
import { type Translate, useT } from '../../i18n/i18n';
import { keepFocus } from '../common/keep-focus';
import { useAttendance } from './attendance-store';
import { useAnomalies } from './anomaly-store';

const hallClock = (iso: string) => vietnamTime(iso).slice(11, 16);
const placeName = (t: Translate, p: ScanPlace) => (p === null || !isRemoteRole(p.role) ? t('anomaly.laptop') : p.deviceName);

/**
 * «Bất thường» on the operator's check-in screen: each delegate already present whose card was
 * scanned again at another desk, with both desks and both times, until the operator has seen it.
 * The delegate is counted once whatever this says (main/services/checkin-anomaly-service.ts).
 */
export function AnomalyPanel() {
  const t = useT();
  const sessionId = useAttendance((s) => s.sessionId);
  const open = useAnomalies((s) => s.open);

  useEffect(() => {
    void useAnomalies.getState().load(sessionId);
    const c = client();
    const offs = [
      c.on('checkin:anomaly', (p) => useAnomalies.getState().apply(p.anomaly)),
      c.onReread(() => void useAnomalies.getState().load(sessionId)),
    ];
    return () => offs.forEach((off) => off());
  }, [sessionId]);

  if (open.length === 0) return null;
  return (
    <section className="notice notice-error checkin-anomalies" role="alert" data-testid="checkin-anomalies">
      <div>
        <strong>{t('anomaly.title', { count: open.length })}</strong>
        <p className="hint">{t('anomaly.hint')}</p>
        <ol>
          {open.map((a) => (
            <li key={a.id} data-code={a.delegateCode}>
              <span className="code">{a.delegateCode}</span> {a.delegateName} —{' '}
              {t('anomaly.line', {
                firstTime: hallClock(a.firstAt),
                firstPlace: placeName(t, a.firstPlace),
                time: hallClock(a.at),
                place: placeName(t, a.place),
              })}{' '}
              <button
                className="ghost"
                onMouseDown={keepFocus}
                onClick={() => void useAnomalies.getState().acknowledge(a.id)}
                aria-label={t('anomaly.acknowledgeLabel', { name: a.delegateName })}
              >
                {t('anomaly.acknowledge')}
              </button>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
