/** Tệp đại hội bị xóa, bị thay hoặc bị ghi đè khi ứng dụng đang chạy. */
export const viFileLoss = {
  'fileLost.title': 'Tệp đại hội không còn nguyên chỗ cũ',
  'fileLost.deleted': 'Tệp «{path}» đã bị xóa hoặc bị chuyển đi nơi khác trong khi ứng dụng đang chạy.',
  'fileLost.replaced': 'Tệp «{path}» đã bị thay bằng một tệp khác trong khi ứng dụng đang chạy.',
  'fileLost.overwritten': 'Tệp «{path}» đã bị chương trình khác ghi đè trong khi ứng dụng đang chạy.',
  'fileLost.walRemoved': 'Tệp nhật ký ghi đi kèm «{path}-wal» đã bị xóa trong khi ứng dụng đang chạy.',
  'fileLost.stopped': 'Ứng dụng đã ngừng ghi: không thao tác nào được xác nhận nữa cho đến khi mở lại một tệp.',
  'fileLost.copy': 'Mọi thao tác đã xác nhận đến lúc này được lưu trong bản khẩn cấp: {copy}',
  'fileLost.noCopy': 'Không ghi được bản khẩn cấp ({error}). Hãy mở bản sao lưu gần nhất (Tệp ▸ Sao lưu và khôi phục).',
  'fileLost.openCopy': 'Mở bản khẩn cấp và làm tiếp',
};
