/**
 * The blank sheets a stack of scans is read against (docs/scanning.md): the ballot's papers printed
 * again from the congress exactly as the hall got them (main/export/ballot-papers.ts), rendered to grey
 * pages, one expected sheet per sheet of a paper.
 */
import { markingFor } from '../../shared/domain/paper-layout';
import type { CongressContext } from '../services/context';
import { PRODUCERS } from '../export/producers';
import { expectedSheets } from '../scan/blank-sheets';
import type { ExpectedSheet } from '../scan/interpret';
import { renderPdfPages } from '../scan/render-pdf';
import { loadBallot } from '../services/ballot-guards';

export async function blankSheetsFor(ctx: CongressContext, ballotId: number): Promise<ExpectedSheet[]> {
  const ballot = loadBallot(ctx, ballotId);
  const [papers] = await PRODUCERS.ballot_papers(ctx, { what: 'ballot_papers', format: 'pdf', ballotId: ballot.id, perPage: 1 }, () => {});
  const blank = await renderPdfPages(papers!.data, papers!.name);
  const names = ballot.candidates.map((c) => c.name);
  return expectedSheets(blank, markingFor(names.length, ballot.seats), names);
}
