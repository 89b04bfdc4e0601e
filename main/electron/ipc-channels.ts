import type { EventStamp } from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import type { LocalRole } from '../../shared/contract/roles';
import type { MessageParams, SharedKey } from '../../shared/i18n/translator';

/**
 * IPC names beyond the command channels themselves (which are the contract's names). Pure: the
 * preloads bundle this file, and a sandboxed preload may require nothing but 'electron'.
 */
export const EVENT_CHANNEL = 'congress-desk:event';
export const DIALOG_OPEN_CHANNEL = 'dialog:openCongress';
export const DIALOG_CREATE_CHANNEL = 'dialog:createCongress';
export const DIALOG_CHANNELS = [DIALOG_OPEN_CHANNEL, DIALOG_CREATE_CHANNEL] as const;

/** The app's windows are the laptop's local roles (shared/contract/roles.ts). */
export type WindowRole = LocalRole;

/** What `webContents.send(EVENT_CHANNEL, …)` carries: the event and its number in the engine's run. */
export interface EventMessage extends EventStamp {
  name: string;
  payload: unknown;
}

/** A refused call answers like any failed command, so the renderer has one error path. */
export function refused(key: SharedKey, params?: MessageParams): Result<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', key, ...(params ? { params } : {}) } };
}

/** A channel outside the contract (the file dialogs) that only the operator's window may use. */
export function operatorOnly(role: WindowRole, channel: string): Result<never> {
  return refused('role.mayNotUse', { role, channel });
}

/** The preload's own fence: a channel this window's bridge was not built with. */
export function notAllowedHere(channel: string): Result<never> {
  return refused('window.notAllowedHere', { channel });
}

export function unknownSender(channel: string): Result<never> {
  return refused('window.unknownSender', { channel });
}
