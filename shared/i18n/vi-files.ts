/**
 * The storage, file, engine and export layers' messages (main/db, main/files, main/backup,
 * main/engine, main/export, main/workers, main/engine-process), in Vietnamese. Merged into viShared
 * (vi.ts); en-files.ts has the same keys. Paths, names, codes and versions are passed as strings so
 * they are never reformatted; counts as numbers. `$t(key)` inserts another message in the same language.
 */
export const viFiles = {
  'file.notFound': 'Không tìm thấy tệp «{path}».',
  'file.existsChooseAnother': 'Tệp «{path}» đã có. Hãy chọn tên khác.',
  'file.damaged':
    'Tệp «{path}» bị hỏng (có thể do mất điện, ổ đĩa lỗi hoặc sao chép dở dang). Tệp không bị thay đổi; hãy mở bản sao lưu gần nhất.',
  'file.notCongress': 'Tệp «{path}» không phải là tệp đại hội của Congress Desk.',
  'file.empty':
    'Tệp «{path}» trống ({detail}): không còn dữ liệu đại hội nào, có thể do bị ghi đè, sao chép dở dang hoặc mất điện. Tệp không bị thay đổi; hãy mở bản sao lưu gần nhất.',
  'file.fromNewerApp':
    'Tệp «{path}» được tạo bởi phiên bản Congress Desk mới hơn (lược đồ {version}, bản này hỗ trợ {supported}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.',
  'file.locked': 'Tệp «{path}» đang được mở ở một cửa sổ hoặc chương trình khác. Hãy đóng nơi đó trước.',
  'file.lockedAs': 'Tệp «{path}» đang được mở ở một cửa sổ hoặc chương trình khác (đang mở với tên «{heldAs}»). Hãy đóng nơi đó trước.',
  'file.isOpenCongress': '«{path}» là tệp đại hội đang mở ({heldAs}), không phải tệp để nhập. Hãy chọn đúng tệp.',
  'file.walEvidenceNotKept_other':
    'Nhật ký ghi (-wal) của tệp «{path}» bị hỏng ({count} giao dịch đã ghi sẽ mất) và không chép được bằng chứng sang thư mục cạnh tệp ({detail}). Tệp chưa được mở để khỏi mất bằng chứng: hãy giải phóng chỗ trống hoặc cho phép ghi vào thư mục đó rồi mở lại, hoặc mở bản sao lưu gần nhất.',
  'file.lost': 'Tệp đại hội «{path}» $t(file.lostHow.{kind}) trong khi ứng dụng đang chạy. Ứng dụng đã ngừng ghi.',
  'file.lostSaved': '$t(file.lost) Mọi thao tác đã xác nhận được lưu trong bản khẩn cấp «{emergencyCopy}». Hãy mở bản đó để làm tiếp.',
  'file.lostSavedWithLast':
    '$t(file.lost) Mọi thao tác đã xác nhận (kể cả thao tác vừa rồi) được lưu trong bản khẩn cấp «{emergencyCopy}». Hãy mở bản đó để làm tiếp.',
  'file.lostNotSaved': '$t(file.lost) Không ghi được bản khẩn cấp ({emergencyError}). Hãy mở bản sao lưu gần nhất.',
  'file.lostHow.deleted': 'đã bị xóa hoặc bị chuyển đi nơi khác',
  'file.lostHow.replaced': 'đã bị thay bằng một tệp khác',
  'file.lostHow.overwritten': 'đã bị chương trình khác ghi đè',
  'file.lostHow.wal_removed': 'mất tệp nhật ký ghi (-wal) đi kèm',
  'verify.headInvalid': '--head cần mã xác thực nhật ký: ít nhất 16 chữ số hệ 16 (0-9, a-f), như in trên biên bản; nhận «{text}».',
  'verify.notCongress': '«{path}» không phải là tệp đại hội.',
  'verify.fromNewerApp': 'Tệp «{path}» được tạo bởi phiên bản Congress Desk mới hơn (lược đồ {version}); hãy kiểm tra bằng phiên bản đó.',
  'verify.locked': 'Tệp «{path}» đang được mở ở chương trình khác; hãy đóng lại rồi kiểm tra.',
  'verify.damaged': 'Tệp «{path}» bị hỏng: {detail}',
  'backup.notOfThisCongress': '«{path}» không phải là bản sao lưu của đại hội này.',
  'backup.unusable': 'Không dùng được bản sao lưu «{path}»: {problem}. Hãy chọn bản khác.',
  'backup.closedBeforeCopy': 'Đại hội đã đóng trước khi sao lưu xong.',
  'backup.secondFolderNotAbsolute': 'Thư mục thứ hai cần là đường dẫn đầy đủ (ví dụ E:\\SaoLuu hoặc /media/usb/SaoLuu), nhận «{folder}».',
  'engine.unknownCommand': 'Lệnh không tồn tại: {channel}',
  'engine.invalidInput': 'Dữ liệu gửi lên không hợp lệ ({channel}): {detail}',
  'engine.noCongressOpen': 'Chưa mở đại hội nào. Hãy tạo mới, mở tệp hoặc mở đại hội mẫu.',
  'engine.noCongressInFile': 'Tệp «{path}» không chứa thông tin đại hội.',
  'engine.stopped':
    'Bộ máy dữ liệu của ứng dụng dừng đột ngột trước khi trả lời lệnh này. Ứng dụng đang khởi động lại nó và mở lại tệp đại hội; mọi lệnh đã được xác nhận đều đã lưu trong tệp.',
  'engine.gaveUp_other':
    'Bộ máy dữ liệu của ứng dụng đã dừng {count} lần liền nên không được khởi động lại. Hãy đóng và mở lại ứng dụng; mọi lệnh đã được xác nhận vẫn nằm trong tệp đại hội.',
  'engine.closing': 'Ứng dụng đang đóng: lệnh không được thực hiện.',
  'engine.internal': 'Lỗi nội bộ: {detail}',
  'engine.internalInEngine': 'Lỗi nội bộ của bộ máy dữ liệu: {detail}',
  'work.notOwn':
    '$t(work.role.{role}) «{device}» chỉ được hoàn tác việc do chính máy này ghi ({channel}); việc này do nơi khác ghi. Hãy nhờ máy điều hành.',
  'work.role.operator': 'Máy điều hành',
  'work.role.projector': 'Màn chiếu',
  'work.role.display': 'Màn hình phụ',
  'work.role.checkin-desk': 'Bàn điểm danh',
  'work.role.counting-station': 'Máy nhập phiếu',
  'work.role.reviewer': 'Máy rà soát phiếu',
  'export.formatNotAllowed': 'Tài liệu «{what}» không xuất được dạng {format}; chọn một trong: {allowed}.',
  'export.chooseBallot': 'Cần chọn cuộc bầu (--ballot <số>).',
  'export.noBallot': 'Chưa có cuộc bầu nào để xuất kết quả.',
  'export.noCandidates': '«{title}» chưa có danh sách: chưa in được phiếu.',
  'export.allHaveCards': 'Mọi đại biểu đều đã có thẻ.',
  'export.noDelegates': 'Chưa có đại biểu nào.',
  'export.noVotes': 'Chưa có cuộc biểu quyết nào.',
  'export.noCongressInFile': 'Tệp không có thông tin đại hội.',
  'export.ballotNotCounted': '«{title}» $t(export.ballotState.{state}): chỉ lập biên bản kiểm phiếu sau khi kết thúc kiểm phiếu.',
  'export.ballotState.preparing': 'đang chuẩn bị',
  'export.ballotState.open': 'đang nhập phiếu',
  'export.ballotState.counted': 'đã kiểm phiếu',
  'export.ballotState.published': 'đã công bố',
  'export.ballotState.finalized': 'đã chốt kết quả',
  'export.templateUnreadable': 'Mẫu văn bản «{path}» không đọc được ({detail}). Hãy sửa tệp hoặc bỏ chọn thư mục mẫu.',
  'job.stopped': 'Công việc đã bị dừng giữa chừng; không có tệp nào được ghi dở.',
  'job.workerExited': 'Luồng xử lý dừng bất ngờ (mã {exitCode}); không có tệp nào được ghi dở.',
} as const;
