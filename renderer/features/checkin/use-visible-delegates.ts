import { useMemo } from 'react';
import type { AttendanceRecord } from '../../../shared/domain/attendance';
import { filterDelegates, type IndexedDelegate, useRoster } from '../roster/roster-store';
import { useAttendance } from './attendance-store';
import { type CheckinFilter, useCheckin } from './checkin-store';

function keep(filter: CheckinFilter, record: AttendanceRecord | undefined): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'present':
      return record?.state === 'present';
    case 'pending':
      return record === undefined;
    case 'absent':
      return record !== undefined && record.state !== 'present';
  }
}

/** The list under the scan field: roster ∩ search ∩ state filter, in roster order. */
export function useVisibleDelegates(): IndexedDelegate[] {
  const delegates = useRoster((s) => s.delegates);
  const records = useAttendance((s) => s.records);
  const query = useCheckin((s) => s.query);
  const filter = useCheckin((s) => s.filter);
  return useMemo(
    () => filterDelegates(delegates, query).filter((d) => keep(filter, records.get(d.id))),
    [delegates, records, query, filter],
  );
}
