/**
 * Scanned sheets (migration 009, docs/scanning.md): what each page read was given. Ballot secrecy as in
 * main/db/papers.ts: the ballot, the pass, the paper number, the file and page; never a delegate.
 */
import type { DB } from './db';

export type ScanStatus = 'accepted' | 'pending' | 'refused';

export interface ScannedSheet {
  pass: number;
  hash: string;
  file: string;
  page: number;
  sheet: number | null;
  paper: number | null;
  status: ScanStatus;
  /** What the machine saw (JSON in the file): rows and page doubts, or the refusal. */
  doubts: unknown;
  scannedAt: string;
  /** SHA-256 of the kept image (a file beside the congress, migration 010); null on a refused page. */
  image: string | null;
  /** The board's decisions so far on a doubtful paper (JSON, scan-review-service.ts), or null. */
  board: unknown;
  decidedBy: string | null;
  decidedAt: string | null;
}

interface Row {
  pass: number;
  content_hash: string;
  file_name: string;
  page: number;
  sheet: number | null;
  paper: number | null;
  status: ScanStatus;
  doubts: string;
  scanned_at: string;
  image_sha256: string | null;
  board: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

const toSheet = (r: Row): ScannedSheet => ({
  pass: r.pass,
  hash: r.content_hash,
  file: r.file_name,
  page: r.page,
  sheet: r.sheet,
  paper: r.paper,
  status: r.status,
  doubts: JSON.parse(r.doubts) as unknown,
  scannedAt: r.scanned_at,
  image: r.image_sha256,
  board: r.board === null ? null : (JSON.parse(r.board) as unknown),
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

const COLUMNS =
  'pass, content_hash, file_name, page, sheet, paper, status, doubts, scanned_at, image_sha256, board, decided_by, decided_at';

/** A refused page is kept only until the same content is read again; an accepted or pending one for good. */
export function putScannedSheet(db: DB, ballotId: number, s: Omit<ScannedSheet, 'decidedBy' | 'decidedAt' | 'board'>): void {
  db.prepare(
    `INSERT INTO scanned_sheets (ballot_id, pass, content_hash, file_name, page, sheet, paper, status, doubts, scanned_at, image_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (ballot_id, content_hash) DO UPDATE SET
       pass = excluded.pass, file_name = excluded.file_name, page = excluded.page, sheet = excluded.sheet,
       paper = excluded.paper, status = excluded.status, doubts = excluded.doubts, scanned_at = excluded.scanned_at,
       image_sha256 = excluded.image_sha256
     WHERE scanned_sheets.status = 'refused'`,
  ).run(ballotId, s.pass, s.hash, s.file, s.page, s.sheet, s.paper, s.status, JSON.stringify(s.doubts), s.scannedAt, s.image);
}

/** The sheet already standing (accepted or pending) with this content, if any. */
export function scannedByHash(db: DB, ballotId: number, hash: string): ScannedSheet | undefined {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM scanned_sheets WHERE ballot_id = ? AND content_hash = ? AND status <> 'refused'`)
    .get(ballotId, hash) as Row | undefined;
  return row && toSheet(row);
}

/** The highest paper number scanned sheets hold in a pass (a pending paper keeps its number). */
export function lastScannedPaper(db: DB, ballotId: number, pass: number): number {
  return (
    (db.prepare('SELECT MAX(paper) FROM scanned_sheets WHERE ballot_id = ? AND pass = ?').pluck().get(ballotId, pass) as number | null) ?? 0
  );
}

/** Every sheet of the papers waiting for the board, by pass, paper and sheet. */
export function pendingSheets(db: DB, ballotId: number): ScannedSheet[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM scanned_sheets WHERE ballot_id = ? AND status = 'pending' ORDER BY pass, paper, sheet`)
    .all(ballotId) as Row[];
  return rows.map(toSheet);
}

export function countPendingPapers(db: DB, ballotId: number): number {
  return db
    .prepare(`SELECT COUNT(DISTINCT pass || ':' || paper) FROM scanned_sheets WHERE ballot_id = ? AND status = 'pending'`)
    .pluck()
    .get(ballotId) as number;
}

/** The board's decision on a pending paper: its sheets become accepted, with who decided and when. */
export function decideScannedPaper(db: DB, ballotId: number, pass: number, paper: number, by: string, at: string): number {
  return db
    .prepare(
      `UPDATE scanned_sheets SET status = 'accepted', decided_by = ?, decided_at = ?
       WHERE ballot_id = ? AND pass = ? AND paper = ? AND status = 'pending'`,
    )
    .run(by, at, ballotId, pass, paper).changes;
}

/** The sheets standing (pending or accepted) under a paper number, in every pass or one, by pass and sheet. */
export function sheetsOfPaper(db: DB, ballotId: number, paper: number, pass?: number): ScannedSheet[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM scanned_sheets
       WHERE ballot_id = ? AND paper = ? AND status <> 'refused' AND (? IS NULL OR pass = ?) ORDER BY pass, sheet`,
    )
    .all(ballotId, paper, pass ?? null, pass ?? null) as Row[];
  return rows.map(toSheet);
}

/** Every sheet of a paper that entered its pass (read by the machine, or decided by the board), by pass, paper and sheet. */
export function acceptedSheets(db: DB, ballotId: number): ScannedSheet[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM scanned_sheets WHERE ballot_id = ? AND status = 'accepted' ORDER BY pass, paper, sheet`)
    .all(ballotId) as Row[];
  return rows.map(toSheet);
}

/** The board's reading so far of one sheet still waiting (JSON, scan-review-service.ts). */
export function setSheetBoard(db: DB, ballotId: number, hash: string, board: unknown): void {
  db.prepare(`UPDATE scanned_sheets SET board = ? WHERE ballot_id = ? AND content_hash = ? AND status = 'pending'`).run(
    JSON.stringify(board),
    ballotId,
    hash,
  );
}
