import { create } from 'zustand';
import type { z } from 'zod';
import type { documentSettingsSchema, exportedFileSchema, exportRequestSchema } from '../../../shared/contract/export-schemas';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { noteCardsExported } from './cards-exported';

export type DocumentSettings = z.output<typeof documentSettingsSchema>;
export type ExportRequest = z.input<typeof exportRequestSchema>;
export type ExportedFile = z.output<typeof exportedFileSchema>;

export interface ExportProgress {
  done: number;
  total: number;
  label: string;
}

/**
 * An export refused because a document of the same name is already there (it may be the signed
 * one): the operator chooses to overwrite it or to write the new one beside it as "… (2)".
 */
export interface ExportConflict {
  request: ExportRequest;
  existing: string[];
  suggested: string[];
}

export interface ExportsStore {
  open: boolean;
  conflict: ExportConflict | null;
  settings: DocumentSettings | null;
  running: boolean;
  progress: ExportProgress | null;
  files: ExportedFile[];
  /** The document `files` are (print-export.ts offers «In» for the ones a person prints). */
  kind: ExportRequest['what'] | null;
  /** The document the panel opens on, when a link named one (the first-run checklist's «thẻ đại biểu»). */
  preset: { what: ExportRequest['what']; asked: number } | null;
  show(preset?: ExportRequest['what']): Promise<void>;
  hide(): void;
  saveSettings(patch: Partial<DocumentSettings>): Promise<boolean>;
  run(request: ExportRequest): Promise<void>;
  /** Answers the conflict: run it again with that choice, or (null) leave everything as it is. */
  resolve(choice: 'overwrite' | 'new-name' | null): Promise<void>;
}

function conflictOf(details: unknown): Omit<ExportConflict, 'request'> | null {
  const d = details as { existing?: unknown; suggested?: unknown } | undefined;
  return Array.isArray(d?.existing) && Array.isArray(d?.suggested)
    ? { existing: d.existing as string[], suggested: d.suggested as string[] }
    : null;
}

let job = 0;

export const useExports = create<ExportsStore>((set, get) => ({
  open: false,
  conflict: null,
  settings: null,
  running: false,
  progress: null,
  files: [],
  kind: null,
  preset: null,
  async show(preset) {
    set({ open: true, files: [], kind: null, preset: preset ? { what: preset, asked: ++job } : null, progress: null, conflict: null });
    const r = await client().call('exports:settings', {});
    if (r.ok) set({ settings: r.value });
    else useApp.getState().fail(r.error);
  },
  hide() {
    if (!get().running) set({ open: false, conflict: null });
  },
  async resolve(choice) {
    const conflict = get().conflict;
    set({ conflict: null });
    if (conflict && choice) await get().run({ ...conflict.request, ifExists: choice });
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
    set({ running: true, files: [], conflict: null, progress: { done: 0, total: 1, label: '' } });
    // progress of this export only: another window may be exporting too
    const stop = client().on('exports:progress', (p) => {
      if (p.jobId === jobId) set({ progress: { done: p.done, total: p.total, label: p.label } });
    });
    try {
      const r = await client().call('exports:run', { ...request, jobId });
      const conflict = !r.ok && r.error.code === 'FILE_EXISTS' ? conflictOf(r.error.details) : null;
      const path = useApp.getState().congress?.path;
      if (r.ok && request.what === 'cards' && path) noteCardsExported(path, new Date().toISOString());
      if (r.ok) set({ files: r.value.files, kind: request.what });
      else if (conflict) set({ conflict: { request, ...conflict } });
      else useApp.getState().fail(r.error);
    } finally {
      stop();
      set({ running: false, progress: null });
    }
  },
}));
