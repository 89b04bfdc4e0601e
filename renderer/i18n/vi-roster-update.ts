/**
 * Nhập danh sách đã sửa: the import dialog's choice between adding delegates and updating the
 * roster by code, and the changes it shows before the operator confirms (features/roster).
 */
export const viRosterUpdate = {
  'rosterUpdate.mode': 'Cách nhập',
  'rosterUpdate.modeAdd': 'Thêm đại biểu mới',
  'rosterUpdate.modeUpdate': 'Cập nhật danh sách (theo mã đại biểu)',
  'rosterUpdate.modeUpdateHint':
    'Mã đã có: sửa các cột có trong tệp (cột không có trong tệp giữ nguyên). Mã mới hoặc không có mã: thêm. Điểm danh đã ghi được giữ nguyên.',
  'rosterUpdate.summary': 'Thêm {added} · Cập nhật {updated}{fields} · Không đổi {unchanged} · Không có trong tệp {missing}',
  'rosterUpdate.changesTitle': 'Các trường thay đổi',
  'rosterUpdate.field': 'Trường',
  'rosterUpdate.change': 'Trước → Sau',
  'rosterUpdate.addedTitle': 'Đại biểu được thêm',
  'rosterUpdate.missingTitle': 'Không có trong tệp',
  'rosterUpdate.missingHint':
    'Những đại biểu này không có trong tệp nhưng KHÔNG bị xóa. Muốn xóa, hãy xóa từng người trong màn hình Đại biểu.',
  'rosterUpdate.noCodeColumn': 'Tệp không có cột mã đại biểu: mọi dòng sẽ được thêm thành đại biểu mới.',
  'rosterUpdate.nothingChanges': 'Tệp không có gì khác danh sách hiện tại.',
  'rosterUpdate.confirm': 'Áp dụng thay đổi (Enter)',
  'rosterUpdate.done': 'Đã cập nhật danh sách: thêm {added}, cập nhật {updated} đại biểu.',
} as const;
