/**
 * `verify <file> [--head <mã>] [--json]`: the database's integrity, the audit chain, its triggers, and
 * every data row against the audit (SECURITY.md "What verify proves and what it cannot"), and the kept
 * scan images beside the file against their SHA-256 (docs/scanning.md).
 * Exit 0 only when every check holds; 1 when something differs, and also when the file predates
 * row-level audit (nothing found, but nothing proved: opening it in the app adds the baseline entry
 * from which its rows are followed).
 */
import { formatCount } from '../../shared/domain/format';
import { t } from '../../shared/i18n/translator';
import { shortHead } from '../db/audit';
import { type VerifyReport, verifyCongressFile } from '../db/verify';
import { summarizeDifferences } from '../db/verify-words';
import type { Out } from './args';

export const VERIFY_USAGE = `  npm run cli -- verify <tệp> [--head <mã>] [--json]     kiểm tra tệp: toàn vẹn, chuỗi băm nhật ký, dữ liệu khớp nhật ký; --head: mã xác thực in trên biên bản
`;

const LISTED = 20;

/** One line each up to LISTED; beyond, how many more and the listed ones counted per table. */
function printDifferences(list: VerifyReport['data']['differences'], total: number, out: Out): void {
  for (const d of list.slice(0, LISTED)) out(`      - ${d.what}`);
  if (total > LISTED) {
    out(`      … và ${formatCount(total - LISTED)} chỗ khác; theo loại:`);
    for (const line of summarizeDifferences(list)) out(`        ${line}`);
  }
}

function printData(report: VerifyReport, out: Out): void {
  const { data } = report;
  if (!data.covered) {
    out(
      `  ! Dữ liệu chưa được đối chiếu với nhật ký: tệp được tạo bởi phiên bản cũ (lược đồ ${report.schemaVersion}), nhật ký chỉ ghi các thao tác chứ chưa ghi từng dòng dữ liệu.`,
    );
    out('    Mở tệp bằng Congress Desk một lần: ứng dụng ghi mốc đối chiếu, từ đó mọi thay đổi dữ liệu ngoài ứng dụng đều bị phát hiện.');
  } else if (data.differences.length === 0) {
    const from =
      data.coveredFrom !== null && data.coveredFrom > 1
        ? ` (đối chiếu từ mục thứ ${formatCount(data.coveredFrom)}, mốc ghi khi nâng cấp tệp)`
        : '';
    out(`  ✓ Dữ liệu khớp nhật ký: mọi phiếu, điểm danh, đại biểu, cuộc bầu, biểu quyết… đều đúng như ứng dụng đã ghi${from}`);
  } else {
    out(`  ✗ Dữ liệu khác nhật ký ở ${formatCount(data.differences.length)} chỗ:`);
    printDifferences(data.differences, data.differences.length, out);
  }
  for (const f of data.baselineFindings) {
    out(`  ✗ Khi nâng cấp tệp lúc ${f.at} (mục thứ ${formatCount(f.entry)}), dữ liệu đã khác nhật ký ở ${formatCount(f.total)} chỗ:`);
    printDifferences(f.differences, f.total, out);
  }
}

/** The kept scan images: said only when the congress has any (docs/scanning.md, "Ảnh được giữ"). */
function printImages(report: VerifyReport, out: Out): void {
  const { checked, problems } = report.images;
  if (checked === 0) return;
  if (problems.length === 0) {
    out(`  ✓ ${t('vi', 'scan.verify.imagesOk', { count: checked })}`);
    return;
  }
  out(`  ✗ ${t('vi', 'scan.verify.imagesBroken', { problems: problems.length, count: checked })}`);
  for (const p of problems.slice(0, LISTED)) out(`      - ${t('vi', p.key, p.params)}`);
  if (problems.length > LISTED) out(`      … và ${formatCount(problems.length - LISTED)} chỗ khác`);
}

function printAnchor(report: VerifyReport, out: Out): void {
  const { anchor } = report;
  if (!anchor) return;
  const code = shortHead(anchor.given);
  if (anchor.entry === null) {
    out(`  ✗ Không tìm thấy mã xác thực ${code} trong nhật ký: nhật ký đã bị cắt bớt hoặc viết lại sau khi mã được in`);
  } else if (!anchor.intact) {
    out(
      `  ✗ Mã xác thực ${code} có ở mục thứ ${formatCount(anchor.entry)}, nhưng chuỗi băm trước đó bị đứt: lịch sử đến mục này đã bị sửa`,
    );
  } else {
    out(
      `  ✓ Mã xác thực ${code} có ở mục thứ ${formatCount(anchor.entry)} trên ${formatCount(report.auditEntries)}: nhật ký đến lúc in mã còn nguyên`,
    );
  }
}

export function verifyCommand(file: string | undefined, options: { json?: boolean; head?: string }, out: Out): number {
  if (!file) throw new Error(`Cách dùng:\n${VERIFY_USAGE}`);
  const report = verifyCongressFile(file, { head: options.head });
  if (options.json) {
    out(JSON.stringify(report));
    return report.ok ? 0 : 1;
  }
  const integrityOk = report.integrity.length === 1 && report.integrity[0] === 'ok';
  out(`Kiểm tra tệp ${report.file}`);
  out(integrityOk ? '  ✓ Cơ sở dữ liệu toàn vẹn (integrity_check: ok)' : `  ✗ Cơ sở dữ liệu hỏng: ${report.integrity.join('; ')}`);
  const broken = report.brokenAuditRows;
  if (report.auditEntries === 0 && report.data.differences.length > 0) {
    out('  ✗ Nhật ký: 0 mục, trong khi tệp có dữ liệu: nhật ký đã bị xóa ngoài ứng dụng');
  } else if (broken.length === 0) {
    out(`  ✓ Nhật ký: ${formatCount(report.auditEntries)} mục, chuỗi băm liền mạch`);
  } else {
    out(
      `  ✗ Nhật ký: chuỗi băm bị đứt tại ${formatCount(broken.length)} mục (số ${broken.slice(0, LISTED).join(', ')}${broken.length > LISTED ? '…' : ''}): nhật ký đã bị sửa hoặc xóa ngoài ứng dụng`,
    );
  }
  if (report.missingTriggers.length > 0) out(`  ✗ Thiếu ràng buộc chỉ-ghi-thêm của nhật ký: ${report.missingTriggers.join(', ')}`);
  if (report.alteredTriggers.length > 0)
    out(`  ✗ Ràng buộc của nhật ký bị thay bằng nội dung khác (tên giữ nguyên): ${report.alteredTriggers.join(', ')}`);
  if (report.unexpectedTriggers.length > 0) out(`  ✗ Có ràng buộc lạ, không do ứng dụng tạo: ${report.unexpectedTriggers.join(', ')}`);
  for (const problem of report.schemaProblems) out(`  ✗ Cấu trúc tệp bị sửa ngoài ứng dụng: ${problem}`);
  printData(report, out);
  printImages(report, out);
  printAnchor(report, out);
  if (report.head)
    out(`  Mã xác thực nhật ký: ${shortHead(report.head)} (${formatCount(report.auditEntries)} mục); đầy đủ: ${report.head}`);
  out(
    report.verdict === 'ok'
      ? 'Kết quả: không phát hiện sai lệch.'
      : report.verdict === 'not_covered'
        ? 'Kết quả: không phát hiện sai lệch trong nhật ký, nhưng dữ liệu chưa được đối chiếu (tệp của phiên bản cũ).'
        : 'Kết quả: PHÁT HIỆN SAI LỆCH — không dùng tệp này làm căn cứ; hãy đối chiếu với bản sao lưu.',
  );
  return report.ok ? 0 : 1;
}
