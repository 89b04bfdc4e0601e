/** Giới thiệu (About): in the F1 panel; the Electron menu's Trợ giúp ▸ Giới thiệu says the same. */
export const viAbout = {
  'about.title': 'Giới thiệu',
  'about.app': 'Ứng dụng',
  'about.schema': 'Cấu trúc dữ liệu tệp đại hội',
  'about.schemaValue': 'phiên bản {version}',
  'about.file': 'Tệp đang mở',
  'about.fileValue': 'cấu trúc phiên bản {version}',
  'about.noFile': 'chưa mở đại hội nào',
  'about.offline': 'Ứng dụng không dùng mạng Internet: không tự cập nhật, không gửi dữ liệu đi đâu.',
} as const;
