import { create } from 'zustand';
import type { CommandName } from '../../../shared/contract/channels';
import type { ProjectorStage, ProjectorView } from '../../../shared/contract/types';
import { type ProjectorTheme, type SlideKind, type SlideRef, turnedPage } from '../../../shared/domain/projector';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

export interface ProjectorStore {
  view: ProjectorView | null;
  /** The operator's side: on air, queued next (with its preview), black, theme. */
  stage: ProjectorStage | null;
  load(): Promise<void>;
  loadStage(): Promise<void>;
  show(slide: SlideKind | SlideRef): Promise<boolean>;
  queue(next: SlideRef | null): Promise<boolean>;
  switchNow(): Promise<boolean>;
  toggleBlack(): Promise<boolean>;
  setTheme(theme: ProjectorTheme): Promise<boolean>;
  /** The clicker on a paged slide: hold the next or previous page, or let the pages turn again (null). */
  turnPage(by: 1 | -1 | null): Promise<boolean>;
  setView(view: ProjectorView): void;
  setStage(stage: ProjectorStage): void;
}

/** Every stage command answers the new stage; an error goes to the notice bar and changes nothing. */
async function stageCommand(name: CommandName, input: object, set: (s: Partial<ProjectorStore>) => void): Promise<boolean> {
  const r = await client().call(name, input as never);
  if (!r.ok) {
    useApp.getState().fail(r.error);
    return false;
  }
  if (name !== 'projector:set') set({ stage: r.value as ProjectorStage });
  return true;
}

/**
 * How many pushed events each part has had: a load answered after an event was pushed is stale
 * (the projector page loads while the operator is already switching slides).
 */
const pushed = { view: 0, stage: 0 };

/** What the hall sees, mirrored in every window from `projector:changed` / `projector:staged` events. */
export const useProjector = create<ProjectorStore>((set, get) => ({
  view: null,
  stage: null,
  async load() {
    const seen = pushed.view;
    const r = await client().call('projector:view', {});
    // An answer older than an event that arrived meanwhile would put the previous slide back.
    if (r.ok && seen === pushed.view) set({ view: r.value });
  },
  async loadStage() {
    const seen = pushed.stage;
    const r = await client().call('projector:stage', {});
    if (r.ok && seen === pushed.stage) set({ stage: r.value });
  },
  show: (slide) => stageCommand('projector:set', typeof slide === 'string' ? { slide } : slide, set),
  queue: (next) => stageCommand('projector:queue', { next }, set),
  switchNow: () => stageCommand('projector:switch', {}, set),
  // The key flips what the operator sees; the command says the target, so a retry cannot flip it back.
  toggleBlack: () => stageCommand('projector:black', { on: !(get().stage?.black ?? false) }, set),
  setTheme: (theme) => stageCommand('projector:theme', { theme }, set),
  // The page is computed here and sent as a state, so a retried command lands on the same page.
  turnPage: (by) => stageCommand('projector:page', { page: by === null ? null : turnedPage(get().stage?.onAir.page, by) }, set),
  setView: (view) => {
    pushed.view++;
    set({ view });
  },
  setStage: (stage) => {
    pushed.stage++;
    set({ stage });
  },
}));
