import { memo } from 'react';
import { useT } from '../../i18n/i18n';
import { AttendancePanel } from './attendance-panel';
import { ProjectorMini } from '../projector-control/projector-mini';
import { useRoster } from '../roster/roster-store';
import { AbsentDialog } from './absent-dialog';
import { AnomalyPanel } from './anomaly-panel';
import { CheckinList } from './checkin-list';
import { type CheckinFilter, useCheckin } from './checkin-store';
import { OutboxPanel } from './outbox-panel';
import { ScanFeedback } from './scan-feedback';
import { ScanField } from './scan-field';
import { useVisibleDelegates } from './use-visible-delegates';
import type { MessageKey } from '../../i18n/vi';
import { keepFocus } from '../common/keep-focus';
import { PrepChecklist } from '../home/prep-checklist';

const FILTERS: [CheckinFilter, MessageKey][] = [
  ['all', 'checkin.filterAll'],
  ['pending', 'checkin.filterPending'],
  ['present', 'checkin.filterPresent'],
  ['absent', 'checkin.filterAbsent'],
];

/**
 * Memoised: the screen re-renders on every keystroke of the scan field (the list follows the
 * query), and the counts and the projector preview beside it need not.
 */
const CheckinSide = memo(function CheckinSide() {
  return (
    <aside className="checkin-side">
      {/* The screen a congress opens on: what is still to prepare shows here until it is done. */}
      <PrepChecklist />
      <AttendancePanel />
      <ProjectorMini />
    </aside>
  );
});

export function CheckinScreen() {
  const t = useT();
  const visible = useVisibleDelegates();
  const total = useRoster((s) => s.delegates.length);
  const { filter, setFilter } = useCheckin();
  return (
    <div className="checkin-screen">
      <section className="checkin-main">
        <ScanField visible={visible} />
        <ScanFeedback />
        <AnomalyPanel />
        <OutboxPanel />
        <div className="list-toolbar">
          <div className="chips" role="group">
            {FILTERS.map(([f, label]) => (
              <button key={f} className={filter === f ? 'chip active' : 'chip'} onMouseDown={keepFocus} onClick={() => setFilter(f)}>
                {t(label)}
              </button>
            ))}
          </div>
          <span className="hint">{t('checkin.count', { shown: visible.length, count: total })}</span>
        </div>
        <CheckinList visible={visible} />
      </section>
      <CheckinSide />
      <AbsentDialog />
    </div>
  );
}
