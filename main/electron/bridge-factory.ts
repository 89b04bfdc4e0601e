import type { CongressBridge, EventListener } from '../../shared/contract/bridge';
import type { CommandName, EventName } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import {
  DIALOG_CREATE_CHANNEL,
  DIALOG_OPEN_CHANNEL,
  EVENT_CHANNEL,
  type EventMessage,
  notAllowedHere,
} from './ipc-channels';

/** The slice of `ipcRenderer` a bridge needs; tests pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface BridgeOptions {
  /** Channels this window may call; anything else is refused here, before IPC. */
  commands: readonly CommandName[];
  /** Events handed to subscribers; main already filters, this is the second fence. */
  events: readonly EventName[];
  /** Native file dialogs: the operator's window only. */
  dialogs: boolean;
}

function failed(error: unknown): Result<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: { code: 'INTERNAL', message: `Không gọi được tiến trình chính: ${detail}`, messageEn: `The main process could not be reached: ${detail}` },
  };
}

function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && typeof (value as EventMessage).name === 'string';
}

/**
 * Builds what a preload exposes as `window.congressDesk`: plain named functions over ipcRenderer,
 * never ipcRenderer itself, and never the IPC event object (its `sender` is ipcRenderer).
 */
export function createBridge(ipc: IpcRendererLike, options: BridgeOptions): CongressBridge {
  const allowedCommands = new Set<string>(options.commands);
  const allowedEvents = new Set<string>(options.events);
  const listeners = new Set<EventListener>();

  // One IPC listener for all subscribers: no MaxListeners warnings, nothing to leak per subscribe.
  ipc.on(EVENT_CHANNEL, (_event, message) => {
    if (!isEventMessage(message) || !allowedEvents.has(message.name)) return;
    for (const listener of listeners) {
      try {
        listener(message.name as EventName, message.payload);
      } catch (error) {
        console.error('[congress-desk] event listener failed', error);
      }
    }
  });

  const bridge: CongressBridge = {
    invoke(channel, input) {
      if (!allowedCommands.has(channel)) return Promise.resolve(notAllowedHere(channel));
      return (ipc.invoke(channel, input) as Promise<Result<unknown>>).catch(failed);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  if (!options.dialogs) return Object.freeze(bridge);

  const unwrap = async (channel: string, ...args: unknown[]): Promise<string | null> => {
    const result = (await ipc.invoke(channel, ...args)) as Result<string | null>;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return Object.freeze({
    ...bridge,
    dialogs: Object.freeze({
      chooseCongressToOpen: () => unwrap(DIALOG_OPEN_CHANNEL),
      chooseCongressToCreate: (defaultName: string) => unwrap(DIALOG_CREATE_CHANNEL, defaultName),
    }),
  });
}
