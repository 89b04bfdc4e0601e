/** Nhật ký ghi (-wal) của tệp đại hội bị hỏng: phần dữ liệu mới nhất không khôi phục được. */
export const viWalRecovery = {
  'walRecovery.title': 'Tệp đã mở, nhưng một phần dữ liệu mới nhất đã bị mất',
  'walRecovery.what':
    'Nhật ký ghi (-wal) đi kèm tệp «{path}» bị hỏng (ổ đĩa lỗi hoặc mất điện). Ứng dụng giữ được mọi thứ ghi trước chỗ hỏng, đến thao tác lúc {lastKept}.',
  'walRecovery.whatHeader':
    'Phần đầu nhật ký ghi (-wal) đi kèm tệp «{path}» bị hỏng (ổ đĩa lỗi hoặc mất điện): không giữ được thao tác nào ghi trong nhật ký đó.',
  'walRecovery.lost_other': '{count} thao tác đã xác nhận sau thời điểm đó KHÔNG còn trong tệp. Hãy làm lại các thao tác sau:',
  'walRecovery.more': '… và {n} thao tác khác (xem trong bản chép bằng chứng).',
  'walRecovery.unnamed': 'Không đọc được tên các thao tác bị mất ({error}). Hãy đối chiếu với sổ điểm danh và phiếu giấy.',
  'walRecovery.evidence': 'Bản chép nguyên trạng tệp và nhật ký ghi lúc phát hiện được giữ ở: {folder}',
  'walRecovery.backup': 'Bản sao lưu gần nhất dùng được: lúc {when} ({contents}). Bản này có thể còn giữ một phần những gì đã mất.',
  'walRecovery.noBackup': 'Chưa có bản sao lưu nào dùng được.',
  'walRecovery.ok': 'Đã hiểu, làm lại các thao tác',
} as const;
