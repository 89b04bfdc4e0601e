/**
 * The congress archive: one folder (or zip) with a consistent copy of the congress file (SQLite backup
 * API), every document made from that very copy (so the documents and the file agree to the vote), and
 * a manifest with the SHA-256 of each file (manifest.json, and SHA256SUMS for `sha256sum -c`); with
 * `scanImages`, the kept images of the scanned sheets too (archive-scans.ts).
 * Written under a temporary name and renamed at the end: a failure leaves nothing half-made.
 */
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import type { ExportFormat, ExportKind } from '../../shared/contract/export-schemas';
import { APP_NAME, APP_VERSION, SCHEMA_VERSION } from '../app-version';
import { type AuditAnchor, auditAnchor } from '../db/audit';
import { listBallots } from '../db/ballots';
import { getCongressSettings, getCurrentSessionId, listSessions } from '../db/congress';
import { AppError } from '../../shared/contract/result';
import { listActiveDelegates } from '../db/delegates';
import { listVotes } from '../db/votes';
import type { CongressContext } from '../services/context';
import { archivedScans } from './archive-scans';
import type { ExportRequest, Progress } from './export-types';
import { ensureFolder, type ExportedFile, sha256, writeAtomically, writeFailed } from './output';
import { electedList, PRODUCERS } from './producers';
import { COUNTED } from './sources';

interface Planned {
  folder: string;
  /** Every export, and the list of the elected (not an export of its own yet). */
  what: Exclude<ExportKind, 'archive'> | 'elected';
  format: ExportFormat;
  ballotId?: number;
  sessionId?: number;
}

/**
 * Every document the congress has the data for. The papers that are filed signed (credentials report,
 * attendance lists, vote results, minutes, the list of the elected) are kept as PDF too: the archive is
 * what is kept for six months, and a PDF cannot be edited unseen (docs/exports.md, archive).
 */
function plan(ctx: CongressContext): Planned[] {
  const jobs: Planned[] = [];
  const ballots = listBallots(ctx.db);
  for (const b of ballots) {
    const folder = `Bau-cu/${b.id}`;
    if (b.candidateCount > 0) jobs.push({ folder, what: 'ballot_papers', format: 'pdf', ballotId: b.id });
    if (COUNTED.has(b.state)) {
      jobs.push({ folder, what: 'minutes', format: 'docx', ballotId: b.id }, { folder, what: 'minutes', format: 'pdf', ballotId: b.id });
    }
    if (b.state !== 'preparing' && b.method === 'paper') jobs.push({ folder, what: 'entry_log', format: 'pdf', ballotId: b.id });
  }
  if (ballots.length > 0)
    jobs.push({ folder: 'Bau-cu', what: 'tally', format: 'xlsx' }, { folder: 'Bau-cu', what: 'tally', format: 'csv' });
  if (ballots.some((b) => COUNTED.has(b.state))) jobs.push({ folder: 'Bau-cu', what: 'elected', format: 'pdf' });
  const sessions = listSessions(ctx.db);
  if (listActiveDelegates(ctx.db).length > 0) {
    jobs.push({ folder: 'Dai-bieu', what: 'cards', format: 'pdf' });
    for (const s of sessions) {
      jobs.push(
        { folder: 'Diem-danh', what: 'attendance', format: 'docx', sessionId: s.id },
        { folder: 'Diem-danh', what: 'attendance', format: 'pdf', sessionId: s.id },
        { folder: 'Diem-danh', what: 'attendance', format: 'xlsx', sessionId: s.id },
      );
    }
    const current = getCurrentSessionId(ctx.db);
    if (current !== null)
      jobs.push(
        { folder: 'Dai-bieu', what: 'credentials', format: 'docx', sessionId: current },
        { folder: 'Dai-bieu', what: 'credentials', format: 'pdf', sessionId: current },
      );
  }
  if (listVotes(ctx.db).length > 0)
    jobs.push(
      { folder: 'Bieu-quyet', what: 'votes', format: 'docx' },
      { folder: 'Bieu-quyet', what: 'votes', format: 'pdf' },
      { folder: 'Bieu-quyet', what: 'votes', format: 'xlsx' },
    );
  return jobs;
}

/** A read-only context over the copy: documents are made from exactly what is archived. */
function copyContext(path: string, now: () => string): { ctx: CongressContext; close: () => void } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  let delegates: ReturnType<typeof listActiveDelegates> | null = null;
  const ctx: CongressContext = { db, path, now, delegates: () => (delegates ??= listActiveDelegates(db)), emit: () => {} };
  return { ctx, close: () => db.close() };
}

function stampOf(iso: string): string {
  return iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

export async function writeArchive(
  live: CongressContext,
  request: ExportRequest,
  defaultDir: string,
  progress: Progress,
): Promise<{ files: ExportedFile[] }> {
  const createdAt = live.now();
  const parent = request.out ?? defaultDir;
  ensureFolder(parent);
  const name = `Luu-tru-${stampOf(createdAt)}`;
  const work = join(parent, `.${name}.${process.pid}.partial`);
  const finalPath = join(parent, request.format === 'zip' ? `${name}.zip` : name);
  const congressName = basename(live.path, extname(live.path)) + '.congress';
  try {
    mkdirSync(work);
    progress(0, 1, 'Đang sao tệp đại hội');
    // the backup API copies a consistent snapshot even while entry goes on
    await live.db.backup(join(work, congressName));
    // one file, no -wal beside it: the copy is switched to a rollback journal before it is hashed
    const fix = new Database(join(work, congressName));
    fix.pragma('journal_mode = DELETE');
    fix.close();
    const copy = copyContext(join(work, congressName), () => createdAt);
    const entries: { path: string; data: Buffer }[] = [];
    let audit: AuditAnchor;
    try {
      // the audit's head in the archived copy: `verify --head` on that copy (or on the file later) checks it
      audit = auditAnchor(copy.ctx.db);
      const jobs = plan(copy.ctx);
      for (const [i, job] of jobs.entries()) {
        progress(i, jobs.length + 1, `Lưu trữ: ${i + 1}/${jobs.length} tài liệu`);
        const { what } = job;
        const produced =
          what === 'elected'
            ? await electedList(copy.ctx, job.format)
            : await PRODUCERS[what](copy.ctx, { ...job, what, out: undefined }, () => {});
        for (const p of produced) entries.push({ path: `${job.folder}/${p.name}`, data: p.data });
      }
      // asked for: the kept images of the sheets the copy records, from beside the live file (archive-scans.ts)
      if (request.scanImages) entries.push(...archivedScans(copy.ctx.db, live.path));
    } finally {
      copy.close();
    }
    entries.unshift({ path: congressName, data: readFileSync(join(work, congressName)) });
    const manifest = {
      app: APP_NAME,
      appVersion: APP_VERSION,
      schemaVersion: SCHEMA_VERSION,
      congress: getCongressSettings(live.db)?.name ?? '',
      createdAt,
      audit: { entries: audit.entries, head: audit.head },
      files: entries.map((e) => ({ path: e.path, bytes: e.data.length, sha256: sha256(e.data) })),
    };
    const sums = manifest.files.map((f) => `${f.sha256}  ${f.path}`).join('\n') + '\n';
    entries.push({ path: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8') });
    entries.push({ path: 'SHA256SUMS', data: Buffer.from(sums, 'utf8') });
    progress(1, 1, 'Đang ghi lưu trữ');
    if (request.format === 'zip') {
      const zip = new JSZip();
      // PDFs, .docx, .xlsx and JPEGs are compressed already: stored as they are, the zip is made in a moment
      const packed = /\.(pdf|docx|xlsx|jpg)$/i;
      for (const e of entries)
        zip.file(e.path, e.data, { date: new Date(createdAt), compression: packed.test(e.path) ? 'STORE' : 'DEFLATE' });
      const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
      rmSync(work, { recursive: true, force: true });
      return { files: [writeAtomically(finalPath, data)] };
    }
    for (const e of entries.slice(1)) {
      ensureFolder(join(work, dirname(e.path)));
      writeAtomically(join(work, e.path), e.data);
    }
    renameSync(work, finalPath);
    // every file written, the manifest and the sums last
    const written = entries.map((e) => ({ path: join(finalPath, e.path), bytes: e.data.length, sha256: sha256(e.data) }));
    return { files: written };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    // a system error (ENOSPC, EACCES, …) from the copy or a rename: said in Vietnamese, like any write
    if (/^E[A-Z]+$/.test(String((error as { code?: unknown }).code))) throw writeFailed(finalPath, error);
    throw error;
  }
}
