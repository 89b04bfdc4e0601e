/**
 * An error as it crosses the contract inside a value (the start-up problem, a backup that failed):
 * the same shape as `Result`'s error, a code, a catalog key and parameters, never prose.
 */
import { z } from 'zod';
import { isSharedKey, type SharedKey } from '../i18n/translator';
import { ERROR_CODES } from './result';

/** A message's parameters: numbers stay numbers, so each language formats them its own way. */
export const messageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  key: z.custom<SharedKey>((v) => typeof v === 'string' && isSharedKey(v)).optional(),
  params: messageParamsSchema.optional(),
  details: z.unknown().optional(),
});

/** One thing wrong, by key (shared/i18n/translator.ts `KeyedProblem`): a vote's counts that do not add up. */
export const keyedProblemSchema = z.object({
  key: z.custom<SharedKey>((v) => typeof v === 'string' && isSharedKey(v)),
  params: messageParamsSchema.optional(),
});
