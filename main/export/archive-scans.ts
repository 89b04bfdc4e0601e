/**
 * The kept scan images in the archive, when asked for (`scanImages`, docs/scanning.md "Ảnh được giữ"):
 * each image once under `anh-quet/`, named by its SHA-256 as beside the congress file, and a list
 * mapping each image to its ballot, pass, paper and sheet. The images come from the folder beside
 * the congress file, checked against their recorded SHA-256: a missing or changed one stops the archive.
 */
import Papa from 'papaparse';
import { safeCell } from '../../shared/domain/spreadsheet-safe';
import type { DB } from '../db/db';
import { imageFileName, keptImageError, keptImagePath, keptImages, keepsImages, readKeptImage } from '../db/scan-images';

export const SCANS_FOLDER = 'anh-quet';

const HEADER = ['Ảnh', 'Số cuộc bầu', 'Lượt nhập', 'Phiếu số', 'Tờ', 'Trạng thái', 'Tệp quét', 'Trang'];
const STATUS = { accepted: 'đã ghi', pending: 'chờ Ban kiểm phiếu' } as const;

/** `copy`: the archived copy of the congress (the list is of exactly what is archived); `congressPath`: the live file. */
export function archivedScans(copy: DB, congressPath: string): { path: string; data: Buffer }[] {
  if (!keepsImages(copy)) return [];
  const kept = keptImages(copy);
  if (kept.length === 0) return [];
  const entries: { path: string; data: Buffer }[] = [];
  const rows: (string | number)[][] = [HEADER];
  const taken = new Set<string>();
  for (const k of kept) {
    const name = imageFileName(k.image);
    rows.push([name, k.ballotId, k.pass, k.paper, k.sheet, STATUS[k.status], safeCell(k.file), k.page]);
    if (taken.has(name)) continue;
    taken.add(name);
    const path = keptImagePath(congressPath, k.image);
    const state = path ? readKeptImage(path, k.image) : ({ ok: false, problem: 'missing' } as const);
    if (!state.ok) throw keptImageError(path ?? name, state.problem);
    entries.push({ path: `${SCANS_FOLDER}/${name}`, data: state.data });
  }
  entries.push({
    path: `${SCANS_FOLDER}/danh-sach-anh.csv`,
    data: Buffer.from('\ufeff' + Papa.unparse(rows, { newline: '\r\n' }), 'utf8'),
  });
  return entries;
}
