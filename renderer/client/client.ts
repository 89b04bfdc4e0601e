import type { CommandName, CommandInput, CommandOutput, EventName, EventPayload } from '../../shared/contract/channels';
import type { CongressBridge } from '../../shared/contract/bridge';
import type { Result } from '../../shared/contract/result';
import { createHttpBridge, takeToken } from './http-bridge';

/** The one client every feature uses, over whichever transport this window has. */
export interface Client {
  call<C extends CommandName>(channel: C, input: CommandInput<C>): Promise<Result<CommandOutput<C>>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Runs `listener` whenever the event stream (re)connects: re-read what events may have been missed. */
  onConnected(listener: () => void): () => void;
  bridge: CongressBridge;
}

export function createClient(bridge: CongressBridge): Client {
  return {
    bridge,
    call: (channel, input) => bridge.invoke(channel, input) as Promise<Result<never>>,
    on: (name, listener) =>
      bridge.subscribe((n, payload) => {
        if (n === name) listener(payload as never);
      }),
    onConnected: (listener) => bridge.onConnected?.(listener) ?? (() => {}),
  };
}

/** Electron's preload if present, else the browser host with the token from the URL. */
export function connect(): Client {
  if (window.congressDesk) return createClient(window.congressDesk);
  const token = takeToken(window.location, window.sessionStorage);
  if (!token) throw new Error('NO_TOKEN');
  return createClient(createHttpBridge(token));
}
