/**
 * What the command table (handlers.ts) needs of the engine. Declared in its own file so that
 * engine.ts and handlers.ts do not import each other: the engine builds the table, the table
 * only sees this. The backups:* and exports:* handlers see a little more (FileHandlerHost): engine.ts
 * builds them and hands them over (FileHandlers in handler-table.ts).
 */
import type { AppState, CongressInfo } from '../../shared/contract/types';
import type { BackupManager } from '../backup/backup-manager';
import type { EventName, EventPayload } from '../../shared/contract/channels';
import type { CongressContext } from '../services/context';

export interface HandlerHost {
  readonly workspace: { readonly dir: string };
  readonly backups: Pick<BackupManager, 'offerOnFailure'>;
  context(): CongressContext;
  state(): AppState;
  create(name: string, path?: string): CongressInfo;
  open(path: string): CongressInfo;
  openDemo(): CongressInfo;
  close(): null;
}

/** What the backups:* and exports:* handlers need besides: the whole backup manager, the clock, events sent at once. */
export interface FileHandlerHost extends Omit<HandlerHost, 'backups'> {
  readonly backups: BackupManager;
  now(): string;
  notifyNow<E extends EventName>(name: E, payload: EventPayload<E>): void;
}
