/**
 * What a backup copy is, in a file of its own: the backup channels and the file-recovery events
 * (wal-recovery.ts, which the shared schemas take in) both describe copies, and neither imports the other.
 */
import { z } from 'zod';

/** Why a copy was made: shown in the list, and rotation keeps milestones longer than routine copies. */
export const BACKUP_REASONS = ['auto', 'milestone', 'close', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupContentsSchema = z.object({
  delegates: z.number().int(),
  checkIns: z.number().int(),
  ballots: z.number().int(),
  papers: z.number().int(),
  lastAudit: z.object({ at: z.string(), action: z.string() }).nullable(),
});

export const backupInfoSchema = z.object({
  file: z.string(),
  name: z.string(),
  folder: z.enum(['primary', 'second']),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int(),
  /** False when this app cannot open the copy (damaged, newer schema…); `problem` says why. */
  usable: z.boolean(),
  problem: z.string().nullable(),
  contents: backupContentsSchema.nullable(),
});

export type BackupInfo = z.output<typeof backupInfoSchema>;
export type BackupContents = z.output<typeof backupContentsSchema>;
