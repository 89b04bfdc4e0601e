import type { CommandName, CommandOutput } from '../../shared/contract/channels';
import type { CommandEnvelope } from '../../shared/contract/envelope';
import type { Result } from '../../shared/contract/result';
import type { AppState, CongressInfo } from '../../shared/contract/types';
import type { EngineListener } from '../engine/engine';

/**
 * What the desktop app's main process asks of the engine (main/electron: ipc.ts, menu-actions.ts,
 * lifecycle.ts). The engine runs in its own process; main holds an EngineProxy with this shape.
 * Everything is asynchronous: an answer crosses a process boundary.
 */
export interface EngineApi {
  /** The folder new files, the demo and the recent list live in: main knows it, it chose it. */
  readonly workspace: { readonly dir: string };
  invoke<C extends CommandName>(channel: C, input: unknown, envelope?: CommandEnvelope): Promise<Result<CommandOutput<C>>>;
  invoke(channel: string, input: unknown, envelope?: CommandEnvelope): Promise<Result<unknown>>;
  /** Every event the engine delivers, in its order, with its stamp (main/engine/event-log.ts). */
  on(listener: EngineListener): () => void;
  state(): Promise<AppState>;
  /** Engine.startUp: the last congress, or the demo on a first run; never throws for a file. */
  startUp(): Promise<CongressInfo | null>;
  /** Closes the congress (checkpointed into its file) and ends the engine; later calls are refused. */
  close(): Promise<void>;
}
