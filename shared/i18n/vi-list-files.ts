/**
 * What is wrong with a roster or candidate-list file (main/import), in Vietnamese: the whole file
 * (`listFile.*`, it imports nothing) or one cell (`listRow.*`, shown with its row and column).
 * Merged into viShared (vi.ts); en-list-files.ts has the same keys. `{value}` is the cell as the
 * user reads it in Excel.
 */
export const viListFiles = {
  'listFile.empty': 'Tệp «{fileName}» trống, không có dữ liệu.',
  'listFile.onlyBlankRows': 'Tệp «{fileName}» không có dữ liệu (chỉ có dòng trống).',
  'listFile.notSpreadsheet': 'Tệp «{fileName}» không phải là tệp Excel (.xlsx) hoặc CSV. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
  'listFile.legacyXls':
    'Tệp «{fileName}» không phải là tệp Excel (.xlsx) hoặc CSV mà là tệp Excel 97–2003 (.xls) hoặc tệp có đặt mật khẩu. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
  'listFile.ods':
    'Tệp «{fileName}» không phải là tệp Excel (.xlsx) hoặc CSV mà là bảng tính OpenDocument (.ods). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
  'listFile.unreadable': 'Không đọc được tệp «{fileName}»: tệp Excel bị hỏng hoặc chưa lưu xong. Hãy mở bằng Excel và lưu lại.',
  'listFile.noRosterHeader':
    'Không tìm thấy dòng tiêu đề trong {rows} dòng đầu của tệp «{fileName}». Dòng tiêu đề cần có cột «Họ và tên» và ít nhất một cột khác như «STT», «Ngày sinh», «Giới tính».',
  'listFile.noCandidateHeader':
    'Không tìm thấy dòng tiêu đề trong {rows} dòng đầu của tệp «{fileName}». Dòng tiêu đề cần có cột «Họ và tên».',
  'listFile.noNameColumn': 'Chưa có cột họ và tên trong tệp «{fileName}». Hãy chọn cột chứa họ và tên.',
  'listRow.column': '{header} (cột {letter})',
  'listRow.columnLetter': 'Cột {letter}',
  'listRow.inCell': 'Dòng {row}, {column}: $t({problem})',
  'listRow.more_other': '… và {count} dòng lỗi khác',
  'listRow.tooLong': 'Quá dài ({length} ký tự, tối đa {max})',
  'listRow.noName': 'Thiếu họ và tên',
  'listRow.nameHasDigits': 'Họ và tên không hợp lệ: «{value}» (họ và tên không chứa chữ số)',
  'listRow.badGender': 'Giới tính không hợp lệ: «{value}» (chỉ nhận Nam hoặc Nữ)',
  'listRow.badKind': 'Thành phần không hợp lệ: «{value}» (chỉ nhận: Đương nhiên, Hiệp thương cử, Được cử, Bầu, Chỉ định)',
  'listRow.badStatus': 'Tư cách không hợp lệ: «{value}» (chỉ nhận: Chính thức, Dự khuyết, Khách mời)',
  'listRow.badPartyMember': 'Đảng viên không đọc được: «{value}» (ghi x nếu là đảng viên, để trống nếu không)',
  'listRow.badBirthDate': 'Ngày sinh không đọc được: «{value}» (dùng dạng dd/mm/yyyy hoặc năm yyyy)',
  'listRow.duplicateCode': 'Mã «{code}» trùng với dòng {firstRow}',
  'listRow.codeTaken': 'Mã «{code}» đã có trong danh sách đại biểu của đại hội',
  'listRow.bothGenders': 'Đánh dấu ở cả cột Nam và cột Nữ',
  'listRow.birthInBothColumns': 'Ngày sinh ghi ở cả cột Nam và cột Nữ',
  'listRow.maleNotColumn': 'Giới tính Nam không khớp với cột {header}',
  'listRow.femaleNotColumn': 'Giới tính Nữ không khớp với cột {header}',
} as const;
