import { create } from 'zustand';
import type { ProjectorView } from '../../../shared/contract/types';
import type { SlideKind } from '../../../shared/domain/projector';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

export interface ProjectorStore {
  view: ProjectorView | null;
  load(): Promise<void>;
  show(slide: SlideKind): Promise<void>;
  setView(view: ProjectorView): void;
}

/** What the hall sees, mirrored in every window from `projector:changed` events. */
export const useProjector = create<ProjectorStore>((set) => ({
  view: null,
  async load() {
    const r = await client().call('projector:view', {});
    if (r.ok) set({ view: r.value });
  },
  async show(slide) {
    const r = await client().call('projector:set', { slide });
    if (!r.ok) useApp.getState().fail(r.error);
  },
  setView: (view) => set({ view }),
}));
