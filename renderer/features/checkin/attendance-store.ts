import { create } from 'zustand';
import type { EventPayload } from '../../../shared/contract/channels';
import type { AttendanceRecord, AttendanceSummary } from '../../../shared/domain/attendance';
import { client } from '../../app/client-instance';

export interface AttendanceStore {
  sessionId: number | null;
  records: Map<number, AttendanceRecord>;
  summary: AttendanceSummary | null;
  load(sessionId: number | null): Promise<void>;
  apply(event: EventPayload<'attendance:changed'>): void;
}

/** Events applied so far, to tell a load answered after an event arrived (see load). */
let applied = 0;
/** Loads started so far: only the newest may write, so a slow older answer (another session's) can't win. */
let loads = 0;

export const getInitialAttendanceState = () => ({
  sessionId: null as number | null,
  records: new Map<number, AttendanceRecord>(),
  summary: null as AttendanceSummary | null,
});

export const useAttendance = create<AttendanceStore>((set, get) => ({
  ...getInitialAttendanceState(),
  async load(sessionId) {
    const mine = ++loads;
    if (sessionId === null) return set(getInitialAttendanceState());
    // The session asked for is this store's at once: a re-read arriving while this first load is on its
    // way (renderer/operator/use-live-data.ts reloads `sessionId`) asks for it again, not for no session.
    if (get().sessionId !== sessionId) set({ sessionId });
    // A check-in pushed while the lists were loading may be missing from them: load again (a few times
    // at most, so a hall scanning non-stop still gets a picture, which its next event then corrects).
    for (let attempt = 0; attempt < 5; attempt++) {
      const seen = applied;
      const [list, summary] = await Promise.all([
        client().call('attendance:list', { sessionId }),
        client().call('attendance:summary', { sessionId }),
      ]);
      if (mine !== loads || !list.ok || !summary.ok) return;
      if (seen !== applied && attempt < 4) continue;
      return set({ sessionId, records: new Map(list.value.map((r) => [r.delegateId, r])), summary: summary.value });
    }
  },
  /** Pushed after every commit, from this window or another: patch, don't refetch. */
  apply(event) {
    applied++;
    if (event.sessionId !== get().sessionId) return;
    const records = new Map(get().records);
    for (const r of event.records) records.set(r.delegateId, r);
    for (const id of event.removedDelegateIds) records.delete(id);
    set({ records, summary: event.summary });
  },
}));
