/**
 * Ballot paper entries. Ballot secrecy (docs/ballots.md): a row holds the ballot, the entry pass, the
 * number the board wrote on the paper and its marks; nothing here refers to a delegate or to
 * attendance, and no query joins them.
 */
import type { BoardReason, PaperMarks } from '../../shared/domain/ballot';
import type { DB } from './db';

export type { BoardReason };

export interface PaperEntry {
  pass: number;
  paper: number;
  /** Candidate numbers struck through, ascending, no repeats. */
  struck: number[];
  invalid: BoardReason | null;
  enteredAt: string;
}

export interface StoredPaper extends PaperEntry {
  voidedAt: string | null;
}

interface EntryRow {
  pass: number;
  paper: number;
  struck: string;
  invalid: BoardReason | null;
  entered_at: string;
  voided_at: string | null;
}

export function encodeStruck(struck: readonly number[]): string {
  return struck.join(' ');
}

function decodeStruck(text: string): number[] {
  return text === '' ? [] : text.split(' ').map(Number);
}

function toEntry(r: EntryRow): StoredPaper {
  return {
    pass: r.pass,
    paper: r.paper,
    struck: decodeStruck(r.struck),
    invalid: r.invalid,
    enteredAt: r.entered_at,
    voidedAt: r.voided_at,
  };
}

export function getPaper(db: DB, ballotId: number, pass: number, paper: number): StoredPaper | undefined {
  const row = db
    .prepare('SELECT pass, paper, struck, invalid, entered_at, voided_at FROM paper_entries WHERE ballot_id = ? AND pass = ? AND paper = ?')
    .get(ballotId, pass, paper) as EntryRow | undefined;
  return row && toEntry(row);
}

/** Inserts, or overwrites an existing (possibly voided) entry of the same pass and number. */
export function putPaper(db: DB, ballotId: number, e: PaperEntry): void {
  db.prepare(
    `INSERT INTO paper_entries (ballot_id, pass, paper, struck, invalid, entered_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(ballot_id, pass, paper) DO UPDATE SET struck = excluded.struck, invalid = excluded.invalid,
       entered_at = excluded.entered_at, voided_at = NULL, void_reason = NULL`,
  ).run(ballotId, e.pass, e.paper, encodeStruck(e.struck), e.invalid, e.enteredAt);
}

export function voidPaper(db: DB, ballotId: number, pass: number, paper: number, reason: string, at: string): void {
  db.prepare('UPDATE paper_entries SET voided_at = ?, void_reason = ? WHERE ballot_id = ? AND pass = ? AND paper = ?').run(
    at,
    reason,
    ballotId,
    pass,
    paper,
  );
}

/** Entries still standing (not voided), by pass then paper number. */
export function listPapers(db: DB, ballotId: number, pass?: number): PaperEntry[] {
  const rows = (
    pass === undefined
      ? db.prepare('SELECT * FROM paper_entries WHERE ballot_id = ? AND voided_at IS NULL ORDER BY pass, paper').all(ballotId)
      : db.prepare('SELECT * FROM paper_entries WHERE ballot_id = ? AND pass = ? AND voided_at IS NULL ORDER BY paper').all(ballotId, pass)
  ) as EntryRow[];
  return rows.map((r) => {
    const { voidedAt: _voided, ...entry } = toEntry(r);
    return entry;
  });
}

/** Per pass: papers standing and the highest paper number used (voided ones included). */
export function passProgress(db: DB, ballotId: number): Map<number, { papers: number; maxPaper: number }> {
  const rows = db
    .prepare(`SELECT pass, sum(voided_at IS NULL) AS papers, max(paper) AS max_paper FROM paper_entries WHERE ballot_id = ? GROUP BY pass`)
    .all(ballotId) as { pass: number; papers: number; max_paper: number }[];
  return new Map(rows.map((r) => [r.pass, { papers: r.papers, maxPaper: r.max_paper }]));
}

// ---------------------------------------------------------------- the board's resolutions

export function listResolutions(db: DB, ballotId: number): PaperMarks[] {
  const rows = db.prepare('SELECT paper, struck, invalid FROM paper_resolutions WHERE ballot_id = ? ORDER BY paper').all(ballotId) as {
    paper: number;
    struck: string;
    invalid: BoardReason | null;
  }[];
  return rows.map((r) => ({ paper: r.paper, struck: decodeStruck(r.struck), invalid: r.invalid }));
}

export function getResolution(db: DB, ballotId: number, paper: number): PaperMarks | undefined {
  const row = db.prepare('SELECT struck, invalid FROM paper_resolutions WHERE ballot_id = ? AND paper = ?').get(ballotId, paper) as
    { struck: string; invalid: BoardReason | null } | undefined;
  return row && { paper, struck: decodeStruck(row.struck), invalid: row.invalid };
}

export function putResolution(db: DB, ballotId: number, marks: PaperMarks, at: string): void {
  db.prepare(
    `INSERT INTO paper_resolutions (ballot_id, paper, struck, invalid, resolved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(ballot_id, paper) DO UPDATE SET struck = excluded.struck, invalid = excluded.invalid, resolved_at = excluded.resolved_at`,
  ).run(ballotId, marks.paper, encodeStruck(marks.struck), marks.invalid, at);
}
