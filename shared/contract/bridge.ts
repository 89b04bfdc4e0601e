import type { CommandName, EventName } from './channels';
import type { Result } from './result';

export type EventListener = (name: EventName, payload: unknown) => void;

/**
 * What a window's preload exposes (Actual's `window.Actual`): named functions only, never
 * ipcRenderer itself. The browser host's client implements the same shape over HTTP.
 */
export interface CongressBridge {
  invoke(channel: CommandName, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: EventListener): () => void;
  /** Native file dialogs exist only in the desktop shell. */
  dialogs?: {
    chooseCongressToOpen(): Promise<string | null>;
    chooseCongressToCreate(defaultName: string): Promise<string | null>;
  };
}

declare global {
  interface Window {
    congressDesk?: CongressBridge;
  }
}
