import { create } from 'zustand';
import type { z } from 'zod';
import type { documentSettingsSchema, exportedFileSchema, exportRequestSchema } from '../../../shared/contract/export-schemas';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

export type DocumentSettings = z.output<typeof documentSettingsSchema>;
export type ExportRequest = z.input<typeof exportRequestSchema>;
export type ExportedFile = z.output<typeof exportedFileSchema>;

export interface ExportProgress {
  done: number;
  total: number;
  label: string;
}

export interface ExportsStore {
  open: boolean;
  settings: DocumentSettings | null;
  running: boolean;
  progress: ExportProgress | null;
  files: ExportedFile[];
  show(): Promise<void>;
  hide(): void;
  saveSettings(patch: Partial<DocumentSettings>): Promise<boolean>;
  run(request: ExportRequest): Promise<void>;
}

let job = 0;

export const useExports = create<ExportsStore>((set, get) => ({
  open: false,
  settings: null,
  running: false,
  progress: null,
  files: [],
  async show() {
    set({ open: true, files: [], progress: null });
    const r = await client().call('exports:settings', {});
    if (r.ok) set({ settings: r.value });
    else useApp.getState().fail(r.error);
  },
  hide() {
    if (!get().running) set({ open: false });
  },
  async saveSettings(patch) {
    const r = await client().call('exports:saveSettings', patch);
    if (!r.ok) {
      useApp.getState().fail(r.error);
      return false;
    }
    set({ settings: r.value });
    return true;
  },
  async run(request) {
    const jobId = `ui-${Date.now()}-${++job}`;
    set({ running: true, files: [], progress: { done: 0, total: 1, label: '' } });
    // progress of this export only: another window may be exporting too
    const stop = client().on('exports:progress', (p) => {
      if (p.jobId === jobId) set({ progress: { done: p.done, total: p.total, label: p.label } });
    });
    try {
      const r = await client().call('exports:run', { ...request, jobId });
      if (r.ok) set({ files: r.value.files });
      else useApp.getState().fail(r.error);
    } finally {
      stop();
      set({ running: false, progress: null });
    }
  },
}));
