/**
 * Why the congress used last did not reopen at start-up, said to the operator instead of opening
 * the demo in its place (the demo's delegate codes overlap real rosters: check-ins would go to the
 * wrong congress). It names the file and the reason, and carries what the home screen offers: the
 * file itself (try again) and its newest usable copy (docs/backups.md, "Khi khởi động").
 */
import type { BackupInfo } from '../../shared/contract/backup-channels';
import { AppError, type AppErrorData, type ErrorCode } from '../../shared/contract/result';
import { formatDateTime } from '../../shared/domain/format';
import type { RestoreNote, RestoreOutcome } from './restore-marker';

export interface ReopenProblemDetails {
  congressPath: string;
  /** The refusal's own code (FILE_LOCKED, FILE_DAMAGED…), or RESTORE_INTERRUPTED. */
  reason: ErrorCode;
  latestBackup?: BackupInfo;
  restore?: { outcome: RestoreOutcome; copy: string | null; aside: string | null };
}

const REASONS: Partial<Record<ErrorCode, { vi: string; en: string }>> = {
  FILE_LOCKED: {
    vi: 'tệp đang được mở ở một Congress Desk khác đang chạy (hoặc một chương trình khác)',
    en: 'it is open in another running Congress Desk (or another program)',
  },
  FILE_NOT_FOUND: {
    vi: 'không còn tệp ở đó (đã chuyển, đổi tên, xóa, hoặc ổ USB đã rút)',
    en: 'the file is no longer there (moved, renamed, deleted, or the USB stick was removed)',
  },
  FILE_DAMAGED: { vi: 'tệp bị hỏng', en: 'the file is damaged' },
  FILE_FROM_NEWER_APP: { vi: 'tệp được tạo bởi phiên bản Congress Desk mới hơn', en: 'it was written by a newer Congress Desk' },
  FILE_NOT_CONGRESS: { vi: 'tệp không phải là tệp đại hội', en: 'it is not a congress file' },
  NOT_A_FILE: { vi: 'đường dẫn không phải là một tệp', en: 'the path is not a file' },
};

const NOTHING_OPEN = {
  vi: 'Chưa mở đại hội nào (đại hội mẫu không được mở thay).',
  en: 'No congress is open (the demo was not opened in its place).',
};

function offerText(latest: BackupInfo | null): { vi: string; en: string } {
  if (!latest) return { vi: 'Hãy thử mở lại tệp hoặc mở tệp khác.', en: 'Try opening the file again, or open another one.' };
  const when = formatDateTime(latest.createdAt);
  return {
    vi: `Hãy thử mở lại tệp, mở bản sao lưu gần nhất dùng được (lúc ${when}), hoặc mở tệp khác.`,
    en: `Try opening the file again, open the newest usable backup (${latest.createdAt}), or open another file.`,
  };
}

/** The last congress would not open: which file, why, and what is offered. */
export function reopenProblem(path: string, error: unknown, latest: BackupInfo | null): AppErrorData {
  const refusal = error instanceof AppError ? error : null;
  const reason = refusal?.code ?? 'INTERNAL';
  const said = REASONS[reason];
  const detail = error instanceof Error ? error.message : String(error);
  const why = said ?? { vi: detail, en: refusal?.messageEn ?? detail };
  const offer = offerText(latest);
  const details: ReopenProblemDetails = { congressPath: path, reason, ...(latest ? { latestBackup: latest } : {}) };
  return {
    code: reason,
    message: `Không mở lại được đại hội lần trước «${path}»: ${why.vi}. ${NOTHING_OPEN.vi} ${offer.vi}`,
    messageEn: `Could not reopen the last congress "${path}": ${why.en}. ${NOTHING_OPEN.en} ${offer.en}`,
    details,
  };
}

/** The app stopped in the middle of a restore of the last congress; the file has been left whole. */
export function restoreInterruptedProblem(
  path: string,
  note: RestoreNote | null,
  outcome: RestoreOutcome,
  latest: BackupInfo | null,
): AppErrorData {
  const state =
    outcome === 'completed'
      ? {
          vi: `Tệp đã kịp được thay: «${path}» nay là bản khôi phục${note ? ` từ «${note.copy}»` : ''}; tệp trước khi khôi phục được giữ trong danh sách sao lưu («trước khi khôi phục»).`,
          en: `The file had been replaced: "${path}" is now the restored copy${note ? ` of "${note.copy}"` : ''}; the file from before is kept in the backups ("before restore").`,
        }
      : {
          vi: `Tệp chưa bị thay: «${path}» vẫn như trước khi khôi phục; bản chép dở đã được xóa. Có thể khôi phục lại.`,
          en: `The file had not been replaced: "${path}" is as it was before the restore; the half-made copy was removed. You can restore again.`,
        };
  const offer = offerText(latest);
  const details: ReopenProblemDetails = {
    congressPath: path,
    reason: 'RESTORE_INTERRUPTED',
    restore: { outcome, copy: note?.copy ?? null, aside: note?.aside ?? null },
    ...(latest ? { latestBackup: latest } : {}),
  };
  return {
    code: 'RESTORE_INTERRUPTED',
    message: `Lần khôi phục trước của «${path}» bị gián đoạn (ứng dụng đã dừng giữa chừng). ${state.vi} ${NOTHING_OPEN.vi} ${offer.vi}`,
    messageEn: `The last restore of "${path}" was interrupted (the app stopped half-way). ${state.en} ${NOTHING_OPEN.en} ${offer.en}`,
    details,
  };
}
