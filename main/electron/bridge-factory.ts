import type { CongressBridge, EventListener } from '../../shared/contract/bridge';
import type { CommandName, EventName } from '../../shared/contract/channels';
import { connectionLost } from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import { DIALOG_CREATE_CHANNEL, DIALOG_OPEN_CHANNEL, EVENT_CHANNEL, type EventMessage, notAllowedHere } from './ipc-channels';

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

/** No answer from main (a handler not there yet, a reload): the client may retry with the same request id. */
function failed(error: unknown): Result<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: connectionLost('link.mainUnreachable', { detail }) };
}

function isEventMessage(value: unknown): value is EventMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as EventMessage;
  return typeof m.name === 'string' && typeof m.runId === 'string' && Number.isInteger(m.seq);
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
        listener(message.name as EventName, message.payload, { runId: message.runId, seq: message.seq });
      } catch (error) {
        console.error('[congress-desk] event listener failed', error);
      }
    }
  });

  const bridge: CongressBridge = {
    invoke(channel, input, meta) {
      if (!allowedCommands.has(channel)) return Promise.resolve(notAllowedHere(channel));
      // Only the request id crosses beside the input: main fills in who is calling from the window.
      const sent = meta?.requestId === undefined ? ipc.invoke(channel, input) : ipc.invoke(channel, input, { requestId: meta.requestId });
      return (sent as Promise<Result<unknown>>).catch(failed);
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
    // the preload carries no catalog: the code and key say what was refused
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.key ?? ''}`.trim());
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
