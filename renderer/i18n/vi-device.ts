/**
 * Trang của một máy trong mạng hội trường (renderer/features/device/): ghép nối, dòng trên cùng,
 * màn của từng vai trò. The page of a device on the hall network; en-device.ts has the same keys.
 */
export const viDevice = {
  'device.pairTitle': 'Ghép nối với máy điều hành',
  'device.pairHint': 'Nhập mã ghép nối người điều hành đọc cho (hoặc mã trong QR) và đặt tên cho máy này.',
  'device.code': 'Mã ghép nối',
  'device.name': 'Tên máy này',
  'device.namePlaceholder': 'Ví dụ: Bàn cửa A',
  'device.send': 'Gửi yêu cầu ghép nối',
  'device.waiting': 'Đang chờ người điều hành duyệt «{name}»…',
  'device.waitingHint': 'Người điều hành thấy yêu cầu này trên laptop và chọn vai trò cho máy.',
  'device.declined': 'Người điều hành đã từ chối yêu cầu. Hỏi lại người điều hành rồi gửi lại.',
  'device.expired': 'Yêu cầu đã hết hạn (10 phút). Xin mã mới rồi gửi lại.',
  'device.unreachable': 'Không liên lạc được với máy điều hành. Kiểm tra Wi-Fi của hội trường.',
  'device.starting': 'Đang kết nối tới máy điều hành…',
  'device.online': 'Đang kết nối',
  'device.offline': 'Mất kết nối',
  'device.reconnecting': 'Đang kết nối lại…',
  'device.assignment': '{ballot} · lượt {pass}',
  'device.assignmentPapers': '{ballot} · lượt {pass} · phiếu {from}–{to}',
  'device.noAssignment': 'Máy này chưa được giao cuộc bầu cử nào. Nhờ người điều hành ghép nối lại và giao cuộc bầu cử, lượt nhập.',
  'device.ballotNotOpen': 'Cuộc bầu cử chưa mở nhập phiếu. Chờ người điều hành mở.',
  'device.ballotClosed': 'Cuộc bầu cử đã kiểm phiếu; không nhập thêm phiếu được.',
  'device.notPaper': 'Cuộc bầu cử này không nhập từng phiếu; người điều hành nhập số liệu.',
  'device.loading': 'Đang tải…',
  'device.noRole': 'Vai trò này chưa có màn hình trên thiết bị.',
  'device.reviewChoose': 'Chọn cuộc bầu cử để rà soát phiếu quét còn nghi ngờ',
  'device.reviewNoBallot': 'Chưa có cuộc bầu cử nào đang nhập phiếu giấy. Chờ người điều hành mở cuộc bầu cử.',
  'device.offlineHint':
    'Máy điều hành không trả lời: mạng hội trường đã tắt, đại hội trên laptop đã đóng hoặc đổi, hoặc Wi-Fi mất. Những gì đã quét hoặc nhập vẫn được giữ trên máy này và gửi khi kết nối lại.',
} as const;
