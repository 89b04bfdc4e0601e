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

export type CongressSettings = z.output<typeof congressSettingsSchema>;
export type CongressSession = z.output<typeof congressSessionSchema>;
export type CongressInfo = z.output<typeof congressInfoSchema>;
export type AppState = z.output<typeof appStateSchema>;
export type ProjectorView = z.output<typeof projectorViewSchema>;
export type ProjectorStage = z.output<typeof projectorStageSchema>;
export type RosterPreviewData = z.output<typeof rosterPreviewSchema>;
