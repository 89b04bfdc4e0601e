/**
 * A long list's papers, printed by the app on several sheets, each sheet scanned as scan-setup.ts scans
 * a one-sheet paper: the printed PDF cut into one file a sheet, so scanJpeg draws on each in turn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { TempEngine } from '../../helpers/temp-engine';
import { printedNames, printPapers, type Printed } from './scan-setup';

/** Names enough for two sheets of one paper at 11 pt (paper-layout.ts: a list one A4 sheet cannot hold). */
export const LONG_NAMES = Array.from({ length: 130 }, (_, i) => `Nguyễn Thị Phương Thảo Tên Dài ${i + 1}`);

/** Each sheet of the ballot's paper as scan-setup.ts's Printed: its own one-page PDF, geometry and printed names. */
export async function printSheets(t: TempEngine, ballotId: number, folder: string): Promise<Printed[]> {
  const whole = await printPapers(t, ballotId, folder);
  const source = await PDFDocument.load(readFileSync(whole.pdf));
  return Promise.all(
    whole.sheets.map(async (sheet, k) => {
      const doc = await PDFDocument.create();
      const [page] = await doc.copyPages(source, [k]);
      doc.addPage(page);
      const pdf = join(t.dir, folder, `to-${k + 1}.pdf`);
      writeFileSync(pdf, await doc.save());
      const names = printedNames(pdf, 1, sheet.geometry);
      return { pdf, sheets: whole.sheets, drawn: { geometry: sheet.geometry, inks: [], names, code: sheet.code } };
    }),
  );
}
