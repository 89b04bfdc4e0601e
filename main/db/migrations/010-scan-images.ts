import type { Migration } from './migration';

/**
 * What scanning keeps beyond migration 009 (docs/scanning.md): the SHA-256 of the image kept for each
 * accepted or pending sheet (the file itself lies beside the congress file, named by that hash, so
 * `verify` can check it was not changed), and the counting board's decisions on a doubtful paper as
 * they are made, one row or the page at a time (JSON, null until the board has looked).
 */
export const scanImages: Migration = {
  version: 10,
  name: 'scan-images',
  sql: `
ALTER TABLE scanned_sheets ADD COLUMN image_sha256 TEXT CHECK (image_sha256 IS NULL OR length(image_sha256) = 64);
ALTER TABLE scanned_sheets ADD COLUMN board TEXT;
`,
};
