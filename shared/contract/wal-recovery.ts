import { z } from 'zod';
// Type only: backup-channels imports schemas.ts, which imports this file; a value import would be a cycle.
import type { BackupInfo } from './backup-info';

/** One command found in the damaged log but not in the file as it opened: to be done again. */
export const lostCommandSchema = z.object({
  at: z.string(),
  action: z.string(),
  /** «Điểm danh DB012 – Nguyễn Văn An» */
  text: z.string(),
  textEn: z.string(),
});

/**
 * The file opened, but its write-ahead log was damaged (a flipped bit, a bad sector): SQLite kept
 * what came before the damage and dropped the rest. Carried by `congress:open`, `congress:changed`
 * and `app:state` while that file stays open, so every window can tell the operator what to redo.
 */
export const walRecoverySchema = z.object({
  /** `header`: the log's header was damaged, so nothing in it was kept. */
  where: z.enum(['header', 'frame']),
  /** Committed transactions SQLite could not recover (each command is one). */
  lostTransactions: z.number().int(),
  /** Transactions of the log that were recovered. */
  keptTransactions: z.number().int(),
  /** The last thing the opened file holds: the point after which work was lost. */
  lastKept: z.object({ at: z.string(), action: z.string() }).nullable(),
  /** Read from a forensic copy of the log with its checksums recomputed; at most 500 listed. */
  lostCommands: z.array(lostCommandSchema),
  lostCommandCount: z.number().int(),
  /** Why the lost commands could not be read (then only their number is known). */
  forensicError: z.string().nullable(),
  /** Beside the file: exact copies of the file and its log as they were found, before SQLite touched them. */
  evidenceFolder: z.string(),
  detectedAt: z.string(),
  /** The newest copy that opens: it may still hold some of what was lost. */
  latestBackup: z.custom<BackupInfo>((v) => typeof v === 'object' && v !== null).nullable(),
});

export type WalRecovery = z.output<typeof walRecoverySchema>;
export type LostCommand = z.output<typeof lostCommandSchema>;
