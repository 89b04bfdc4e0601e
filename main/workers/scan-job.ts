/**
 * The reading of a stack of scans, in the worker thread (docs/scanning.md): image work that takes
 * seconds a page must not hold the engine. From the engine's copy of the congress the blank papers
 * are printed again exactly as the hall got them (main/export/ballot-papers.ts), rendered to grey
 * pages, and every page of every file is read against them. What the pages say is checked, numbered
 * and recorded by the engine (main/services/scan-service.ts), in one transaction. The image of each
 * page read is kept beside the congress file itself, not its copy (docs/scanning.md, "Ảnh được giữ").
 */
import { scanImageFolder } from '../db/scan-images';
import { readSnapshot } from '../export/snapshot';
import { readScans, type ScanFile } from '../scan/scan-papers';
import type { ReadPage } from '../services/scan-service';
import { blankSheetsFor } from './scan-blanks';

export interface ScanJobInput {
  ballotId: number;
  files: ScanFile[];
  congressPath: string;
  snapshotPath: string;
  now: string;
}

export async function scanJob(input: ScanJobInput, progress: (p: { done: number; total: number }) => void): Promise<ReadPage[]> {
  return readSnapshot(input, async (ctx) => {
    const sheets = await blankSheetsFor(ctx, input.ballotId);
    const pages: ReadPage[] = [];
    const keep = { folder: scanImageFolder(input.congressPath) };
    for (const [i, file] of input.files.entries()) {
      pages.push(...(await readScans([file], sheets, keep)));
      progress({ done: i + 1, total: input.files.length });
    }
    return pages;
  });
}
