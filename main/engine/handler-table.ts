import type { z } from 'zod';
import type { CommandName, CommandOutput, commands } from '../../shared/contract/channels';

type Input<C extends CommandName> = z.output<(typeof commands)[C]['input']>;

/**
 * One handler per channel of the contract; the mapped type makes a missing one a compile error.
 * In its own file so that each group of handlers (agenda-, ballot-, vote-, backup-, export-handlers.ts)
 * and the table that joins them (handlers.ts) never import each other.
 */
export type Handlers = {
  [C in CommandName]: (input: Input<C>) => CommandOutput<C> | Promise<CommandOutput<C>>;
};

/** The backups:* and exports:* handlers hold the engine's file machinery, so engine.ts makes them and passes them in. */
export type FileHandlers = Pick<Handlers, Extract<CommandName, `backups:${string}` | `exports:${string}`>>;
