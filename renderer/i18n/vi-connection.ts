/**
 * The link to the engine (renderer/client/link.ts) and the work that waits for it: check-ins and
 * papers kept on this device until they are sent (docs/command-path.md).
 */
export const viConnection = {
  'connection.offline': 'Mất kết nối tới máy chủ — các lượt điểm danh được giữ lại và sẽ gửi khi có kết nối',
  'connection.reconnecting': 'Đang kết nối lại tới máy chủ… Các lượt điểm danh được giữ lại cho đến khi gửi xong.',
  'connection.waiting_other': '{count} lượt chờ gửi',
  'checkin.pending': 'Chờ gửi',
  'checkin.queued': 'Đã giữ lại — chờ gửi',
  'checkin.queuedHint': 'Chưa gửi được tới máy chủ. Lượt này được lưu trên máy này và sẽ tự gửi (một lần) khi có kết nối.',
  'checkin.outboxTitle': 'Chờ gửi',
  'checkin.outboxRefused': 'Máy chủ không nhận',
  'checkin.outboxOtherCongress': 'Của tệp đại hội khác ({path}): gửi khi mở lại tệp đó',
  'checkin.outboxDismiss': 'Bỏ khỏi danh sách',
  'entry.pending': 'Chờ gửi',
};
