/**
 * Why the congress used last did not reopen at start-up, said to the operator instead of opening
 * the demo in its place (the demo's delegate codes overlap real rosters: check-ins would go to the
 * wrong congress). It names the file and the reason, and carries what the home screen offers: the
 * file itself (try again) and its newest usable copy (docs/backups.md, "Khi khởi động").
 */
import type { BackupInfo } from '../../shared/contract/backup-channels';
import { AppError, type AppErrorData, type ErrorCode } from '../../shared/contract/result';
import { formatDateTime } from '../../shared/domain/format';
import type { MessageParams } from '../../shared/i18n/translator';
import type { RestoreNote, RestoreOutcome } from './restore-marker';

export interface ReopenProblemDetails {
  congressPath: string;
  /** The refusal's own code (FILE_LOCKED, FILE_DAMAGED…), or RESTORE_INTERRUPTED. */
  reason: ErrorCode;
  latestBackup?: BackupInfo;
  restore?: { outcome: RestoreOutcome; copy: string | null; aside: string | null };
}

/** The refusals the start-up problem names in its own words (`reopen.why.<CODE>`). */
const REASONS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'FILE_LOCKED',
  'FILE_NOT_FOUND',
  'FILE_DAMAGED',
  'FILE_FROM_NEWER_APP',
  'FILE_NOT_CONGRESS',
  'NOT_A_FILE',
]);

/** What the home screen offers, by key (`reopen.offer.*`): the newest usable copy when there is one. */
function offerParams(latest: BackupInfo | null): MessageParams {
  return latest ? { offer: 'backup', when: formatDateTime(latest.createdAt) } : { offer: 'retry' };
}

/** The last congress would not open: which file, why, and what is offered. */
export function reopenProblem(path: string, error: unknown, latest: BackupInfo | null): AppErrorData {
  const refusal = error instanceof AppError ? error : null;
  const reason = refusal?.code ?? 'INTERNAL';
  const details: ReopenProblemDetails = { congressPath: path, reason, ...(latest ? { latestBackup: latest } : {}) };
  const offer = offerParams(latest);
  if (REASONS.has(reason)) return { code: reason, key: 'reopen.failed', params: { path, why: reason, ...offer }, details };
  // Another refusal keeps its own key, nested (its parameters with it); anything else, what the system said.
  if (refusal?.key)
    return { code: reason, key: 'reopen.failedSaid', params: { ...refusal.params, path, said: refusal.key, ...offer }, details };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: reason, key: 'reopen.failed', params: { path, why: 'system', detail, ...offer }, details };
}

/** The app stopped in the middle of a restore of the last congress; the file has been left whole. */
export function restoreInterruptedProblem(
  path: string,
  note: RestoreNote | null,
  outcome: RestoreOutcome,
  latest: BackupInfo | null,
): AppErrorData {
  const state = outcome !== 'completed' ? 'notReplaced' : note ? 'completedFrom' : 'completed';
  const details: ReopenProblemDetails = {
    congressPath: path,
    reason: 'RESTORE_INTERRUPTED',
    restore: { outcome, copy: note?.copy ?? null, aside: note?.aside ?? null },
    ...(latest ? { latestBackup: latest } : {}),
  };
  const params = { path, state, ...(note ? { copy: note.copy } : {}), ...offerParams(latest) };
  return { code: 'RESTORE_INTERRUPTED', key: 'restore.interrupted', params, details };
}
