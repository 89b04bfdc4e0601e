/**
 * Việc giao cho máy nhập phiếu (main/engine/station-assignment.ts, docs/hall-network.md §3), in
 * Vietnamese. Merged into viShared (vi.ts); en-station.ts has the same keys.
 */
export const viStation = {
  'station.notAssigned':
    'Máy «{device}» được giao nhập cuộc bầu cử số {ballotId}, lượt {pass}; không nhập hay huỷ được phiếu của cuộc bầu cử số {askedBallot}, lượt {askedPass}.',
  'station.paperOutOfRange': 'Máy «{device}» chỉ được nhập phiếu số {from} đến {to}; phiếu số {paper} nằm ngoài dãy được giao.',
  // Chế độ trạm (main/host/station-relay.ts, docs/hall-network.md «Chế độ trạm»).
  'station.forgedCertificate':
    'Máy trả lời ở {laptop} KHÔNG phải máy điều hành đã ghép nối: chứng chỉ của nó ({found}…) khác dấu vân tay đã ghim ({expected}…). Không gửi gì cho máy đó. Báo ngay cho người điều hành; có thể có máy lạ giả làm laptop trên Wi-Fi.',
  'station.laptopUnreachable':
    'Không liên lạc được với máy điều hành ở {laptop} ({cause}). Kiểm tra Wi-Fi của hội trường; máy này thử lại tự động.',
  'station.notPaired': 'Máy này chưa ghép nối với máy điều hành.',
} as const;
