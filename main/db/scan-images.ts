/**
 * The kept images of scanned sheets (migration 010, docs/scanning.md "Ảnh được giữ"): each accepted or
 * pending sheet's image is a JPEG in a folder beside the congress file, named by its SHA-256, which
 * scanned_sheets.image_sha256 holds. Where the folder is, and which sheets point at which image: the
 * ballot, the pass, the paper number and the sheet, never a delegate.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { DB } from './db';

/** SHA-256 in hex: the only names the folder holds, so no name given from outside can leave it. */
export const IMAGE_HASH = /^[0-9a-f]{64}$/;

/** `Dai-hoi.congress` → `Dai-hoi.congress.anh-quet/`: beside the file, named after the whole of it. */
export function scanImageFolder(congressPath: string): string {
  return `${congressPath}.anh-quet`;
}

export const imageFileName = (sha256: string): string => `${sha256}.jpg`;

/** The kept image's path; null for anything that is not a SHA-256. */
export function keptImagePath(congressPath: string, sha256: string): string | null {
  return IMAGE_HASH.test(sha256) ? join(scanImageFolder(congressPath), imageFileName(sha256)) : null;
}

export interface KeptImage {
  ballotId: number;
  pass: number;
  paper: number;
  sheet: number;
  /** The scanned file and page it came from, as the operator named them. */
  file: string;
  page: number;
  image: string;
  status: 'accepted' | 'pending';
}

const SELECT = `SELECT ballot_id AS ballotId, pass, paper, sheet, file_name AS file, page, image_sha256 AS image, status
  FROM scanned_sheets WHERE image_sha256 IS NOT NULL AND status <> 'refused'`;

/** Whether the file's schema has the column (a file before migration 010 keeps no images). */
export function keepsImages(db: DB): boolean {
  return db.prepare(`SELECT 1 FROM pragma_table_info('scanned_sheets') WHERE name = 'image_sha256'`).get() !== undefined;
}

/** Every kept image of the congress (of one ballot, when given), by ballot, pass, paper and sheet. */
export function keptImages(db: DB, ballotId?: number): KeptImage[] {
  const sql = `${SELECT}${ballotId === undefined ? '' : ' AND ballot_id = ?'} ORDER BY ballot_id, pass, paper, sheet`;
  return db.prepare(sql).all(...(ballotId === undefined ? [] : [ballotId])) as KeptImage[];
}

/** The sheet of this ballot whose kept image this is, if any. */
export function keptImageOf(db: DB, ballotId: number, sha256: string): KeptImage | undefined {
  return db.prepare(`${SELECT} AND ballot_id = ? AND image_sha256 = ? LIMIT 1`).get(ballotId, sha256) as KeptImage | undefined;
}

/** Whether any sheet points at this image: one that none does was read but not recorded (refused, a copy). */
export function imageRecorded(db: DB, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM scanned_sheets WHERE image_sha256 = ? LIMIT 1').get(sha256) !== undefined;
}

export const sha256Of = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** What the file of a recorded image is now: its bytes when whole, else why not. */
export type ImageState = { ok: true; data: Buffer } | { ok: false; problem: 'missing' | 'changed' };

/** Reads the kept image at `path` and checks it against its name's hash; a FIFO or a folder is no image. */
export function readKeptImage(path: string, sha256: string): ImageState {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return { ok: false, problem: 'missing' };
  if (!stat.isFile()) return { ok: false, problem: 'changed' };
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return { ok: false, problem: 'missing' };
  }
  return sha256Of(data) === sha256 ? { ok: true, data } : { ok: false, problem: 'changed' };
}

/** The refusal of a recorded image whose file is not there or not as recorded, naming the file. */
export function keptImageError(path: string, problem: 'missing' | 'changed'): AppError {
  return problem === 'missing'
    ? AppError.of('FILE_NOT_FOUND', 'scan.imageMissing', { file: path })
    : AppError.of('FILE_DAMAGED', 'scan.imageChanged', { file: path });
}
