/**
 * Trong hội trường: the operator's keyboard at check-in, the papers issued before projecting, the
 * first-run checklist and what an export produced (printing included).
 */
export const viHall = {
  'checkin.absentWithKey': 'Ghi vắng mặt ({key})',
  'checkin.absentPickFirst': 'Chọn một đại biểu (gõ tên hoặc ↑ ↓) rồi bấm {key} để ghi vắng mặt.',
  'checkin.nothingToUndo': 'Không có lượt điểm danh nào vừa rồi để hoàn tác.',
  'issued.missing': 'Chưa nhập số phiếu phát ra',
  'issued.missingOpen': 'Biên bản và kết quả trên màn chiếu sẽ thiếu số này. Nhập số trước khi kiểm phiếu.',
  'issued.missingLocked':
    'Biên bản và kết quả trên màn chiếu thiếu số này (màn chiếu ghi «chưa nhập»). Muốn nhập: mở lại kiểm phiếu (ghi lý do), nhập số, rồi kiểm phiếu lại.',
  'issued.jump': 'Nhập số phiếu phát ra',
  'issued.reopen': 'Mở lại để nhập',
  'slide.notEntered': 'chưa nhập',
  'prep.title': 'Chuẩn bị đại hội',
  'prep.hint': 'Làm lần lượt; mỗi bước đánh dấu khi đã xong.',
  'prep.details': 'Thông tin đại hội (tên, địa điểm, ngày)',
  'prep.roster': 'Danh sách đại biểu',
  'prep.cards': 'Thẻ đại biểu (in thẻ)',
  'prep.agenda': 'Chương trình đại hội',
  'prep.ballots': 'Phiếu bầu (lập danh sách bầu cử)',
  'prep.done': 'Đã xong',
  'prep.todo': 'Chưa xong',
  'prep.hide': 'Ẩn danh sách này',
  'exports.print': 'In',
  'exports.printTitle': 'Mở tệp PDF để in: {file}',
  'exports.printBlocked': 'Trình duyệt chặn cửa sổ mới: cho phép cửa sổ bật lên cho trang này rồi bấm «In» lần nữa.',
  'network.badgeShort': 'Mạng: BẬT · {online} thiết bị',
} as const;
