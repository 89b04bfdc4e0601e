/**
 * Bất thường khi điểm danh: a delegate already present scanned again at another desk, shown to the
 * operator on the check-in screen (docs/hall-network.md «Khi có sự cố»).
 */
export const viAnomaly = {
  'anomaly.title_other': 'Bất thường: {count} đại biểu được quét thẻ ở hai nơi',
  'anomaly.hint':
    'Mỗi đại biểu chỉ được tính một lần. Thẻ có thể bị mất, cho mượn hoặc sao chép: hỏi bàn quét lần sau, xem thẻ và người cầm thẻ, rồi bấm «Đã xem».',
  'anomaly.line': 'đã điểm danh lúc {firstTime} tại {firstPlace}; quét lại lúc {time} tại {place}',
  'anomaly.acknowledge': 'Đã xem',
  'anomaly.acknowledgeLabel': 'Đã xem bất thường của {name}',
  'anomaly.laptop': 'máy điều hành',
} as const;
