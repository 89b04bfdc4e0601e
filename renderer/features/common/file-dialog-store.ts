import { create } from 'zustand';

/**
 * Which file form is open (new / open by path). In common/ because the home screen opens it and
 * the backups store closes it once a copy is opened: neither folder imports the other for it.
 */
export type DialogMode = 'new' | 'open' | null;

export const useFileDialog = create<{ mode: DialogMode; setMode(mode: DialogMode): void }>((set) => ({
  mode: null,
  setMode: (mode) => set({ mode }),
}));
