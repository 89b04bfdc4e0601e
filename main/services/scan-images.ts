/**
 * The kept images of scanned sheets, for the counting board (docs/scanning.md, "Ảnh được giữ"): a sheet's
 * image is served only when this ballot recorded it, from the folder beside the congress file, and only
 * when its bytes still have the SHA-256 recorded. A name never comes from outside: the path is made
 * from the recorded hash, so nothing outside the folder can be asked for.
 */
import { rmSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import { imageRecorded, keptImageError, keptImageOf, keptImagePath, readKeptImage } from '../db/scan-images';
import { loadBallotHeader } from './ballot-guards';
import type { CongressContext } from './context';
import type { ReadPage } from './scan-service';

export function sheetImage(
  ctx: CongressContext,
  input: { ballotId: number; image: string },
): { mime: 'image/jpeg'; contentBase64: string } {
  loadBallotHeader(ctx, input.ballotId);
  const path = keptImagePath(ctx.path, input.image);
  if (!path || !keptImageOf(ctx.db, input.ballotId, input.image))
    throw AppError.of('NOT_FOUND', 'scan.imageUnknown', { image: input.image.slice(0, 12) });
  const state = readKeptImage(path, input.image);
  if (!state.ok) throw keptImageError(path, state.problem);
  return { mime: 'image/jpeg', contentBase64: state.data.toString('base64') };
}

/**
 * After a reading is recorded: the images of pages no sheet was recorded with (refused by their code,
 * a copy of a sheet already there, a lone sheet of a long paper) are removed. One any sheet points at
 * stays, whichever page of this reading it came from.
 */
export function forgetUnrecordedImages(ctx: CongressContext, pages: readonly ReadPage[]): void {
  for (const image of new Set(pages.flatMap((p) => ('image' in p && p.image ? [p.image] : [])))) {
    const path = keptImagePath(ctx.path, image);
    if (path && !imageRecorded(ctx.db, image)) rmSync(path, { force: true });
  }
}
