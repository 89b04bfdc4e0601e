/**
 * The blank papers' PDF rendered to grey pages with poppler's `pdftoppm`, when this machine has it
 * (docs/scanning.md): the blank a scan is compared with. Without it the reading of a scan cannot start,
 * and the refusal says so by key instead of a missing program's error.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { GreyImage } from '../../shared/domain/scan-page';
import { decodeScan } from './decode';
import { scanRefused } from './scan-errors';

/** Enough for the blank's ink mask (its slack is 1.2 pt): the reader samples it, never the scan's dpi. */
export const BLANK_DPI = 150;

export async function renderPdfPages(pdf: Uint8Array, name: string, dpi = BLANK_DPI): Promise<(GreyImage & { dpi: number })[]> {
  const dir = mkdtempSync(join(tmpdir(), 'congress-blank-'));
  try {
    writeFileSync(join(dir, 'blank.pdf'), pdf);
    try {
      await promisify(execFile)('pdftoppm', ['-r', String(dpi), '-gray', '-png', join(dir, 'blank.pdf'), join(dir, 'page')]);
    } catch {
      throw scanRefused('scan.noRenderer', name);
    }
    const files = readdirSync(dir)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
    const pages: (GreyImage & { dpi: number })[] = [];
    for (const f of files) for (const p of await decodeScan(readFileSync(join(dir, f)), name)) pages.push({ ...p.image, dpi });
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
