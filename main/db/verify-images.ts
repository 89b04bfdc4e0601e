/**
 * `verify`'s check of the kept scan images (docs/scanning.md, "Ảnh được giữ"): every image an accepted or
 * pending sheet recorded is in the folder beside the congress file with the SHA-256 recorded. A missing
 * or changed one is said by key with its ballot, pass, paper, sheet and file, Vietnamese first.
 */
import { basename } from 'node:path';
import type { KeyedProblem } from '../../shared/i18n/translator';
import type { DB } from './db';
import { imageFileName, keepsImages, keptImagePath, keptImages, readKeptImage, scanImageFolder } from './scan-images';

export interface ImageProblem extends KeyedProblem {
  key: 'scan.verify.imageMissing' | 'scan.verify.imageChanged';
  params: { ballot: number; pass: number; paper: number; sheet: number; file: string };
}

export interface ImagesReport {
  /** Images recorded (each once, however many sheets point at it); `file` in a problem is `<folder>/<hash>.jpg`. */
  checked: number;
  problems: ImageProblem[];
}

export function checkKeptImages(db: DB, congressPath: string): ImagesReport {
  if (!keepsImages(db)) return { checked: 0, problems: [] };
  const seen = new Map<string, 'ok' | 'missing' | 'changed'>();
  const problems: ImageProblem[] = [];
  const folder = basename(scanImageFolder(congressPath));
  for (const k of keptImages(db)) {
    const path = keptImagePath(congressPath, k.image);
    // a hash that is no SHA-256 (the column only checks its length) names no file: it is missing
    const state = seen.get(k.image) ?? (path ? readKeptImage(path, k.image) : { ok: false as const, problem: 'missing' as const });
    const said = typeof state === 'string' ? state : state.ok ? 'ok' : state.problem;
    seen.set(k.image, said);
    if (said === 'ok') continue;
    problems.push({
      key: said === 'missing' ? 'scan.verify.imageMissing' : 'scan.verify.imageChanged',
      params: { ballot: k.ballotId, pass: k.pass, paper: k.paper, sheet: k.sheet, file: `${folder}/${imageFileName(k.image)}` },
    });
  }
  return { checked: seen.size, problems };
}
