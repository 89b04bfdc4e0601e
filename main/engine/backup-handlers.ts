import { isAbsolute } from 'node:path';
import type { CommandName } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/result';
import { openBackupCopy, restoreBackup } from '../backup/restore';
import type { Engine } from './engine';
import type { Handlers } from './handlers';

type BackupChannel = Extract<CommandName, `backups:${string}`>;

/** The backup channels of the contract. */
export function createBackupHandlers(engine: Engine): Pick<Handlers, BackupChannel> {
  return {
    'backups:list': (i) => engine.backups.list(i.congressPath ?? engine.context().path),
    'backups:create': async () => {
      engine.context(); // refuses clearly when nothing is open
      const copy = await engine.backups.snapshot('manual');
      if (!copy) throw new AppError('NO_CONGRESS_OPEN', 'Đại hội đã đóng trước khi sao lưu xong.', 'The congress was closed before the copy finished.');
      return copy;
    },
    'backups:restore': (i) => restoreBackup(engine, i.file),
    'backups:openCopy': (i) => openBackupCopy(engine, i.congressPath, i.file),
    'backups:settings': () => engine.backups.settings.read(),
    'backups:setSettings': (i) => {
      if (i.secondFolder && !isAbsolute(i.secondFolder)) {
        throw new AppError(
          'INVALID_INPUT',
          `Thư mục thứ hai cần là đường dẫn đầy đủ (ví dụ E:\\SaoLuu hoặc /media/usb/SaoLuu), nhận «${i.secondFolder}».`,
          `The second folder must be a full path (e.g. E:\\Backups or /media/usb/Backups), got "${i.secondFolder}".`,
        );
      }
      const next = engine.backups.settings.write(i);
      engine.backups.restartTimer();
      return next;
    },
  };
}
