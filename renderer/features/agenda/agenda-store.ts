import { create } from 'zustand';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract/channels';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';

export type AgendaState = CommandOutput<'agenda:get'>;
export type AgendaStep = AgendaState['steps'][number];
export type Speaker = AgendaState['speakers'][number];
export type TemplateSummary = CommandOutput<'agenda:templates'>[number];

/** What the step editor is doing: nothing, a new step (after the selected one), or editing one. */
export type Editing = null | { mode: 'new'; afterId: number | null } | { mode: 'edit'; id: number };

export interface AgendaStore {
  state: AgendaState | null;
  templates: TemplateSummary[];
  selectedId: number | null;
  editing: Editing;
  load(): Promise<void>;
  loadTemplates(): Promise<void>;
  select(id: number | null): void;
  /** Moves the selection by `delta` rows (↑/↓). */
  step(delta: number): void;
  edit(editing: Editing): void;
  /** Runs a command; an error goes to the notice bar and nothing changes. Answers the value or null. */
  run<C extends CommandName>(name: C, input: CommandInput<C>): Promise<CommandOutput<C> | null>;
}

export const getInitialAgendaState = () => ({
  state: null as AgendaState | null,
  templates: [] as TemplateSummary[],
  selectedId: null as number | null,
  editing: null as Editing,
});

/** The agenda screen's cache of `agenda:get`, refreshed on every `agenda:changed`. */
export const useAgenda = create<AgendaStore>((set, get) => ({
  ...getInitialAgendaState(),
  async load() {
    const r = await client().call('agenda:get', {});
    if (!r.ok) return useApp.getState().fail(r.error);
    const { selectedId, state: before } = get();
    const stillThere = r.value.steps.some((s) => s.id === selectedId);
    // The selection follows the step under way: when the meeting moves on, so does the selection
    // (and with it the speakers shown); otherwise it stays where the operator put it.
    const moved = before !== null && before.currentStepId !== r.value.currentStepId && r.value.currentStepId !== null;
    const fallback = r.value.currentStepId ?? r.value.steps[0]?.id ?? null;
    set({ state: r.value, selectedId: moved ? r.value.currentStepId : stillThere ? selectedId : fallback });
  },
  async loadTemplates() {
    const r = await client().call('agenda:templates', {});
    if (r.ok) set({ templates: r.value });
  },
  select: (id) => set({ selectedId: id }),
  step(delta) {
    const steps = get().state?.steps ?? [];
    if (steps.length === 0) return;
    const at = steps.findIndex((s) => s.id === get().selectedId);
    const next = Math.max(0, Math.min(steps.length - 1, at < 0 ? 0 : at + delta));
    set({ selectedId: steps[next]!.id });
  },
  edit: (editing) => set({ editing }),
  async run(name, input) {
    const r = await client().call(name, input);
    if (!r.ok) {
      useApp.getState().fail(r.error);
      return null;
    }
    return r.value;
  },
}));

/** The live keys work from every screen, so they go straight to the engine. */
export async function agendaCommand(name: 'agenda:next' | 'agenda:previous' | 'speakers:callNext' | 'timer:reset'): Promise<void> {
  await useAgenda.getState().run(name, {});
}

/** Start when stopped or paused, pause when running. */
export async function toggleTimer(): Promise<void> {
  const r = await client().call('agenda:get', {});
  if (!r.ok) return useApp.getState().fail(r.error);
  await useAgenda.getState().run(r.value.timer.state === 'running' ? 'timer:pause' : 'timer:start', {});
}
