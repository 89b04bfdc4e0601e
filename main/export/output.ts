/**
 * Writing a finished document: to a temporary name in the target folder, flushed to disk, then renamed
 * over the final name. A full disk or a folder that refuses writing leaves nothing half-written, and
 * the message says so in Vietnamese.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/contract/result';

export interface ExportedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

const WHY: Record<string, { vi: string; en: string }> = {
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EDQUOT: { vi: 'đã hết dung lượng cho phép', en: 'the disk quota is exhausted' },
  EACCES: { vi: 'không có quyền ghi vào thư mục này', en: 'no permission to write in this folder' },
  EPERM: { vi: 'không có quyền ghi vào thư mục này', en: 'no permission to write in this folder' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the drive is read-only' },
  ENOENT: { vi: 'thư mục không tồn tại', en: 'the folder does not exist' },
  ENOTDIR: { vi: 'đường dẫn không phải là thư mục', en: 'the path is not a folder' },
  EISDIR: { vi: 'đã có một thư mục trùng tên', en: 'a folder has that name' },
};

export function writeFailed(path: string, error: unknown): AppError {
  const code = (error as { code?: string }).code ?? '';
  const why = WHY[code] ?? { vi: (error as Error).message, en: (error as Error).message };
  return new AppError(
    'EXPORT_FAILED',
    `Không ghi được «${path}»: ${why.vi}. Chưa có tệp nào được tạo; hãy chọn thư mục khác hoặc giải phóng ổ đĩa rồi thử lại.`,
    `Could not write "${path}": ${why.en}. No file was created; choose another folder or free disk space and try again.`,
    { path, code },
  );
}

export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw writeFailed(dir, error);
  }
}

/** Beside the congress file: "<name> - tai-lieu/". */
export function defaultExportDir(ctx: { path: string }): string {
  return join(dirname(ctx.path), `${basename(ctx.path, extname(ctx.path))}-tai-lieu`);
}

/** Writes `data` to `path` atomically (temp name + fsync + rename). */
export function writeAtomically(path: string, data: Buffer): ExportedFile {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    const fd = openSync(temp, 'w');
    try {
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeFailed(path, error);
  }
  return { path, bytes: data.length, sha256: sha256(data) };
}

/**
 * The file a document goes to: `out` as given when it names a file with the right extension, else
 * `out` (or `defaultDir`) as a folder with the document's usual name in it.
 */
export function targetPath(out: string | undefined, defaultDir: string, fileName: string): string {
  if (out && extname(out).toLowerCase() === extname(fileName).toLowerCase() && !(existsSync(out) && statSync(out).isDirectory())) {
    ensureFolder(dirname(out));
    return out;
  }
  const dir = out ?? defaultDir;
  ensureFolder(dir);
  return join(dir, fileName);
}

/**
 * A file name from a title, without diacritics ("Hiệp thương cử" → "Hiep-thuong-cu"): USB sticks,
 * printers' shares and zip tools of the halls do not all keep Vietnamese file names intact.
 */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'tai-lieu';
}
