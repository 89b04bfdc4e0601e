/**
 * SQLite's full `PRAGMA integrity_check`: every page and b-tree, and also every index against its
 * table, which `quick_check` skips. An index that lost an entry still reads back page by page, yet
 * a count that walks it misses the paper without a word (119 papers of 120). So the full check
 * runs when a file is opened (file-checks.ts) and before every command whose result becomes
 * official or leaves the app (main/engine/handlers.ts, INTEGRITY_CHECKED). Its cost at national
 * size is printed by `npm run bench`.
 */
import { AppError } from '../../shared/contract/result';
import type { DB } from './connection';
import { integrityProblems } from './file-checks';

/** What a refused command would have done, in both languages: «kết thúc kiểm phiếu» / "end the count". */
export type CommandPurpose = readonly [vi: string, en: string];

/**
 * Refuses a command before it runs when the open file fails the check: nothing is counted,
 * published or exported from a file that may be missing part of what was entered.
 */
export function assertIntact(db: DB, path: string, purpose: CommandPurpose): void {
  const problems = integrityProblems(db);
  if (problems.length === 0) return;
  const [vi, en] = purpose;
  const detail = problems.join('; ');
  throw new AppError(
    'FILE_DAMAGED',
    `Tệp đại hội «${path}» bị hỏng (kiểm tra toàn vẹn phát hiện: ${detail}). Chưa ${vi}: không có gì được kiểm, công bố hay xuất ra, tệp không bị thay đổi. Hãy mở bản sao lưu gần nhất (Tệp ▸ Sao lưu và khôi phục) rồi làm lại.`,
    `The congress file "${path}" is damaged (the integrity check found: ${detail}). Did not ${en}: nothing was counted, published or exported, and the file was not changed. Open the latest backup (File ▸ Backups and restore) and do it again.`,
    { detail, problems },
  );
}
