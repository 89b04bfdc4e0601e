import type { EnglishOf } from './plural';
import type { viWalRecovery } from './vi-wal-recovery';

export const enWalRecovery: EnglishOf<typeof viWalRecovery> = {
  'walRecovery.title': 'The file opened, but part of the latest work was lost',
  'walRecovery.what':
    'The write-ahead log (-wal) of "{path}" was damaged (a failing disk or a power loss). The app kept everything written before the damage, up to the command at {lastKept}.',
  'walRecovery.whatHeader':
    'The header of the write-ahead log (-wal) of "{path}" was damaged (a failing disk or a power loss): nothing written in that log could be kept.',
  'walRecovery.lost_one': '{count} acknowledged command after that point is NOT in the file. Do it again:',
  'walRecovery.lost_other': '{count} acknowledged commands after that point are NOT in the file. Do these again:',
  'walRecovery.more': '… and {n} more (see the evidence copy).',
  'walRecovery.unnamed': 'The lost commands could not be read ({error}). Compare with the paper check-in list and the ballot papers.',
  'walRecovery.evidence': 'Exact copies of the file and its log as found are kept in: {folder}',
  'walRecovery.backup': 'Latest usable backup: made at {when} ({contents}). It may still hold part of what was lost.',
  'walRecovery.noBackup': 'No usable backup yet.',
  'walRecovery.ok': 'Understood, I will redo them',
};
