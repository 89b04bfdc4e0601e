import { useEffect } from 'react';
import { client } from '../app/client-instance';
import { useApp } from '../app/app-store';
import { useAttendance } from '../features/checkin/attendance-store';
import { useRoster } from '../features/roster/roster-store';

/** Loads what the open congress needs and keeps it fresh from the engine's pushed events. */
export function useLiveData(): void {
  const congress = useApp((s) => s.congress);
  const sessionId = congress?.currentSessionId ?? null;
  const path = congress?.path ?? null;

  useEffect(() => {
    void useApp.getState().refresh();
    const c = client();
    const offs = [
      c.on('congress:changed', (p) => useApp.getState().setCongress(p.congress)),
      c.on('congress:fileLost', (p) => useApp.getState().setFileLost(p.loss)),
      c.on('delegates:changed', () => {
        void useRoster.getState().load();
        void useAttendance.getState().load(useAttendance.getState().sessionId);
      }),
      c.on('attendance:changed', (p) => useAttendance.getState().apply(p)),
      // Only when the client says the missed events cannot be given (first connection, a gap older
      // than the engine keeps, the engine restarted); a short drop is caught up event by event.
      c.onReread(() => {
        void useApp
          .getState()
          .refresh()
          .then(() => {
            if (!useApp.getState().congress) return;
            void useRoster.getState().load();
            void useAttendance.getState().load(useAttendance.getState().sessionId);
          });
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    if (!path) return;
    void useRoster.getState().load();
  }, [path]);

  useEffect(() => {
    void useAttendance.getState().load(path ? sessionId : null);
  }, [path, sessionId]);
}
