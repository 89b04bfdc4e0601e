/**
 * The scanned files a folder or a list of paths stands for (docs/scanning.md): what scanners write
 * (a PDF of images, JPEG, PNG, TIFF), a folder in file-name order as a scanner numbers them while the
 * feeder runs (2 before 10). Each file is named to the operator by its name, read later by its path.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export const SCAN_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff']);

export interface ScanPath {
  name: string;
  path: string;
}

const numeric = new Intl.Collator('en', { numeric: true });

export const isScanFile = (name: string) => SCAN_EXTENSIONS.has(extname(name).toLowerCase());

/** The scan files directly inside a folder, in the scanner's order. */
export function scanFilesIn(folder: string): ScanPath[] {
  return readdirSync(folder)
    .filter(isScanFile)
    .sort(numeric.compare)
    .map((f) => ({ name: f, path: join(folder, f) }));
}

/** Each path as given: a folder stands for its scan files, a file for itself (a wrong kind is refused when read). */
export function scanPaths(paths: readonly string[]): ScanPath[] {
  return paths.flatMap((path) =>
    statSync(path, { throwIfNoEntry: false })?.isDirectory() ? scanFilesIn(path) : [{ name: basename(path), path }],
  );
}
