import type { CongressInfo } from '../../shared/contract/types';
import type { BackupInfo } from '../../shared/contract/backup-channels';
import type { BackupManager } from '../backup/backup-manager';
import type { DB } from '../db/db';
import { walLossOf } from '../db/wal-loss';

/** Looked up once per opened file: inspecting every copy on each app:state would be work thrown away. */
const offered = new WeakMap<DB, BackupInfo | null>();

/**
 * The congress as every window is told of it, with what its damaged log lost when it was opened
 * (main/db/wal-loss.ts) and the newest copy that opens, which may still hold some of that.
 */
export function withOpenNotice(info: CongressInfo, db: DB, backups: BackupManager): CongressInfo {
  const loss = walLossOf(db);
  if (!loss) return info;
  if (!offered.has(db)) offered.set(db, backups.latestUsable(info.path));
  return { ...info, walRecovery: { ...loss, latestBackup: offered.get(db) ?? null } };
}
