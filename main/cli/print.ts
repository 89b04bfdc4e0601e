import type { AttendanceSummary } from '../../shared/domain/attendance';
import type { Delegate } from '../../shared/domain/delegate';
import { formatCount, formatPercent } from '../../shared/domain/format';

type Out = (line: string) => void;

const STATUS = { official: 'Chính thức', alternate: 'Dự khuyết', guest: 'Khách mời' } as const;

export function printDelegates(list: Delegate[], out: Out): void {
  for (const d of list) out(`${d.code.padEnd(8)} ${d.fullName.padEnd(32)} ${(d.group ?? '').padEnd(8)} ${STATUS[d.status]}`);
  out(`Tổng: ${formatCount(list.length)} người`);
}

export function printAttendance(s: AttendanceSummary, out: Out): void {
  const pct = (n: number) => formatPercent(n, s.summoned);
  out(`Triệu tập (chính thức): ${formatCount(s.summoned)}`);
  out(`Có mặt:                 ${formatCount(s.present)} (${pct(s.present)})`);
  out(`Vắng có lý do:          ${formatCount(s.absentWithReason)}`);
  out(`Vắng không lý do:       ${formatCount(s.absentWithoutReason)}`);
  out(`Dự khuyết có mặt:       ${formatCount(s.alternates.present)}/${formatCount(s.alternates.summoned)}`);
  out(`Khách mời có mặt:       ${formatCount(s.guestsPresent)}/${formatCount(s.guestsInvited)}`);
  out(`Đủ số lượng:            ${s.quorum.met ? 'Có' : 'Chưa'} (cần ${formatCount(s.quorum.required)})`);
}
