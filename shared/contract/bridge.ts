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
  /**
   * Called each time the event stream (re)connects. Over the browser host, events sent while the
   * socket was down (page still loading, host restarted) are lost, so the window re-reads its state.
   * Electron's IPC never drops events and leaves this out.
   */
  onConnected?(listener: () => void): () => void;
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
