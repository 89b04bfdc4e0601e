import { create } from 'zustand';
import type { AppErrorData } from '../../shared/contract/result';
import type { AppState, CongressInfo, FileLoss } from '../../shared/contract/types';
import { client } from './client-instance';

export type View = 'checkin' | 'roster' | 'setup' | 'projector' | 'ballots' | 'votes' | 'agenda';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text?: string;
  error?: AppErrorData;
}

export interface AppStore {
  loaded: boolean;
  app: AppState | null;
  congress: CongressInfo | null;
  view: View;
  helpOpen: boolean;
  notice: Notice | null;
  refresh(): Promise<void>;
  setCongress(congress: CongressInfo | null): void;
  /** The open file was taken away under the app (pushed event, or the refusal of a command). */
  setFileLost(loss: FileLoss): void;
  setView(view: View): void;
  toggleHelp(open?: boolean): void;
  info(text: string): void;
  fail(error: AppErrorData): void;
  dismiss(): void;
}

let noticeId = 0;

export const getInitialAppState = () => ({
  loaded: false,
  app: null,
  congress: null,
  view: 'checkin' as View,
  helpOpen: false,
  notice: null,
});

export const useApp = create<AppStore>((set) => ({
  ...getInitialAppState(),
  async refresh() {
    const r = await client().call('app:state', {});
    if (r.ok) set({ loaded: true, app: r.value, congress: r.value.congress });
    else set({ loaded: true, notice: { id: ++noticeId, kind: 'error', error: r.error } });
  },
  setCongress(congress) {
    set((s) => ({ congress, app: s.app ? { ...s.app, congress } : s.app }));
  },
  setFileLost(loss) {
    set((s) => ({ congress: null, app: s.app ? { ...s.app, congress: null, fileLost: loss } : s.app }));
  },
  setView(view) {
    set({ view });
  },
  toggleHelp(open) {
    set((s) => ({ helpOpen: open ?? !s.helpOpen }));
  },
  info(text) {
    set({ notice: { id: ++noticeId, kind: 'info', text } });
  },
  fail(error) {
    const loss = error.code === 'FILE_LOST' ? (error.details as { loss?: FileLoss } | undefined)?.loss : undefined;
    if (loss) return useApp.getState().setFileLost(loss);
    set({ notice: { id: ++noticeId, kind: 'error', error } });
  },
  dismiss() {
    set({ notice: null });
  },
}));
