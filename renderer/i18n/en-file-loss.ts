import type { EnglishOf } from './plural';
import type { viFileLoss } from './vi-file-loss';

export const enFileLoss: EnglishOf<typeof viFileLoss> = {
  'fileLost.title': 'The congress file is no longer where it was',
  'fileLost.deleted': '"{path}" was deleted or moved away while the app was running.',
  'fileLost.replaced': '"{path}" was replaced by another file while the app was running.',
  'fileLost.overwritten': '"{path}" was written over by another program while the app was running.',
  'fileLost.walRemoved': 'The write-ahead log "{path}-wal" was deleted while the app was running.',
  'fileLost.stopped': 'The app has stopped writing: nothing more is acknowledged until a file is opened.',
  'fileLost.copy': 'Everything acknowledged until now is saved in the emergency copy: {copy}',
  'fileLost.noCopy': 'The emergency copy could not be written ({error}). Open the latest backup (File ▸ Backups and restore).',
  'fileLost.openCopy': 'Open the emergency copy and go on',
};
