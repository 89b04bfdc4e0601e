/**
 * A stack of scanned files read page by page against the sheets printed for the ballot, then handed to
 * main/services/scan-service.ts, which checks, numbers and records them (docs/scanning.md). A file that
 * cannot be decoded is refused by key naming it, and the other files go on.
 */
import { AppError } from '../../shared/contract/result';
import type { CongressContext } from '../services/context';
import { type ReadPage, recordScannedPages, type ScanReport } from '../services/scan-service';
import { decodeScan } from './decode';
import { type ExpectedSheet, interpretPage } from './interpret';

export interface ScanFile {
  name: string;
  bytes: Uint8Array;
}

export interface ScanRequest {
  ballotId: number;
  pass: number;
  files: readonly ScanFile[];
}

/** Every page of every file, read in scan order (the order of the files, then their pages). */
export async function readScans(files: readonly ScanFile[], sheets: readonly ExpectedSheet[]): Promise<ReadPage[]> {
  const pages: ReadPage[] = [];
  for (const f of files) {
    try {
      for (const p of await decodeScan(f.bytes, f.name))
        pages.push({ file: f.name, page: p.page, hash: p.hash, reading: interpretPage(p.image, sheets) });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'SCAN_REFUSED' || !error.key) throw error;
      const page = typeof error.params?.page === 'number' ? error.params.page : 1;
      pages.push({ file: f.name, page, refusal: { key: error.key, params: error.params ?? {} } });
    }
  }
  return pages;
}

/** `sheets`: the ballot's blank sheets (main/scan/blank-sheets.ts), one per sheet of a paper. */
export async function scanPapers(ctx: CongressContext, request: ScanRequest, sheets: readonly ExpectedSheet[]): Promise<ScanReport> {
  const pages = await readScans(request.files, sheets);
  return recordScannedPages(ctx, { ballotId: request.ballotId, pass: request.pass, pages });
}
