/**
 * The reading of a stack of scans, in the worker thread (docs/scanning.md): image work that takes
 * seconds a page must not hold the engine. From the engine's copy of the congress the blank papers
 * are printed again exactly as the hall got them (main/export/ballot-papers.ts), rendered to grey
 * pages, and every page of every file is read against them. What the pages say is checked, numbered
 * and recorded by the engine (main/services/scan-service.ts), in one transaction.
 */
import { markingFor } from '../../shared/domain/paper-layout';
import { PRODUCERS } from '../export/producers';
import { readSnapshot } from '../export/snapshot';
import { expectedSheets } from '../scan/blank-sheets';
import { renderPdfPages } from '../scan/render-pdf';
import { readScans, type ScanFile } from '../scan/scan-papers';
import { loadBallot } from '../services/ballot-guards';
import type { ReadPage } from '../services/scan-service';

export interface ScanJobInput {
  ballotId: number;
  files: ScanFile[];
  congressPath: string;
  snapshotPath: string;
  now: string;
}

export async function scanJob(input: ScanJobInput, progress: (p: { done: number; total: number }) => void): Promise<ReadPage[]> {
  return readSnapshot(input, async (ctx) => {
    const ballot = loadBallot(ctx, input.ballotId);
    const [papers] = await PRODUCERS.ballot_papers(
      ctx,
      { what: 'ballot_papers', format: 'pdf', ballotId: ballot.id, perPage: 1 },
      () => {},
    );
    const blank = await renderPdfPages(papers!.data, papers!.name);
    const names = ballot.candidates.map((c) => c.name);
    const sheets = expectedSheets(blank, markingFor(names.length, ballot.seats), names);
    const pages: ReadPage[] = [];
    for (const [i, file] of input.files.entries()) {
      pages.push(...(await readScans([file], sheets)));
      progress({ done: i + 1, total: input.files.length });
    }
    return pages;
  });
}
