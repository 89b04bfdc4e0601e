import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import type { IndexedDelegate } from '../roster/roster-store';
import { useAttendance } from './attendance-store';
import { checkInDelegate, undoCheckIn } from './checkin-actions';
import { useCheckinOutbox } from './checkin-outbox';
import { useCheckin } from './checkin-store';
import { keepFocus } from '../common/keep-focus';
import { ABSENT_KEY } from './checkin-keys';

const ROW_HEIGHT = 52;

/** Buttons in the list must not steal the scan field's focus: act on mousedown, keep focus. */
/**
 * 1,500 rows, virtualised: only the visible ones are in the DOM. `canExcuse`: the «Vắng» button, which
 * a check-in desk does not have (it may not excuse an absence: shared/contract/roles.ts).
 */
export function CheckinList({ visible, canExcuse = true }: { visible: IndexedDelegate[]; canExcuse?: boolean }) {
  const t = useT();
  const parent = useRef<HTMLDivElement>(null);
  const records = useAttendance((s) => s.records);
  const highlighted = useCheckin((s) => s.highlighted);
  const askAbsent = useCheckin((s) => s.askAbsent);
  const waitingFor = useCheckinOutbox((s) => s.waitingFor);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 800, height: 600 },
  });

  useEffect(() => {
    if (highlighted >= 0) virtualizer.scrollToIndex(highlighted, { align: 'auto' });
  }, [highlighted, virtualizer]);

  if (visible.length === 0) return <p className="empty">{t('checkin.noMatch')}</p>;
  return (
    <div ref={parent} className="checkin-list" role="list" aria-label={t('nav.checkin')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const d = visible[item.index]!;
          const record = records.get(d.id);
          const state = record?.state ?? 'none';
          // Checked in on this device, not yet by the engine: no second tick, which would only be refused later.
          const waiting = state !== 'present' && waitingFor.has(d.id);
          const stateText = waiting ? t('checkin.pending') : `${t(`state.${state}`)}${record?.reason ? `: ${record.reason}` : ''}`;
          return (
            <div
              key={d.id}
              role="listitem"
              className={`checkin-row state-${waiting ? 'waiting' : state}${item.index === highlighted ? ' highlighted' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              data-code={d.code}
            >
              <span className="code">{d.code}</span>
              <span className="name" title={d.fullName}>
                {d.fullName}
              </span>
              <span className="group">{d.group}</span>
              <span className={`badge status-${d.status}`}>{t(`status.${d.status}`)}</span>
              {/* a long name or reason is cut (operator.css): the whole of it on hover */}
              <span className={`state state-${waiting ? 'waiting' : state}`} title={stateText}>
                {stateText}
              </span>
              <span className="row-actions">
                {waiting ? null : state === 'present' ? (
                  <button onMouseDown={keepFocus} onClick={() => void undoCheckIn(d.id)}>
                    {t('checkin.undo')}
                  </button>
                ) : (
                  <button className="primary" onMouseDown={keepFocus} onClick={() => void checkInDelegate(d.id)}>
                    ✓ {t('checkin.tick')}
                  </button>
                )}
                {canExcuse && state !== 'present' && !waiting && (
                  <button
                    onClick={() => askAbsent(d)}
                    aria-label={`${t('checkin.absent')} ${d.fullName}`}
                    title={t('checkin.absentWithKey', { key: ABSENT_KEY })}
                  >
                    {t('checkin.absent')}
                  </button>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
