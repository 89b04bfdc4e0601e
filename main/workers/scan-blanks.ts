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

/**
 * Every form the hall may have printed: one paper to a page, or two or four to be cut apart (a list
 * that does not fit those is printed one to a page, the same sheets: kept once).
 */
const FORMS = [1, 2, 4] as const;

export async function blankSheetsFor(ctx: CongressContext, ballotId: number): Promise<ExpectedSheet[]> {
  const ballot = loadBallot(ctx, ballotId);
  const names = ballot.candidates.map((c) => c.name);
  const marking = markingFor(names.length, ballot.seats);
  const sheets = new Map<string, ExpectedSheet>();
  for (const perPage of FORMS) {
    const [papers] = await PRODUCERS.ballot_papers(ctx, { what: 'ballot_papers', format: 'pdf', ballotId: ballot.id, perPage }, () => {});
    // with several papers to a page, the first page's top-left paper is each sheet's blank (blank-sheets.ts)
    const blank = await renderPdfPages(papers!.data, papers!.name);
    for (const sheet of expectedSheets(blank, marking, names)) if (!sheets.has(sheet.code)) sheets.set(sheet.code, sheet);
  }
  return [...sheets.values()];
}
