import type { z } from 'zod';
import type { projectedAgendaSchema } from '../../shared/contract/agenda-schemas';
import { getSession } from '../db/congress';
import { speakingNow, stepSpeakers } from '../db/speakers';
import { agendaSteps, currentStepId, storedTimer } from './agenda-state';
import type { CongressContext } from './context';
import { AGENDA_SLIDES, type SlideRef } from '../../shared/domain/projector';

export type ProjectedAgenda = z.output<typeof projectedAgendaSchema>;

/** What the agenda slides read: titles and times, never the operator's notes. */
export function projectedAgenda(ctx: CongressContext): ProjectedAgenda {
  const steps = agendaSteps(ctx);
  const currentId = currentStepId(ctx);
  const current = steps.find((s) => s.id === currentId);
  const speaking = speakingNow(ctx.db);
  const waiting = current ? stepSpeakers(ctx.db, current.id).filter((s) => s.state === 'waiting') : [];
  return {
    steps: steps.map((s) => ({
      id: s.id,
      title: s.title,
      presenter: s.presenter,
      kind: s.kind,
      progress: s.progress,
      plannedStart: s.schedule.plannedStart,
    })),
    currentStep: current
      ? {
          id: current.id,
          title: current.title,
          presenter: current.presenter,
          kind: current.kind,
          sessionTitle: current.sessionId === null ? null : (getSession(ctx.db, current.sessionId)?.title ?? null),
        }
      : null,
    speaker: speaking ? { name: speaking.name, organisation: speaking.organisation, topic: speaking.topic } : null,
    nextSpeaker: waiting[0]?.name ?? null,
    timer: storedTimer(ctx),
    now: ctx.now(),
  };
}

const agendaSource = { view: (ctx: CongressContext) => ({ agenda: projectedAgenda(ctx) }) };

/** The agenda slides read the agenda as it stands; they follow the step under way. */
export const AGENDA_SLIDE_SOURCES: Record<(typeof AGENDA_SLIDES)[number], { view(ctx: CongressContext): { agenda: ProjectedAgenda } }> = {
  agenda: agendaSource,
  agenda_step: agendaSource,
  speaker: agendaSource,
  countdown: agendaSource,
};

/** An agenda change redraws the wall only when an agenda slide is on it. */
export function agendaOnWall(ref: SlideRef): boolean {
  return (AGENDA_SLIDES as readonly string[]).includes(ref.slide);
}
