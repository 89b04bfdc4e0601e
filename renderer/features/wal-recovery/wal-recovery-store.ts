import { create } from 'zustand';
import type { CongressInfo, WalRecovery } from '../../../shared/contract/types';

export interface WalRecoveryStore {
  /** The notice on screen, for the file it belongs to. */
  shown: { path: string; notice: WalRecovery } | null;
  /** Notices the operator closed, by their evidence folder: a later app:state does not bring them back. */
  dismissed: string[];
  /** Every congress the window learns of (open, event, app:state): later answers may not carry the notice. */
  see(congress: CongressInfo | null): void;
  dismiss(): void;
}

export const getInitialWalRecoveryState = () => ({ shown: null, dismissed: [] as string[] });

export const useWalRecovery = create<WalRecoveryStore>((set, get) => ({
  ...getInitialWalRecoveryState(),
  see(congress) {
    const { shown, dismissed } = get();
    const notice = congress?.walRecovery;
    if (congress && notice && !dismissed.includes(notice.evidenceFolder)) {
      if (shown?.notice.evidenceFolder !== notice.evidenceFolder) set({ shown: { path: congress.path, notice } });
    } else if (shown && shown.path !== congress?.path) {
      set({ shown: null }); // another file (or none) is open now
    }
  },
  dismiss() {
    const { shown, dismissed } = get();
    if (shown) set({ shown: null, dismissed: [...dismissed, shown.notice.evidenceFolder] });
  },
}));
