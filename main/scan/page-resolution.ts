/**
 * Each page outcome of a scan report told the resolution its page was read at (docs/scanning.md: below
 * 180 dpi a kept name gets no second look), for the scan panel and `ballot scan` to advise 200 dpi.
 * Joined here by file and page: the service that records the pages (main/services/scan-service.ts)
 * reports what became of them, not how they were scanned.
 */
import type { PageOutcome, ReadPage } from '../services/scan-service';

/**
 * Sets `dpi` on every outcome whose page was read (a sheet of this ballot or a copy of one), as the
 * contract's page outcome carries it (shared/contract/scan-channels.ts).
 */
export function addPageDpi(outcomes: readonly PageOutcome[], pages: readonly ReadPage[]): void {
  const dpi = new Map<string, number>();
  for (const p of pages)
    if ('reading' in p && p.reading.kind === 'read' && p.reading.dpi !== undefined) dpi.set(`${p.page}:${p.file}`, p.reading.dpi);
  for (const o of outcomes) {
    const d = dpi.get(`${o.page}:${o.file}`);
    if (d !== undefined) Object.assign(o, { dpi: d });
  }
}
