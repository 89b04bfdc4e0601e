import type { z } from 'zod';
import type { ballotSchema, ballotSettingsSchema, ballotSummarySchema } from '../../shared/contract/ballot-schemas';
import type { BallotState, Candidate } from '../../shared/domain/ballot';
import { needsBirthDate } from '../../shared/domain/candidate-order';
import { normalizeText } from '../../shared/domain/vietnamese-text';
import type { DB } from './db';

export type Ballot = z.output<typeof ballotSchema>;
export type BallotSettings = z.output<typeof ballotSettingsSchema>;
export type BallotSummary = z.output<typeof ballotSummarySchema>;

/** A candidate as stored: the printed number, and where they were picked from the roster. */
export interface StoredCandidate extends Candidate {
  delegateId: number | null;
}

export interface BallotCountsRow {
  summoned: number | null;
  present: number | null;
  issued: number | null;
}

interface BallotRow {
  id: number;
  title: string;
  kind: Ballot['kind'];
  seats_approved: number;
  seats: number;
  method: Ballot['method'];
  preset: Ballot['preset'];
  base: Ballot['rules']['base'];
  all_struck: Ballot['rules']['allStruck'];
  tie: Ballot['rules']['tie'];
  entry_mode: Ballot['entryMode'];
  passes: number;
  state: BallotState;
  round: number;
  previous_ballot_id: number | null;
  summoned: number | null;
  present: number | null;
  issued: number | null;
  order_override_reason: string | null;
}

interface CandidateRow {
  number: number;
  name: string;
  birth_date: string | null;
  delegate_id: number | null;
}

function toCandidates(rows: readonly CandidateRow[]): Ballot['candidates'] {
  const shared = needsBirthDate(rows);
  return rows.map((r) => ({
    number: r.number,
    name: r.name,
    birthDate: r.birth_date,
    delegateId: r.delegate_id,
    showBirthDate: shared.has(normalizeText(r.name)),
  }));
}

function toBallot(r: BallotRow, candidates: readonly CandidateRow[]): Ballot {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    seatsApproved: r.seats_approved,
    seats: r.seats,
    method: r.method,
    preset: r.preset,
    rules: { base: r.base, allStruck: r.all_struck, tie: r.tie },
    entryMode: r.entry_mode,
    passes: r.passes,
    state: r.state,
    round: r.round,
    previousBallotId: r.previous_ballot_id,
    counts: { summoned: r.summoned, present: r.present, issued: r.issued },
    orderOverrideReason: r.order_override_reason,
    candidates: toCandidates(candidates),
  };
}

/** A ballot without its list, plus the candidate numbers: what paper entry checks on every paper. */
export type BallotHeader = Omit<Ballot, 'candidates'> & { candidateNumbers: number[] };

export function getBallotHeader(db: DB, id: number): BallotHeader | undefined {
  const row = db.prepare('SELECT * FROM ballots WHERE id = ?').get(id) as BallotRow | undefined;
  if (!row) return undefined;
  const { candidates: _none, ...ballot } = toBallot(row, []);
  const numbers = db.prepare('SELECT number FROM candidates WHERE ballot_id = ? ORDER BY number').pluck().all(id) as number[];
  return { ...ballot, candidateNumbers: numbers };
}

function candidateRows(db: DB, ballotId: number): CandidateRow[] {
  return db
    .prepare('SELECT number, name, birth_date, delegate_id FROM candidates WHERE ballot_id = ? ORDER BY number')
    .all(ballotId) as CandidateRow[];
}

export function getBallot(db: DB, id: number): Ballot | undefined {
  const row = db.prepare('SELECT * FROM ballots WHERE id = ?').get(id) as BallotRow | undefined;
  return row && toBallot(row, candidateRows(db, id));
}

export function listBallots(db: DB): BallotSummary[] {
  const rows = db
    .prepare(
      `SELECT b.*, (SELECT count(*) FROM candidates c WHERE c.ballot_id = b.id) AS candidate_count
       FROM ballots b ORDER BY b.id`,
    )
    .all() as (BallotRow & { candidate_count: number })[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    state: r.state,
    seats: r.seats,
    seatsApproved: r.seats_approved,
    round: r.round,
    method: r.method,
    candidateCount: r.candidate_count,
  }));
}

export interface NewBallot extends BallotSettings {
  round: number;
  previousBallotId: number | null;
}

/** The settings' columns in the order both statements below name them (title … passes). */
function settingsColumns(b: BallotSettings) {
  return [
    b.title,
    b.kind,
    b.seatsApproved,
    b.seats,
    b.method,
    b.preset,
    b.rules.base,
    b.rules.allStruck,
    b.rules.tie,
    b.entryMode,
    b.passes,
  ];
}

export function insertBallot(db: DB, b: NewBallot, at: string): number {
  const info = db
    .prepare(
      `INSERT INTO ballots (title, kind, seats_approved, seats, method, preset, base, all_struck, tie, entry_mode, passes,
         round, previous_ballot_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...settingsColumns(b), b.round, b.previousBallotId, at, at);
  return Number(info.lastInsertRowid);
}

export function updateBallotSettings(db: DB, id: number, b: BallotSettings, at: string): void {
  db.prepare(
    `UPDATE ballots SET title = ?, kind = ?, seats_approved = ?, seats = ?, method = ?, preset = ?, base = ?, all_struck = ?,
       tie = ?, entry_mode = ?, passes = ?, updated_at = ? WHERE id = ?`,
  ).run(...settingsColumns(b), at, id);
}

export function setBallotState(db: DB, id: number, state: BallotState, at: string): void {
  db.prepare('UPDATE ballots SET state = ?, updated_at = ? WHERE id = ?').run(state, at, id);
}

export function setBallotCounts(db: DB, id: number, counts: BallotCountsRow, at: string): void {
  db.prepare('UPDATE ballots SET summoned = ?, present = ?, issued = ?, updated_at = ? WHERE id = ?').run(
    counts.summoned,
    counts.present,
    counts.issued,
    at,
    id,
  );
}

/** Replaces the list; `candidates` are already numbered 1..n in printed order. */
export function replaceCandidates(
  db: DB,
  id: number,
  candidates: readonly StoredCandidate[],
  overrideReason: string | null,
  at: string,
): void {
  db.prepare('DELETE FROM candidates WHERE ballot_id = ?').run(id);
  const insert = db.prepare('INSERT INTO candidates (ballot_id, number, name, birth_date, delegate_id) VALUES (?, ?, ?, ?, ?)');
  for (const c of candidates) insert.run(id, c.number, c.name, c.birthDate, c.delegateId);
  db.prepare('UPDATE ballots SET order_override_reason = ?, updated_at = ? WHERE id = ?').run(overrideReason, at, id);
}

// ---------------------------------------------------------------- hand counts

export interface StoredAggregate {
  valid: number;
  invalid: number;
  votes: Record<number, number>;
  enteredAt: string;
}

export function getAggregate(db: DB, ballotId: number): StoredAggregate | undefined {
  const row = db.prepare('SELECT valid, invalid, votes, entered_at FROM ballot_aggregates WHERE ballot_id = ?').get(ballotId) as
    { valid: number; invalid: number; votes: string; entered_at: string } | undefined;
  if (!row) return undefined;
  const votes: Record<number, number> = {};
  for (const [k, v] of Object.entries(JSON.parse(row.votes) as Record<string, number>)) votes[Number(k)] = v;
  return { valid: row.valid, invalid: row.invalid, votes, enteredAt: row.entered_at };
}

export function putAggregate(db: DB, ballotId: number, a: StoredAggregate): void {
  db.prepare(
    `INSERT INTO ballot_aggregates (ballot_id, valid, invalid, votes, entered_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(ballot_id) DO UPDATE SET valid = excluded.valid, invalid = excluded.invalid, votes = excluded.votes,
       entered_at = excluded.entered_at`,
  ).run(ballotId, a.valid, a.invalid, JSON.stringify(a.votes), a.enteredAt);
}
