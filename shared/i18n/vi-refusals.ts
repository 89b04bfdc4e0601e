/**
 * Refusals that once crossed the contract as prose, now keys with parameters, in Vietnamese: the
 * request ids and roles (shared/contract), the windows' own fences (main/electron), the start-up
 * problem (main/backup/reopen-problem.ts), the roster file limits (shared/domain/file-limits.ts),
 * a hand count's problems (shared/domain/tally.ts, vote.ts) and a papers file's rows (main/cli).
 * Merged into viShared (vi.ts); en-refusals.ts has the same keys.
 */
export const viRefusals = {
  'request.reusedId': 'Mã yêu cầu «{requestId}» đã được dùng cho một lệnh khác hoặc từ máy khác; lệnh «{channel}» không được thực hiện.',
  'request.alreadyDone':
    'Lệnh «{channel}» với mã yêu cầu này đã được thực hiện lúc {when}; câu trả lời lần đó không còn được giữ (chương trình đã khởi động lại, hoặc đã lâu). Không thực hiện lại lần nữa; hãy xem kết quả trên màn hình.',
  'request.idNeeded': '$t(work.role.{role}) phải gửi kèm mã yêu cầu (X-Request-Id) với lệnh ghi «{channel}», để gửi lại không ghi hai lần.',
  'request.invalidId': 'Mã yêu cầu «{requestId}» không hợp lệ: cần một UUID (ví dụ 123e4567-e89b-42d3-a456-426614174000).',
  'role.mayNotUse': '$t(work.role.{role}) không được dùng lệnh «{channel}».',
  'role.localOnly':
    '$t(work.role.{role}) không được dùng lệnh «{channel}»: lệnh này dùng tệp và thư mục của máy điều hành nên chỉ dùng trên chính máy đó.',
  'window.notAllowedHere': 'Cửa sổ này không được dùng lệnh: {channel}',
  'window.unknownSender': 'Lệnh {channel} bị từ chối: không gửi từ cửa sổ của ứng dụng.',
  'window.badCongressName': 'Tên đại hội không hợp lệ.',
  'engine.internalUnchanged': 'Lỗi nội bộ: {detail}. Dữ liệu không bị thay đổi.',
  'link.mainUnreachable': 'Không gọi được tiến trình chính: {detail}',
  'link.noAnswer': 'Không nhận được trả lời từ máy chủ Congress Desk (mất kết nối); lệnh chưa được xác nhận. ({cause})',
  'link.tokenRefused':
    'Máy chủ không nhận mã truy cập của trang này (có thể đã khởi động lại với mã mới). Hãy mở lại địa chỉ chương trình in ra. ({cause})',
  'reopen.failed': 'Không mở lại được đại hội lần trước «{path}»: $t(reopen.why.{why}). $t(reopen.nothingOpen) $t(reopen.offer.{offer})',
  'reopen.failedSaid': 'Không mở lại được đại hội lần trước «{path}»: $t({said}) $t(reopen.nothingOpen) $t(reopen.offer.{offer})',
  'reopen.why.FILE_LOCKED': 'tệp đang được mở ở một Congress Desk khác đang chạy (hoặc một chương trình khác)',
  'reopen.why.FILE_NOT_FOUND': 'không còn tệp ở đó (đã chuyển, đổi tên, xóa, hoặc ổ USB đã rút)',
  'reopen.why.FILE_DAMAGED': 'tệp bị hỏng',
  'reopen.why.FILE_FROM_NEWER_APP': 'tệp được tạo bởi phiên bản Congress Desk mới hơn',
  'reopen.why.FILE_NOT_CONGRESS': 'tệp không phải là tệp đại hội',
  'reopen.why.NOT_A_FILE': 'đường dẫn không phải là một tệp',
  'reopen.why.system': '{detail}',
  'reopen.nothingOpen': 'Chưa mở đại hội nào (đại hội mẫu không được mở thay).',
  'reopen.offer.retry': 'Hãy thử mở lại tệp hoặc mở tệp khác.',
  'reopen.offer.backup': 'Hãy thử mở lại tệp, mở bản sao lưu gần nhất dùng được (lúc {when}), hoặc mở tệp khác.',
  'restore.interrupted':
    'Lần khôi phục trước của «{path}» bị gián đoạn (ứng dụng đã dừng giữa chừng). $t(restore.state.{state}) $t(reopen.nothingOpen) $t(reopen.offer.{offer})',
  'restore.state.completed':
    'Tệp đã kịp được thay: «{path}» nay là bản khôi phục; tệp trước khi khôi phục được giữ trong danh sách sao lưu («trước khi khôi phục»).',
  'restore.state.completedFrom':
    'Tệp đã kịp được thay: «{path}» nay là bản khôi phục từ «{copy}»; tệp trước khi khôi phục được giữ trong danh sách sao lưu («trước khi khôi phục»).',
  'restore.state.notReplaced': 'Tệp chưa bị thay: «{path}» vẫn như trước khi khôi phục; bản chép dở đã được xóa. Có thể khôi phục lại.',
  'roster.tooLarge':
    'Tệp «{fileName}» nặng {megabytes, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB, vượt giới hạn {limit, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB. Hãy chỉ giữ trang danh sách đại biểu (bỏ hình ảnh, trang tính khác) rồi lưu lại.',
  'roster.tooManyRows':
    'Tệp «{fileName}» có hơn {rows} dòng, vượt giới hạn {limit} dòng. Hãy kiểm tra lại: đây có phải là danh sách đại biểu không?',
  'roster.unpacksTooLarge':
    'Tệp «{fileName}» khi giải nén nặng {megabytes, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB, vượt giới hạn {limit, number(minimumFractionDigits: 1; maximumFractionDigits: 1)} MB: quá lớn cho một danh sách, hoặc tệp đã bị làm giả. Hãy chỉ giữ trang danh sách rồi lưu lại.',
  'tally.field.valid': 'Số phiếu hợp lệ',
  'tally.field.invalid': 'Số phiếu không hợp lệ',
  'tally.field.votesFor': 'Số phiếu của {name}',
  'tally.problem.notInteger': '$t(tally.field.{field}) phải là số nguyên ({value}).',
  'tally.problem.negative': '$t(tally.field.{field}) không được âm ({value}).',
  'tally.problem.unknownCandidate': 'Không có người số {number} trong danh sách.',
  'tally.problem.votesExceedValid': '{name} có {votes} phiếu, nhiều hơn số phiếu hợp lệ ({valid}).',
  'tally.problem.votesSumExceeds': 'Tổng số phiếu bầu ({sum}) vượt quá số phiếu hợp lệ × số lượng được bầu ({valid} × {seats} = {limit}).',
  'tally.problem.returnedExceedsIssued': 'Số phiếu hợp lệ và không hợp lệ ({returned}) nhiều hơn số phiếu phát ra ({issued}).',
  'ballot.countsRefused_other': 'Chưa lưu được kết quả kiểm phiếu ({count} chỗ chưa đúng):',
  'vote.field.for': 'tán thành',
  'vote.field.against': 'không tán thành',
  'vote.field.abstain': 'không biểu quyết',
  'vote.problem.notCount': 'Số $t(vote.field.{field}) phải là số nguyên không âm.',
  'vote.problem.nobodyPresent': 'Chưa có số đại biểu chính thức có mặt; hãy nhập số có mặt trước.',
  'vote.problem.tooMany':
    'Tổng tán thành + không tán thành + không biểu quyết là {sum}, không khớp số đại biểu có mặt {present} (thừa {diff}).',
  'vote.problem.tooFew':
    'Tổng tán thành + không tán thành + không biểu quyết là {sum}, không khớp số đại biểu có mặt {present} (thiếu {diff}).',
  'vote.countsRefused': '$t({problem}) Chưa thể kết thúc biểu quyết.',
  'cli.refused': 'Lỗi: {text}',
  'paperFile.header': 'Dòng đầu phải là tiêu đề «paper,struck,invalid»',
  'paperFile.badPaper': 'Số phiếu không hợp lệ: «{text}»',
  'paperFile.badNumbers': 'Không phải số thứ tự người ứng cử: «{tokens}»',
  'paperFile.badReason': 'Lý do không hợp lệ không rõ: «{text}» (dùng: {allowed})',
} as const;
