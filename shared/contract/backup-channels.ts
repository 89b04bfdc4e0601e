import { z } from 'zod';
import { congressInfoSchema } from './schemas';
import { backupInfoSchema } from './backup-info';
import { appErrorSchema } from './error-schema';

export {
  BACKUP_REASONS,
  type BackupContents,
  type BackupInfo,
  type BackupReason,
  backupContentsSchema,
  backupInfoSchema,
} from './backup-info';

export const backupSettingsSchema = z.object({
  /** A second folder (a USB stick) that receives every copy too; null = beside the file only. */
  secondFolder: z.string().max(4096).nullable(),
  intervalMinutes: z.number().int().min(1).max(120),
});

export const backupListSchema = z.object({
  congressPath: z.string(),
  folder: z.string(),
  secondFolder: z.string().nullable(),
  /** The last copy to the second folder failed (stick unplugged…): shown so someone looks. */
  secondFolderError: appErrorSchema.nullable(),
  /** The last copy beside the file failed (disk full, folder not writable): shown until one succeeds. */
  lastError: appErrorSchema.nullable(),
  copies: z.array(backupInfoSchema),
});

const path = z.string().min(1).max(4096);

/** Backups and recovery, merged into the one contract map in channels.ts. */
export const backupCommands = {
  /** The copies of the open congress, or of a file that would not open (`congressPath`). */
  'backups:list': { input: z.object({ congressPath: path.optional() }).strict(), output: backupListSchema },
  'backups:create': { input: z.object({}).strict(), output: backupInfoSchema },
  /** Replaces the open congress by a copy; the current file is kept aside first, never deleted. */
  'backups:restore': { input: z.object({ file: path }).strict(), output: congressInfoSchema },
  /** For a file that would not open: opens a new file made from its copy; the original is untouched. */
  'backups:openCopy': { input: z.object({ congressPath: path, file: path }).strict(), output: congressInfoSchema },
  'backups:settings': { input: z.object({}).strict(), output: backupSettingsSchema },
  'backups:setSettings': { input: backupSettingsSchema.partial().strict(), output: backupSettingsSchema },
} as const;

export type BackupSettings = z.output<typeof backupSettingsSchema>;
export type BackupList = z.output<typeof backupListSchema>;
