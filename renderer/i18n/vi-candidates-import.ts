/** The candidate list's import preview (renderer/features/ballots/candidates-preview.tsx), in Vietnamese. */
export const viCandidatesImport = {
  'candImport.title': 'Nhập danh sách người ứng cử',
  'candImport.summary_other': 'Tệp «{file}»: {count} người',
  'candImport.errorRows_other': '{count} dòng lỗi — sửa trong tệp rồi chọn lại; chưa nhập người nào.',
  'candImport.replaces_other': 'Danh sách này sẽ thay cho {count} người đang có.',
  'candImport.empty': 'Tệp không có người nào.',
  'candImport.confirm_other': 'Nhập {count} người',
  'candImport.order': 'Thứ tự in trên phiếu theo vần A–Z tiếng Việt, không theo STT trong tệp.',
} as const;
