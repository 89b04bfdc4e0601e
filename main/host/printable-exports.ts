import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename } from 'node:path';
import type { Result } from '../../shared/contract/result';

/**
 * «In»: the PDFs of the export just made, and only those, can be fetched back by the operator's
 * window to print them (the browser's PDF viewer in the browser host, a print window in Electron:
 * main/electron/print-pdf.ts). Named by their sha256 in a fixed path, never by a file path the page
 * chooses, so this opens no file the operator did not just write; a newer export replaces the list.
 */
export const PRINTABLE_PREFIX = '/printable/';
const PRINTABLE_PATH = /^\/printable\/([0-9a-f]{64})\.pdf$/;

interface ExportedPdf {
  path: string;
  sha256: string;
}

export class PrintableExports {
  private latest: ExportedPdf[] = [];

  /** What `exports:run` answered: its PDFs become the printable ones; a refused export leaves the last list. */
  remember(channel: string, answer: Result<unknown>): void {
    if (channel !== 'exports:run' || !answer.ok) return;
    const files = (answer.value as { files?: ExportedPdf[] }).files ?? [];
    this.latest = files.filter((f) => f.path.toLowerCase().endsWith('.pdf')).map(({ path, sha256 }) => ({ path, sha256 }));
  }

  /** The file a printable address names, or null (not a printable address, not the last export's, gone since). */
  find(urlPath: string): string | null {
    const sha = PRINTABLE_PATH.exec(urlPath)?.[1];
    const file = sha ? this.latest.find((f) => f.sha256 === sha) : undefined;
    return file && existsSync(file.path) ? file.path : null;
  }
}

/** The PDF itself, shown inline (the viewer prints it), never cached: the next export may reuse the name. */
export function sendPdf(file: string, res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(basename(file))}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(readFileSync(file));
}
