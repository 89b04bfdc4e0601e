import { viServices } from './vi-services';
import { viFiles } from './vi-files';
import { viNetwork } from './vi-network';
import { viRefusals } from './vi-refusals';
import { viPapers } from './vi-papers';
import { viScan } from './vi-scan';
import { viListFiles } from './vi-list-files';
import { viStation } from './vi-station';

/**
 * The messages every side needs (engine errors, warnings, counts the CLI and documents share), in
 * Vietnamese, the first language. Keys are typed from this object; en.ts must have the same keys.
 * Placeholders are `{name}`; a key with `_one`/`_other` forms is chosen by `{count}` (Intl plural rules).
 */
export const viShared = {
  'error.INVALID_INPUT': 'Dữ liệu không hợp lệ.',
  'error.NO_CONGRESS_OPEN': 'Chưa mở tệp đại hội nào.',
  'error.NOT_FOUND': 'Không tìm thấy.',
  'error.UNKNOWN_DELEGATE_CODE': 'Không có đại biểu mang mã {code}.',
  'error.ALREADY_CHECKED_IN': 'Đại biểu đã điểm danh.',
  'error.NOT_CHECKED_IN': 'Đại biểu chưa điểm danh.',
  'error.DUPLICATE_CODE': 'Mã đại biểu {code} đã có.',
  'error.DELEGATE_REMOVED': 'Đại biểu đã bị xoá khỏi danh sách.',
  'error.ROSTER_HAS_ERRORS': 'Danh sách còn lỗi, chưa nhập được.',
  'error.ROSTER_FILE_REJECTED': 'Không đọc được tệp danh sách.',
  'error.NOTHING_TO_IMPORT': 'Không có gì để nhập.',
  'error.FILE_NOT_FOUND': 'Không tìm thấy tệp {path}.',
  'error.FILE_EXISTS': 'Tệp {path} đã có.',
  'error.FILE_NOT_CONGRESS': 'Tệp {path} không phải tệp đại hội.',
  'error.FILE_FROM_NEWER_APP': 'Tệp được tạo bởi phiên bản mới hơn của chương trình.',
  'error.FILE_LOCKED': 'Tệp đang được mở ở nơi khác.',
  'error.FILE_DAMAGED': 'Tệp đại hội bị hỏng.',
  'error.FILE_LOST': 'Mất kết nối tới tệp đại hội.',
  'error.BACKUP_FAILED': 'Sao lưu không thành công.',
  'error.DISK_FULL': 'Ổ đĩa đã đầy; chưa có gì thay đổi.',
  'error.FOLDER_NOT_WRITABLE': 'Không ghi được vào thư mục {path}.',
  'error.FOLDER_NOT_FOUND': 'Không tìm thấy thư mục {path}.',
  'error.NOT_A_FILE': '{path} không phải là tệp.',
  'error.NOT_A_FOLDER': '{path} không phải là thư mục.',
  'error.RESTORE_INTERRUPTED': 'Lần khôi phục trước bị dừng giữa chừng.',
  'error.BALLOT_FINALIZED': 'Cuộc bầu cử đã chốt kết quả.',
  'error.BALLOT_WRONG_STATE': 'Cuộc bầu cử chưa ở bước này.',
  'error.BALLOT_NOT_PUBLISHED': 'Kết quả bầu cử chưa công bố.',
  'error.PAPER_EXISTS': 'Phiếu số {number} đã được nhập.',
  'error.UNKNOWN_CANDIDATE_NUMBER': 'Không có ứng cử viên số {number}.',
  'error.PASSES_DISAGREE': 'Hai lượt nhập không khớp nhau.',
  'error.COUNTS_INCONSISTENT': 'Các con số không khớp nhau.',
  'error.REASON_REQUIRED': 'Cần ghi lý do.',
  'error.AGENDA_NOT_EMPTY': 'Chương trình đã có nội dung.',
  'error.AGENDA_AT_END': 'Đã tới cuối chương trình.',
  'error.VOTE_CLOSED': 'Biểu quyết đã kết thúc.',
  'error.VOTE_NOT_CLOSED': 'Biểu quyết chưa kết thúc.',
  'error.EXPORT_NOT_READY': 'Chưa xuất được tài liệu này.',
  'error.EXPORT_FAILED': 'Xuất tài liệu không thành công.',
  'error.EXPORT_TEMPLATE_INVALID': 'Mẫu tài liệu không hợp lệ.',
  'error.ALREADY_DONE': 'Yêu cầu này đã được thực hiện.',
  'error.INTERNAL': 'Lỗi nội bộ.',
  /** A zod issue: where, then what zod says (in the operator's language). */
  'input.issue': '{path}: {message}',
  'input.issueAtRoot': '{message}',
  'input.invalidType': 'cần {expected}',
  'input.tooSmall.string': 'cần ít nhất {minimum} ký tự',
  'input.tooBig.string': 'tối đa {maximum} ký tự',
  'input.tooSmall.number': 'phải từ {minimum} trở lên',
  'input.tooBig.number': 'không được quá {maximum}',
  'input.tooSmall.array': 'cần ít nhất {minimum} mục',
  'input.tooBig.array': 'tối đa {maximum} mục',
  'input.invalidValue': 'giá trị không nằm trong các lựa chọn cho phép',
  'input.unrecognizedKeys': 'có trường không được phép: {keys}',
  'input.type.string': 'chữ',
  'input.type.number': 'số',
  'input.type.boolean': 'có/không',
  'input.type.object': 'một nhóm thông tin',
  'input.type.array': 'một danh sách',
  'input.type.other': 'giá trị kiểu {type}',
  'count.seats_other': '{count} ghế',
  'count.delegates_other': '{count} đại biểu',
  'count.papers_other': '{count} phiếu',
  'count.candidates_other': '{count} ứng cử viên',
  'count.votes_other': '{count} phiếu bầu',
  ...viServices,
  ...viFiles,
  ...viNetwork,
  ...viRefusals,
  ...viPapers,
  ...viScan,
  ...viListFiles,
  ...viStation,
} as const;

/** A shared key as callers write it: the plural suffix is chosen by i18next from `count`. */
type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
export type SharedKey = StripPlural<keyof typeof viShared>;
