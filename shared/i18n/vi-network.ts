/**
 * The hosts' and the hall network's messages (main/host, main/network, main/engine/network-handlers.ts),
 * in Vietnamese. Merged into viShared (vi.ts); en-network.ts has the same keys.
 */
export const viNetwork = {
  'error.ACCESS_DENIED': 'Không có quyền truy cập.',
  'error.TOO_MANY_ATTEMPTS': 'Thử sai quá nhiều lần; hãy đợi một phút.',
  'host.hostNotAllowed': 'Địa chỉ truy cập không được phép.',
  'host.postOnly': 'Chỉ nhận POST.',
  'host.methodNotAllowed': 'Phương thức không được phép.',
  'host.wrongToken': 'Thiếu hoặc sai mã truy cập.',
  'host.pageToken':
    'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ (có «?token=…») mà Congress Desk in ra khi khởi động; địa chỉ đó giữ nguyên qua các lần khởi động lại, trừ khi mã đã được đổi (npm run serve -- --new-tokens).',
  'host.badJson': 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  'host.notFound': 'Không tìm thấy.',
  'host.internal': 'Lỗi máy chủ nội bộ.',
  'host.tooLarge': 'Dữ liệu gửi lên quá lớn (tối đa {megabytes} MB).',
  'network.unavailable': 'Mạng hội trường chưa dùng được trong cách chạy này của Congress Desk.',
  'network.off': 'Mạng hội trường đang tắt.',
  'network.badAddress': 'Địa chỉ {address} không phải một giao diện mạng IPv4 của máy này.',
  'network.listenFailed': 'Không mở được mạng hội trường trên {address}:{port} ({reason}).',
  'network.resumeAddressGone':
    'Địa chỉ {address} không còn là địa chỉ của máy này (bộ phát Wi-Fi cấp địa chỉ khác, hoặc máy chưa nối vào mạng hội trường).',
  'network.resumePortTaken': 'Cổng {port} trên {address} đang bị một chương trình khác dùng.',
  'network.wrongCode': 'Mã ghép nối không đúng hoặc đã hết hạn.',
  'network.tooManyAttempts': 'Nhập sai mã quá nhiều lần; hãy đợi một phút rồi thử lại.',
  'network.tooManyRequests': 'Đang có quá nhiều máy chờ duyệt; hãy đợi máy điều hành duyệt bớt.',
  'network.unknownRequest': 'Không có yêu cầu ghép nối {requestId} (đã được duyệt, bị từ chối hoặc đã hết hạn).',
  'network.unknownDevice': 'Không có thiết bị {deviceId}.',
  'network.assignmentOnlyForStation': 'Chỉ máy nhập phiếu mới được giao cuộc bầu cử, lượt nhập và dãy số phiếu.',
  'network.wrongCredential':
    'Thiết bị chưa ghép nối, hoặc đã bị thu hồi quyền truy cập, hoặc được ghép nối cho một đại hội khác (đại hội đó đã đóng trên máy điều hành). Ghép nối lại với mã mới.',
} as const;
