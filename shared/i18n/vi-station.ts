/**
 * Việc giao cho máy nhập phiếu (main/engine/station-assignment.ts, docs/hall-network.md §3), in
 * Vietnamese. Merged into viShared (vi.ts); en-station.ts has the same keys.
 */
export const viStation = {
  'station.notAssigned':
    'Máy «{device}» được giao nhập cuộc bầu cử số {ballotId}, lượt {pass}; không nhập hay huỷ được phiếu của cuộc bầu cử số {askedBallot}, lượt {askedPass}.',
  'station.paperOutOfRange': 'Máy «{device}» chỉ được nhập phiếu số {from} đến {to}; phiếu số {paper} nằm ngoài dãy được giao.',
} as const;
