/**
 * The reading of a batch of scans, in the worker thread (docs/scanning.md): image work that takes
 * seconds a page must not hold the engine. Every page of every file is read against the ballot's blank
 * sheets (scan-blanks.ts); the run's first batch renders them from the engine's copy of the congress and
 * hands them back, and the later batches of the run are given them (main/engine/scan-batches.ts): the
 * rendering takes seconds, once a run instead of once a batch. What the pages say is checked, numbered
 * and recorded by the engine (main/services/scan-service.ts), in one transaction. The image of each page
 * read is kept beside the congress file itself, not its copy (docs/scanning.md, "Ảnh được giữ").
 */
import { scanImageFolder } from '../db/scan-images';
import { readSnapshot } from '../export/snapshot';
import { removeStalePartials } from '../files/partials';
import type { ExpectedSheet } from '../scan/interpret';
import { readScans, type ScanFile } from '../scan/scan-papers';
import type { ReadPage } from '../services/scan-service';
import { blankSheetsFor } from './scan-blanks';

/** Where the blank sheets come from: rendered by an earlier batch of the run, or from a copy of the congress. */
export type ScanBlanks = { sheets: ExpectedSheet[] } | { ballotId: number; snapshotPath: string; now: string };

export interface ScanJobInput {
  files: ScanFile[];
  congressPath: string;
  blanks: ScanBlanks;
}

export interface ScanJobOutput {
  pages: ReadPage[];
  /** The blank sheets this batch rendered, for the run's next batches; null when it was given them. */
  rendered: ExpectedSheet[] | null;
}

export async function scanJob(input: ScanJobInput, progress: (p: { done: number; total: number }) => void): Promise<ScanJobOutput> {
  const given = input.blanks;
  const sheets =
    'sheets' in given
      ? given.sheets
      : await readSnapshot({ ...given, congressPath: input.congressPath }, (ctx) => blankSheetsFor(ctx, given.ballotId));
  const pages: ReadPage[] = [];
  const keep = { folder: scanImageFolder(input.congressPath) };
  // a run's first batch: an image half-written when an earlier reading was killed goes (main/files/partials.ts)
  if (!('sheets' in given)) removeStalePartials(keep.folder);
  for (const [i, file] of input.files.entries()) {
    pages.push(...(await readScans([file], sheets, keep)));
    progress({ done: i + 1, total: input.files.length });
  }
  return { pages, rendered: 'sheets' in given ? null : sheets };
}
