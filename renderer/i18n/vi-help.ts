/**
 * Trợ giúp theo màn hình (F1): what the screen is for and how to work it, in a few lines a
 * secretariat under time pressure reads at a glance; the screen's keys follow.
 */
export const viHelp = {
  'help.screenKeys': 'Phím của màn hình này',
  'help.commonKeys': 'Phím dùng ở mọi màn hình',
  'help.absent': 'Ghi vắng mặt người đang chọn: gõ lý do rồi Enter (vắng có lý do), Esc để thôi',
  'help.screen.checkin':
    'Điểm danh: quét mã trên thẻ đại biểu (máy quét gõ mã rồi Enter) hoặc gõ vài chữ của họ tên, chọn bằng ↑ ↓ rồi Enter. Quét nhầm: Ctrl+Z hoàn tác đúng lần vừa rồi. Vắng có lý do: chọn người rồi Alt+V, gõ lý do, Enter. Số có mặt lên màn chiếu ngay.',
  'help.screen.roster':
    'Danh sách đại biểu: nhập từ tệp Excel / CSV (xem trước, sửa lỗi rồi mới nhập), thêm hoặc sửa từng người. Mỗi đại biểu có một mã in trên thẻ để quét khi điểm danh.',
  'help.screen.setup':
    'Thông tin đại hội: tên, nhiệm kỳ, địa điểm, ngày, đơn vị tổ chức, khẩu hiệu và quy định về số lượng đại biểu. Màn chiếu và mọi tài liệu lấy từ đây: điền trước khi in thẻ và phiếu.',
  'help.screen.agenda':
    'Chương trình: áp dụng mẫu chương trình rồi sửa giờ, thêm bớt nội dung. Trong đại hội, PgDn chuyển sang nội dung tiếp theo (cả bằng bút trình chiếu), N mời người phát biểu tiếp theo, Space bấm giờ.',
  'help.screen.projector':
    'Màn chiếu: chọn trang chiếu, chuẩn bị sẵn trang tiếp theo rồi Ctrl+Space để chuyển. Ctrl+. tắt hình khẩn cấp. Kết quả dài nhiều trang: PgDn / PgUp lật trang, Home để tự chuyển trang lại.',
  'help.screen.ballots':
    'Hiệp thương, bầu cử: lập danh sách, mở phiếu, nhập từng phiếu theo lượt (mỗi lượt một người nhập độc lập), đối chiếu các lượt, rồi kiểm phiếu và công bố kết quả. Nhập phiếu: gõ số thứ tự người bị gạch, Enter sau mỗi số; Enter ở ô trống là lưu phiếu.',
  'help.screen.votes':
    'Biểu quyết giơ tay: Alt+N tạo biểu quyết, gõ số tán thành, Tab, không tán thành, Tab, không biểu quyết, Enter để kết thúc. Tổng phải khớp số đại biểu có mặt.',
} as const;
