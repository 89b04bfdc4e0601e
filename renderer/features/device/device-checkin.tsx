import { useEffect } from 'react';
import { client } from '../../app/client-instance';
import { useApp } from '../../app/app-store';
import { useT } from '../../i18n/i18n';
import { AttendancePanel } from '../checkin/attendance-panel';
import { useAttendance } from '../checkin/attendance-store';
import { isAbsentKey } from '../checkin/checkin-keys';
import { CheckinList } from '../checkin/checkin-list';
import { OutboxPanel } from '../checkin/outbox-panel';
import { ScanFeedback } from '../checkin/scan-feedback';
import { ScanField } from '../checkin/scan-field';
import { useVisibleDelegates } from '../checkin/use-visible-delegates';
import { useRoster } from '../roster/roster-store';
import { followCurrentSession, isOtherSession, SESSION_CHECK_MS } from './device-session';

/**
 * Excusing an absence is the secretariat's decision, not the door's (shared/contract/roles.ts): its
 * key is taken before the scan field's handler, and its button is hidden (device.css).
 */
function noAbsentKey(e: KeyboardEvent): void {
  if (isAbsentKey(e)) {
    e.preventDefault();
    e.stopPropagation();
  }
}

/** The door's screen: the scan field, what the last scan did, the list; the counts beside it. Nothing else. */
export function DeviceCheckin() {
  const t = useT();
  const visible = useVisibleDelegates();
  const total = useRoster((s) => s.delegates.length);
  useEffect(() => {
    // The current session, as the engine names it (a desk may not read the app state: roles.ts).
    void useRoster.getState().load();
    void followCurrentSession(true);
    const c = client();
    const offs = [
      c.on('delegates:changed', () => {
        void useRoster.getState().load();
        void followCurrentSession(true);
      }),
      c.on('attendance:changed', (p) => {
        if (isOtherSession(p.sessionId)) void followCurrentSession();
        else useAttendance.getState().apply(p);
      }),
      c.onReread(() => {
        void useRoster.getState().load();
        void followCurrentSession(true);
      }),
    ];
    const checking = window.setInterval(() => void followCurrentSession(), SESSION_CHECK_MS);
    window.addEventListener('keydown', noAbsentKey, true); // before React's own listeners
    return () => {
      offs.forEach((off) => off());
      window.clearInterval(checking);
      window.removeEventListener('keydown', noAbsentKey, true);
    };
  }, []);
  // The check-ins kept on the device wait for this congress's credential (checkin-outbox.ts scope).
  const scoped = useApp((s) => s.congress !== null);
  if (!scoped) return null;
  return (
    <div className="checkin-screen device-checkin" data-testid="device-checkin">
      <section className="checkin-main">
        <ScanField visible={visible} />
        <ScanFeedback />
        <OutboxPanel />
        <div className="list-toolbar">
          <span className="hint">{t('checkin.count', { shown: visible.length, count: total })}</span>
        </div>
        <CheckinList visible={visible} canExcuse={false} />
      </section>
      <aside className="checkin-side">
        <AttendancePanel />
      </aside>
    </div>
  );
}
