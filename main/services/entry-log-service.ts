/**
 * The entry log of a ballot: the standing entries of every pass, reconciled as the count does, and
 * every correction (paper replaced or voided with its reason, disagreement settled by the board)
 * read back from the audit trail, which is append-only and so the honest record of what changed.
 * A scanned paper also says which of it the machine read and what the counting board decided
 * (scanned_sheets, main/services/scan-review-service.ts), with its kept images' short hashes.
 */
import type { z } from 'zod';
import type { entryLogSchema, scanNoteSchema } from '../../shared/contract/ballot-schemas';
import type { InvalidReason } from '../../shared/domain/ballot';
import { entryLogRows } from '../../shared/domain/entry-log';
import { listAuditFor } from '../db/audit';
import { listPapers, listResolutions } from '../db/papers';
import { acceptedSheets } from '../db/scanned-sheets';
import { loadBallot } from './ballot-guards';
import type { CongressContext } from './context';
import { sheetBoard } from './scan-review-service';

export type ScanNote = z.output<typeof scanNoteSchema>;
export type EntryLog = z.output<typeof entryLogSchema>;

/** The short hash the log prints of a kept image: enough to find its file beside the congress. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);

function scanNotes(ctx: CongressContext, ballotId: number): Record<string, ScanNote> {
  const notes: Record<string, ScanNote> = {};
  for (const s of acceptedSheets(ctx.db, ballotId)) {
    const key = `${s.pass}:${s.paper}`;
    const note = (notes[key] ??= { images: [], board: null });
    if (s.image) note.images.push(shortHash(s.image));
    if (s.decidedBy === null) continue; // read by the machine alone
    const b = sheetBoard(s);
    const board = (note.board ??= { rows: [], pageValid: false, whole: null });
    board.rows.push(...b.rows);
    board.rows.sort((x, y) => x.number - y.number);
    board.pageValid ||= b.valid;
    board.whole ??= b.whole ?? null;
  }
  return notes;
}
type Marks = { struck: number[]; invalid: InvalidReason | null };

const ACTIONS = { 'paper.replace': 'replace', 'paper.void': 'void', 'paper.resolve': 'resolve' } as const;

const marksOf = (v: unknown): Marks | null => {
  if (!v || typeof v !== 'object') return null;
  const m = v as Partial<Marks>;
  return { struck: m.struck ?? [], invalid: m.invalid ?? null };
};

export function entryLog(ctx: CongressContext, ballotId: number): EntryLog {
  const ballot = loadBallot(ctx, ballotId);
  const rows = entryLogRows({
    passes: ballot.passes,
    candidateNumbers: ballot.candidates.map((c) => c.number),
    seats: ballot.seats,
    rules: ballot.rules,
    entries: listPapers(ctx.db, ballot.id),
    resolutions: listResolutions(ctx.db, ballot.id),
  });
  const corrections = listAuditFor(ctx.db, 'paper', `${ballot.id}:`, Object.keys(ACTIONS)).map((a) => {
    // Paper audit ids are "ballot:pass:paper", or "ballot:resolved:paper" for a settlement.
    const [, pass, paper] = (a.entityId ?? '').split(':');
    return {
      at: a.at,
      action: ACTIONS[a.action as keyof typeof ACTIONS],
      pass: pass === 'resolved' ? null : Number(pass),
      paper: Number(paper),
      before: marksOf(a.before),
      after: marksOf(a.after),
      reason: a.reason,
    };
  });
  return { rows, corrections, scans: scanNotes(ctx, ballot.id) };
}
