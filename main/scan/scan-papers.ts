/**
 * A stack of scanned files read page by page against the sheets printed for the ballot, then handed to
 * main/services/scan-service.ts, which checks, numbers and records them (docs/scanning.md). A file that
 * cannot be decoded is refused by key naming it, and the other files go on. The image of every page
 * read is kept beside the congress file (keep-image.ts); the ones no sheet was recorded with go again.
 */
import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import { scanImageFolder } from '../db/scan-images';
import type { CongressContext } from '../services/context';
import { forgetUnrecordedImages } from '../services/scan-images';
import { type ReadPage, recordScannedPages, type ScanReport } from '../services/scan-service';
import { decodePages, MAX_PDF_BYTES } from './decode';
import { keepPageImage } from './keep-image';
import { scanRefused } from './scan-errors';
import { interpretAnyForm } from './any-form';
import type { ExpectedSheet } from './interpret';

/** A scanned file as sent (its bytes), or named by its path on this machine and read when its turn comes. */
export type ScanFile = { name: string; bytes: Uint8Array } | { name: string; path: string };

/** A file's bytes; one too large to be a scan is refused before it is read. */
function bytesOf(f: ScanFile): Uint8Array {
  if ('bytes' in f) return f.bytes;
  let size: number;
  try {
    size = statSync(f.path).size;
  } catch {
    throw scanRefused('scan.cannotRead', f.name);
  }
  if (size > MAX_PDF_BYTES)
    throw scanRefused('scan.tooLarge', f.name, { megabytes: Math.ceil(size / 1024 / 1024), limit: MAX_PDF_BYTES / 1024 / 1024 });
  try {
    return readFileSync(f.path);
  } catch {
    throw scanRefused('scan.cannotRead', f.name);
  }
}

export interface ScanRequest {
  ballotId: number;
  pass: number;
  files: readonly ScanFile[];
}

/** Where the images of the pages read are kept (main/db/scan-images.ts `scanImageFolder`); none when absent. */
export interface KeepImages {
  folder: string;
}

/** Every page of every file, read in scan order (the order of the files, then their pages). */
export async function readScans(files: readonly ScanFile[], sheets: readonly ExpectedSheet[], keep?: KeepImages): Promise<ReadPage[]> {
  const pages: ReadPage[] = [];
  for (const f of files) {
    try {
      for await (const p of decodePages(bytesOf(f), f.name)) {
        const { reading, image: read } = interpretAnyForm(p.image, sheets);
        // a blank, unreadable or foreign page keeps no image: it is no sheet of this ballot
        const image = keep && reading.kind === 'read' ? await keepPageImage(read, reading.orientation, keep.folder) : undefined;
        pages.push({ file: f.name, page: p.page, hash: p.hash, reading, ...(image ? { image } : {}) });
      }
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
  const pages = await readScans(request.files, sheets, { folder: scanImageFolder(ctx.path) });
  const report = recordScannedPages(ctx, { ballotId: request.ballotId, pass: request.pass, pages });
  forgetUnrecordedImages(ctx, pages);
  return report;
}
