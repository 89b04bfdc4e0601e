import type { BackupInfo } from '../../../shared/contract/backup-channels';
import { formatDateTime } from '../../../shared/domain/format';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

/** "1.234 đại biểu · 980 điểm danh · 2 cuộc bầu · 1.310 phiếu" */
export function contentsText(t: Translate, copy: BackupInfo): string {
  if (!copy.contents) return t('backups.unusable', { problem: copy.problem ?? '' });
  const c = copy.contents;
  return t('backups.contentsValue', {
    delegates: t('backups.delegates', { count: c.delegates }),
    checkIns: t('backups.checkIns', { count: c.checkIns }),
    ballots: t('backups.ballots', { count: c.ballots }),
    papers: t('backups.papers', { count: c.papers }),
  });
}

const AUDIT_LABELS = {
  checkin: 'backups.audit.checkin',
  attendance: 'backups.audit.attendance',
  paper: 'backups.audit.paper',
  ballot: 'backups.audit.ballot',
  vote: 'backups.audit.vote',
  delegate: 'backups.audit.delegate',
  roster: 'backups.audit.roster',
} as const satisfies Record<string, MessageKey>;

/** The last thing recorded in the copy: "nhập phiếu, 07:30:35"; the audit's own words in `detail`. */
export function lastChange(t: Translate, copy: BackupInfo): { text: string; detail: string } {
  const last = copy.contents?.lastAudit;
  if (!last) return { text: '—', detail: '' };
  const kind = last.action.split('.')[0] ?? '';
  const label = Object.hasOwn(AUDIT_LABELS, kind) ? AUDIT_LABELS[kind as keyof typeof AUDIT_LABELS] : 'backups.audit.other';
  const at = formatDateTime(last.at);
  return { text: `${t(label)}, ${at.slice(0, 8)}`, detail: `${last.action} ${at}` };
}

export const whenText = (copy: BackupInfo) => formatDateTime(copy.createdAt);
