import type { z } from 'zod';
import type {
  appStateSchema,
  congressInfoSchema,
  congressSessionSchema,
  congressSettingsSchema,
  projectorStageSchema,
  projectorViewSchema,
  rosterPreviewSchema,
} from './schemas';
import type { fileLossKindSchema, fileLossSchema } from './file-loss';

export type CongressSettings = z.output<typeof congressSettingsSchema>;
export type CongressSession = z.output<typeof congressSessionSchema>;
export type CongressInfo = z.output<typeof congressInfoSchema>;
export type AppState = z.output<typeof appStateSchema>;
export type ProjectorView = z.output<typeof projectorViewSchema>;
export type ProjectorStage = z.output<typeof projectorStageSchema>;
export type RosterPreviewData = z.output<typeof rosterPreviewSchema>;
export type FileLoss = z.output<typeof fileLossSchema>;
export type FileLossKind = z.output<typeof fileLossKindSchema>;
export type { LostCommand, WalRecovery } from './wal-recovery';
