import type { ExportKind } from '../../../shared/contract/export-schemas';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import type { ExportedFile } from './exports-store';

/** The documents a person prints and hands out or signs: cards, ballot papers, the minutes, the attendance list. */
const PRINTED = new Set<ExportKind>(['cards', 'ballot_papers', 'minutes', 'attendance']);

export function printable(kind: ExportKind | null, file: ExportedFile): boolean {
  return kind !== null && PRINTED.has(kind) && file.path.toLowerCase().endsWith('.pdf');
}

/**
 * The PDF just exported, opened where it can be printed: the host serves the last export's PDFs at
 * /printable/<sha256>.pdf (main/host/printable-exports.ts) for the browser's viewer; in the desktop
 * app the same window.open is answered with a print window (main/electron/print-pdf.ts) and never
 * returns one, so only the browser can tell a blocked pop-up.
 */
export function printExported(file: ExportedFile, blockedText: string): void {
  const opened = window.open(`/printable/${file.sha256}.pdf`, '_blank');
  if (opened)
    opened.opener = null; // the viewer has no business with this page
  else if (!client().bridge.dialogs) useApp.getState().info(blockedText);
}
