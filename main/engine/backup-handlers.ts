import { isAbsolute } from 'node:path';
import type { CommandName } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/result';
import { openBackupCopy, restoreBackup } from '../backup/restore';
import type { FileHandlerHost } from './handler-host';
import type { Handlers } from './handler-table';

type BackupChannel = Extract<CommandName, `backups:${string}`>;

/** The backup channels of the contract. */
export function createBackupHandlers(engine: FileHandlerHost): Pick<Handlers, BackupChannel> {
  return {
    'backups:list': (i) => engine.backups.list(i.congressPath ?? engine.context().path),
    'backups:create': async () => {
      engine.context(); // refuses clearly when nothing is open
      const copy = await engine.backups.snapshot('manual');
      if (!copy) throw AppError.of('NO_CONGRESS_OPEN', 'backup.closedBeforeCopy');
      return copy;
    },
    'backups:restore': (i) => restoreBackup(engine, i.file),
    'backups:openCopy': (i) => openBackupCopy(engine, i.congressPath, i.file),
    'backups:settings': () => engine.backups.settings.read(),
    'backups:setSettings': (i) => {
      if (i.secondFolder && !isAbsolute(i.secondFolder)) {
        throw AppError.of('INVALID_INPUT', 'backup.secondFolderNotAbsolute', { folder: i.secondFolder });
      }
      const next = engine.backups.settings.write(i);
      engine.backups.restartTimer();
      return next;
    },
  };
}
