/**
 * SQLite's full `PRAGMA integrity_check`: every page and b-tree, and also every index against its
 * table, which `quick_check` skips. An index that lost an entry still reads back page by page, yet
 * a count that walks it misses the paper without a word (119 papers of 120). So the full check
 * runs when a file is opened (file-checks.ts) and before every command whose result becomes
 * official or leaves the app (main/engine/handlers.ts, INTEGRITY_CHECKED). Its cost at national
 * size is printed by `npm run bench`.
 */
import { AppError } from '../../shared/contract/result';
import type { DB } from './db';
import { integrityProblems } from './file-checks';

/** What a refused command would have done, by catalog key (shared/i18n/vi-files.ts `purpose.*`). */
export type PurposeKey = 'endCount' | 'handCount' | 'tally' | 'publish' | 'finalize' | 'export';

/**
 * Refuses a command before it runs when the open file fails the check: nothing is counted,
 * published or exported from a file that may be missing part of what was entered.
 */
export function assertIntact(db: DB, path: string, purpose: PurposeKey): void {
  const problems = integrityProblems(db);
  if (problems.length === 0) return;
  const detail = problems.join('; ');
  throw AppError.of('FILE_DAMAGED', 'integrity.damaged', { path, detail, purpose }, { detail, problems });
}
