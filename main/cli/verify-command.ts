/** `verify <file>`: the audit hash chain and the database's integrity; exit 1 on any break. */
import { formatCount } from '../../shared/domain/format';
import { verifyCongressFile } from '../db/verify';
import type { Out } from './args';

export const VERIFY_USAGE = `  npm run cli -- verify <tệp> [--json]                   kiểm tra toàn vẹn tệp và chuỗi băm của nhật ký`;

export function verifyCommand(file: string | undefined, json: boolean | undefined, out: Out): number {
  if (!file) throw new Error(`Cách dùng:\n${VERIFY_USAGE}`);
  const report = verifyCongressFile(file);
  if (json) {
    out(JSON.stringify(report));
    return report.ok ? 0 : 1;
  }
  const integrityOk = report.integrity.length === 1 && report.integrity[0] === 'ok';
  out(`Kiểm tra tệp ${report.file}`);
  out(integrityOk ? '  ✓ Cơ sở dữ liệu toàn vẹn (integrity_check: ok)' : `  ✗ Cơ sở dữ liệu hỏng: ${report.integrity.join('; ')}`);
  if (report.brokenAuditRows.length === 0) {
    out(`  ✓ Nhật ký: ${formatCount(report.auditEntries)} mục, chuỗi băm liền mạch`);
  } else {
    out(`  ✗ Nhật ký: chuỗi băm bị đứt tại ${formatCount(report.brokenAuditRows.length)} mục (số ${report.brokenAuditRows.slice(0, 20).join(', ')}${report.brokenAuditRows.length > 20 ? '…' : ''}): nhật ký đã bị sửa hoặc xóa ngoài ứng dụng`);
  }
  if (report.missingTriggers.length > 0) out(`  ✗ Thiếu ràng buộc chỉ-ghi-thêm của nhật ký: ${report.missingTriggers.join(', ')}`);
  out(report.ok ? 'Kết quả: không phát hiện sai lệch.' : 'Kết quả: PHÁT HIỆN SAI LỆCH — không dùng tệp này làm căn cứ; hãy đối chiếu với bản sao lưu.');
  return report.ok ? 0 : 1;
}
