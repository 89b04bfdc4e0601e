import { z } from 'zod';
import { documentSettingsSchema, exportProgressSchema, exportRequestSchema, exportResultSchema } from './export-schemas';

/** Documents and exports, merged into the one contract map in channels.ts. */
export const exportCommands = {
  'exports:settings': { input: z.object({}).strict(), output: documentSettingsSchema },
  'exports:saveSettings': { input: documentSettingsSchema.partial().strict(), output: documentSettingsSchema },
  /** Reads the congress (never writes it) and writes the document(s); progress arrives as events. */
  'exports:run': { input: exportRequestSchema, output: exportResultSchema },
} as const;

export const exportEvents = {
  'exports:progress': exportProgressSchema,
} as const;
