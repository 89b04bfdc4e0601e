import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BackupSettings, backupSettingsSchema } from '../../shared/contract/backup-channels';

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { secondFolder: null, intervalMinutes: 5 };

/**
 * Kept in the workspace, not in the congress file: a USB stick's drive letter belongs to this
 * laptop, and a restored copy must not bring back an old setting.
 */
export class BackupSettingsStore {
  constructor(private readonly workspaceDir: string) {}

  private get path(): string {
    return join(this.workspaceDir, 'backup-settings.json');
  }

  read(): BackupSettings {
    if (!existsSync(this.path)) return { ...DEFAULT_BACKUP_SETTINGS };
    try {
      const parsed = backupSettingsSchema.partial().safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return { ...DEFAULT_BACKUP_SETTINGS, ...(parsed.success ? parsed.data : {}) };
    } catch {
      return { ...DEFAULT_BACKUP_SETTINGS }; // a damaged settings file must not stop the backups
    }
  }

  write(patch: Partial<BackupSettings>): BackupSettings {
    const next = { ...this.read(), ...patch };
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.path);
    return next;
  }
}
