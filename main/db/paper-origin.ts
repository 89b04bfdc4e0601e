/**
 * Where a paper entry came from and on which device (migration 007). Kept apart from the marks
 * (main/db/papers.ts): the tally never reads it, the entry log prints it.
 */
import type { DB } from './db';

export const PAPER_SOURCES = ['keyboard', 'file', 'scan', 'review'] as const;
export type PaperSource = (typeof PAPER_SOURCES)[number];

export interface PaperOrigin {
  source: PaperSource | null;
  device: string | null;
}

/** Call right after the entry is written, in the same transaction (its audit entry then holds both). */
export function setPaperOrigin(db: DB, ballotId: number, pass: number, paper: number, origin: PaperOrigin): void {
  db.prepare('UPDATE paper_entries SET source = ?, device = ? WHERE ballot_id = ? AND pass = ? AND paper = ?').run(
    origin.source,
    origin.device,
    ballotId,
    pass,
    paper,
  );
}

/** Every standing entry's origin, by "pass:paper". */
export function paperOrigins(db: DB, ballotId: number): Map<string, PaperOrigin> {
  const rows = db
    .prepare('SELECT pass, paper, source, device FROM paper_entries WHERE ballot_id = ? AND voided_at IS NULL')
    .all(ballotId) as { pass: number; paper: number; source: PaperSource | null; device: string | null }[];
  return new Map(rows.map((r) => [`${r.pass}:${r.paper}`, { source: r.source, device: r.device }]));
}

/** How the entry log names a source, Vietnamese first. */
export const SOURCE_WORDS: Readonly<Record<PaperSource, { vi: string; en: string }>> = {
  keyboard: { vi: 'bàn phím', en: 'keyboard' },
  file: { vi: 'tệp', en: 'file' },
  scan: { vi: 'quét', en: 'scan' },
  review: { vi: 'rà soát', en: 'review' },
};
