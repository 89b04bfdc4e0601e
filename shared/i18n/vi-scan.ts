/** What reading scanned papers says (main/scan, docs/scanning.md), in Vietnamese; en-scan.ts has the same keys. */
export const viScan = {
  'error.SCAN_REFUSED': 'Không đọc được tệp quét {file}.',
  'scan.tooLarge': 'Tệp quét {file} quá lớn ({megabytes} MB; tối đa {limit} MB).',
  'scan.tooManyPixels': 'Trang {page} của tệp {file} quá lớn ({megapixels} triệu điểm ảnh).',
  'scan.unknownFormat': 'Tệp {file} không phải ảnh quét (JPEG, PNG, TIFF) hay PDF.',
  'scan.damaged': 'Trang {page} của tệp {file} bị hỏng, không đọc được ảnh.',
  'scan.pdfNoImage': 'Trang {page} của tệp PDF {file} không có ảnh quét.',
  'scan.pdfDamaged': 'Tệp PDF {file} bị hỏng.',
  'scan.cannotRead': 'Không mở được tệp {file} (đã bị xoá, đổi tên, hay không có quyền đọc?).',
  'error.SCAN_PENDING': 'Còn phiếu quét chờ Ban kiểm phiếu xem.',
  'scan.blank': 'Trang {page} của tệp {file} để trắng: không phải phiếu.',
  'scan.unreadable': 'Trang {page} của tệp {file}: không đọc được phiếu (không thấy đủ dấu góc hoặc mã QR); quét lại.',
  'scan.wrongScale': 'Trang {page} của tệp {file} in hoặc quét sai tỉ lệ ({percent} %): in lại hoặc quét lại đúng 100 %.',
  'scan.uncutPage':
    'Trang {page} của tệp {file} là cả tờ A4 in {papers} phiếu chưa cắt rời: cắt từng phiếu ra rồi quét lại; trang này không được tính.',
  'scan.notOurCode': 'Trang {page} của tệp {file} không phải phiếu do Congress Desk in.',
  'scan.otherCongress': 'Trang {page} của tệp {file} là phiếu của một đại hội khác.',
  'scan.otherBallot': 'Trang {page} của tệp {file} là phiếu của một cuộc bầu khác (hoặc vòng khác).',
  'scan.otherLayout': 'Trang {page} của tệp {file} in theo danh sách hoặc mẫu khác với danh sách hiện tại.',
  'scan.sheetMissing': 'Trang {page} của tệp {file} (tờ {at}/{sheets}): thiếu tờ {sheet}/{sheets} của cùng phiếu, phiếu không được tính.',
  'scan.sheetRepeated': 'Trang {page} của tệp {file} (tờ {at}/{sheets}): tờ {sheet}/{sheets} bị lặp lại, phiếu không được tính.',
  'scan.pendingBlocksCount': 'Còn {count} phiếu quét chờ Ban kiểm phiếu xem (phiếu số {papers}): chưa chốt được kết quả.',
  'scan.notPending': 'Phiếu số {paper} không có tờ quét nào chờ xem.',
  'scan.decideOne':
    'Quyết định hoặc cả phiếu (các số bị gạch, hoặc lý do phiếu không hợp lệ), hoặc từng chỗ nghi (dòng gạch hay giữ, trang hợp lệ) — không lẫn hai cách.',
  'scan.duplicate': 'Trang {page} của tệp {file} đã được quét rồi (phiếu số {paper}, tệp {firstFile} trang {firstPage}): không tính lại.',
  'scan.noRenderer':
    'Không dựng được ảnh phiếu trắng từ {file}: thư viện vẽ PDF của bản cài đặt (pdf.js, @napi-rs/canvas) không chạy được; cài lại Congress Desk.',
  'scan.cli.page': 'trang {page}',
  'scan.cli.sheet': 'tờ {sheet}',
  'scan.cli.pageDoubt': 'trang: {doubt}',
  'scan.cli.pending': 'Phiếu {paper} lượt {pass} | {sheets} | máy thấy gạch: {struck} | cần xem: {doubts}',
  'scan.cli.nonePending': 'Không có phiếu quét nào chờ xem.',
  'scan.cli.decided': 'Phiếu {paper} lượt {pass}: đã ghi theo quyết định của Ban kiểm phiếu.',
  'scan.cli.lowResolution':
    'Có {pages} tờ quét ở {dpi} dpi: máy không nhìn lại được nét ngắn trong một từ, nên nhiều tờ phải xem lại hơn. Đặt máy quét 200 dpi cho các tờ còn lại.',
  'scan.cli.summary':
    'Đã ghi {accepted} phiếu · chờ Ban kiểm phiếu xem {pending} · trang bị từ chối {refused} · tờ đã quét trước đó {duplicates}',
  'scan.rowNotDoubtful': 'Phiếu số {paper}: máy không nghi ngờ dòng số {number}; Ban kiểm phiếu chỉ quyết định những dòng máy đưa ra xem.',
  'scan.rowTwice': 'Phiếu số {paper}: dòng số {number} được ghi hai lần trong cùng một quyết định.',
  'scan.noPageDoubt': 'Phiếu số {paper} không có nghi vấn cả trang (chữ viết, thiếu dấu) để xác nhận hợp lệ.',
  'scan.alreadyRecorded': 'Phiếu số {paper} đã vào lượt nhập {pass}; không quyết định lại được (nếu cần, sửa phiếu kèm lý do).',
  'scan.whichPass': 'Phiếu số {paper} chờ xem ở nhiều lượt nhập ({passes}): ghi rõ lượt.',
  'scan.cli.boardSoFar': 'Ban đã quyết: {decided}',
  'scan.cli.struck': 'gạch',
  'scan.cli.kept': 'giữ',
  'scan.cli.pageCleared': 'trang: hợp lệ',
  'scan.cli.partly': 'Phiếu {paper} lượt {pass}: đã ghi quyết định; còn {undecided} chỗ chờ Ban kiểm phiếu xem.',
  'scan.imageUnknown': 'Cuộc bầu này không có ảnh quét {image}….',
  'scan.imageMissing': 'Không thấy ảnh quét đã giữ {file}: tệp đã bị xoá hoặc chuyển đi.',
  'scan.imageChanged': 'Ảnh quét đã giữ {file} không còn như lúc ghi (SHA-256 khác): tệp đã bị sửa hoặc bị thay.',
  'scan.verify.imageMissing':
    'Thiếu ảnh quét tờ {sheet} của phiếu số {paper} (lần nhập {pass}) của cuộc bầu số {ballot}: không thấy tệp {file}',
  'scan.verify.imageChanged':
    'Ảnh quét tờ {sheet} của phiếu số {paper} (lần nhập {pass}) của cuộc bầu số {ballot} bị sửa ngoài ứng dụng: tệp {file} có SHA-256 khác',
  'scan.verify.imagesOk': 'Ảnh quét: {count} ảnh, đều có và đúng SHA-256 đã ghi',
  'scan.verify.imagesBroken': 'Ảnh quét: {problems} trên {count} ảnh thiếu hoặc bị sửa:',
  // a watched folder and batches (main/engine/scan-watch.ts, scan-batches.ts)
  'error.SCAN_WATCHING': 'Đang theo dõi một thư mục quét khác.',
  'scan.watchBusy': 'Đang theo dõi thư mục {folder}: dừng theo dõi thư mục đó trước.',
  'scan.watchFolderGone':
    'Không còn thấy thư mục {folder} (bị xoá, đổi tên, hay rút ổ đĩa?): đã dừng theo dõi; các phiếu đã đọc vẫn được ghi.',
  'scan.congressChanged':
    'Tệp đại hội đã được đóng trong lúc đọc phiếu quét: phần chưa ghi không được ghi; mở lại tệp rồi đọc lại thư mục (tờ đã ghi không bị tính lại).',
  'scan.cli.watching': 'Đang theo dõi thư mục {folder} (lượt {pass}); Ctrl-C để dừng.',
  'scan.cli.batch':
    'Đến giờ: {files} tệp · ghi {accepted} phiếu · chờ xem {pending} · trang từ chối {refused} · tờ đã quét trước đó {duplicates} · tờ chờ tờ tiếp theo {waiting}',
} as const;
