import type { EventStamp } from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import { ROLE_NAMES, type LocalRole } from '../../shared/contract/roles';

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
export function refused(message: string, messageEn: string): Result<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', message, messageEn } };
}

/** A channel outside the contract (the file dialogs) that only the operator's window may use. */
export function operatorOnly(role: WindowRole, channel: string): Result<never> {
  const who = ROLE_NAMES[role];
  return refused(`${who.vi} không được dùng lệnh «${channel}».`, `${who.en} may not use ${channel}.`);
}

/** The preload's own fence: a channel this window's bridge was not built with. */
export function notAllowedHere(channel: string): Result<never> {
  return refused(`Cửa sổ này không được dùng lệnh: ${channel}`, `This window may not use this command: ${channel}`);
}

export function unknownSender(channel: string): Result<never> {
  return refused(
    `Lệnh ${channel} bị từ chối: không gửi từ cửa sổ của ứng dụng.`,
    `${channel} refused: it did not come from one of the app's windows.`,
  );
}
