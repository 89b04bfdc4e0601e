import type { CommandName, EventName } from './channels';
import type { CommandMeta, EventStamp } from './envelope';
import type { Result } from './result';

/** `stamp`: the event's number in the engine's run (shared/contract/envelope.ts), when the transport passes it. */
export type EventListener = (name: EventName, payload: unknown, stamp?: EventStamp) => void;

/**
 * What a window's preload exposes (Actual's `window.Actual`): named functions only, never
 * ipcRenderer itself. The browser host's client implements the same shape over HTTP.
 */
export interface CongressBridge {
  /** `meta.requestId` travels beside the input (an IPC argument, an HTTP header), never inside it. */
  invoke(channel: CommandName, input: unknown, meta?: CommandMeta): Promise<Result<unknown>>;
  subscribe(listener: EventListener): () => void;
  /**
   * Called when the window must re-read its state: the event stream (re)connected without knowing
   * what it missed, or the engine said the gap is too old or from another run (docs/command-path.md).
   * A stream that resumed with the missed events does not call it. `position`: where the engine's
   * numbering stands, when known. Electron's IPC never drops events and leaves this out.
   */
  onReread?(listener: (position?: EventStamp) => void): () => void;
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
