import type { CommandName } from '../../shared/contract/channels';
import { nextStep, previousStep, goToStep } from '../services/agenda-run-service';
import { addStep, applyTemplate, editStep, moveStep, removeStep } from '../services/agenda-service';
import { agendaState } from '../services/agenda-state';
import { findTemplate, listTemplates } from '../services/agenda-templates';
import type { CongressContext } from '../services/context';
import { addSpeaker, callNextSpeaker, callSpeaker, editSpeaker, moveSpeaker, removeSpeaker, markSpoken } from '../services/speaker-service';
import { pauseTimer, resetTimer, startTimer, updateTimerSettings } from '../services/timer-service';
import type { Handlers } from './handler-table';

type AgendaChannel = Extract<CommandName, `agenda:${string}` | `speakers:${string}` | `timer:${string}`>;

/** The agenda, speaker and countdown channels. Templates also come from the workspace folder. */
export function createAgendaHandlers(ctx: () => CongressContext, workspaceDir: () => string): Pick<Handlers, AgendaChannel> {
  return {
    'agenda:get': () => agendaState(ctx()),
    'agenda:templates': () => listTemplates(workspaceDir()),
    'agenda:applyTemplate': (i) => applyTemplate(ctx(), i.template ?? findTemplate(i.templateId!, workspaceDir()), i.replace ?? false),
    'agenda:addStep': ({ afterId, ...step }) => addStep(ctx(), step, afterId),
    'agenda:updateStep': ({ id, ...patch }) => editStep(ctx(), id, patch),
    'agenda:moveStep': (i) => moveStep(ctx(), i.id, i.toIndex),
    'agenda:removeStep': (i) => (removeStep(ctx(), i.id, i.reason || null), null),
    'agenda:next': () => nextStep(ctx()),
    'agenda:previous': () => previousStep(ctx()),
    'agenda:goTo': (i) => goToStep(ctx(), i.id),
    'speakers:add': ({ stepId, ...s }) => addSpeaker(ctx(), stepId, s),
    'speakers:update': ({ id, ...patch }) => editSpeaker(ctx(), id, patch),
    'speakers:move': (i) => moveSpeaker(ctx(), i.id, i.toIndex),
    'speakers:remove': (i) => removeSpeaker(ctx(), i.id),
    'speakers:callNext': () => callNextSpeaker(ctx()),
    'speakers:call': (i) => callSpeaker(ctx(), i.id),
    'speakers:markSpoken': (i) => markSpoken(ctx(), i.id, i.spoken),
    'timer:start': (i) => startTimer(ctx(), i.seconds),
    'timer:pause': () => pauseTimer(ctx()),
    'timer:reset': (i) => resetTimer(ctx(), i.seconds),
    'timer:settings': (i) => updateTimerSettings(ctx(), i),
  };
}
