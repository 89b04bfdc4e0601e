/** What reading scanned papers says (main/scan, docs/scanning.md), in Vietnamese; en-scan.ts has the same keys. */
export const viScan = {
  'error.SCAN_REFUSED': 'Không đọc được tệp quét {file}.',
  'scan.tooLarge': 'Tệp quét {file} quá lớn ({megabytes} MB; tối đa {limit} MB).',
  'scan.tooManyPixels': 'Trang {page} của tệp {file} quá lớn ({megapixels} triệu điểm ảnh).',
  'scan.unknownFormat': 'Tệp {file} không phải ảnh quét (JPEG, PNG, TIFF) hay PDF.',
  'scan.damaged': 'Trang {page} của tệp {file} bị hỏng, không đọc được ảnh.',
  'scan.pdfNoImage': 'Trang {page} của tệp PDF {file} không có ảnh quét.',
  'scan.pdfDamaged': 'Tệp PDF {file} bị hỏng.',
} as const;
