import { z } from 'zod';

/**
 * The open congress file was taken away under the running app. `deleted` covers a move too (the
 * path no longer names it); `replaced`: another file now stands at the path; `overwritten`:
 * someone wrote into the file itself (a copy onto it); `wal_removed`: its write-ahead log, which
 * holds the latest commands, was deleted.
 */
export const FILE_LOSS_KINDS = ['deleted', 'replaced', 'overwritten', 'wal_removed'] as const;
export const fileLossKindSchema = z.enum(FILE_LOSS_KINDS);

export const fileLossSchema = z.object({
  kind: fileLossKindSchema,
  path: z.string(),
  detectedAt: z.string(),
  /** Everything acknowledged until the loss, written from the open connection; null if that failed. */
  emergencyCopy: z.string().nullable(),
  /** Why the emergency copy could not be written (then the backups are the way back). */
  emergencyError: z.string().nullable(),
});
