import { create } from 'zustand';
import type { CheckinAnomaly } from '../../../shared/contract/anomaly-channels';
import { client } from '../../app/client-instance';

/**
 * The check-in anomalies of the session on screen (a delegate scanned at two desks), from
 * `checkin:anomalies` and kept fresh by `checkin:anomaly`. Newest first; acknowledged ones leave.
 */
export interface AnomalyStore {
  sessionId: number | null;
  open: CheckinAnomaly[];
  load(sessionId: number | null): Promise<void>;
  apply(anomaly: CheckinAnomaly): void;
  acknowledge(id: number): Promise<void>;
}

/** Only the newest load may write: an older session's slow answer must not win. */
let loads = 0;

const stillOpen = (list: CheckinAnomaly[]) => list.filter((a) => a.acknowledgedAt === null);

export const useAnomalies = create<AnomalyStore>((set, get) => ({
  sessionId: null,
  open: [],
  async load(sessionId) {
    const mine = ++loads;
    if (sessionId === null) return set({ sessionId, open: [] });
    const answer = await client().call('checkin:anomalies', { sessionId });
    if (mine !== loads || !answer.ok) return;
    set({ sessionId, open: stillOpen(answer.value) });
  },
  apply(anomaly) {
    if (anomaly.sessionId !== get().sessionId) return;
    const others = get().open.filter((a) => a.id !== anomaly.id);
    set({ open: stillOpen([anomaly, ...others]).sort((x, y) => y.id - x.id) });
  },
  async acknowledge(id) {
    const answer = await client().call('checkin:acknowledgeAnomaly', { id });
    if (answer.ok) get().apply(answer.value);
  },
}));
