/** What the ballot papers' export says it printed (main/export/producers.ts): papers per A4 page. */
export const viPapers = {
  'export.papers.perPage': '{perPage} phiếu/trang',
  'export.papers.perPageLong': '{perPage} phiếu/trang vì danh sách dài',
} as const;
