import type { VoteCounts, VoteRule, VoteState } from '../../shared/domain/vote';
import type { DB } from './db';

/** A vote as stored; the outcome is derived by shared/domain/vote.ts, never stored. */
export interface VoteRow {
  id: number;
  question: string;
  rule: VoteRule;
  stepId: number | null;
  sessionId: number | null;
  state: VoteState;
  present: number;
  summoned: number;
  counts: VoteCounts | null;
  createdAt: string;
  closedAt: string | null;
}

interface Raw {
  id: number;
  question: string;
  rule: VoteRule;
  step_id: number | null;
  session_id: number | null;
  state: VoteState;
  present: number;
  summoned: number;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  created_at: string;
  closed_at: string | null;
}

function toVote(r: Raw): VoteRow {
  const entered = r.votes_for !== null && r.votes_against !== null && r.votes_abstain !== null;
  return {
    id: r.id,
    question: r.question,
    rule: r.rule,
    stepId: r.step_id,
    sessionId: r.session_id,
    state: r.state,
    present: r.present,
    summoned: r.summoned,
    counts: entered ? { for: r.votes_for!, against: r.votes_against!, abstain: r.votes_abstain! } : null,
    createdAt: r.created_at,
    closedAt: r.closed_at,
  };
}

export function getVote(db: DB, id: number): VoteRow | undefined {
  const r = db.prepare('SELECT * FROM votes WHERE id = ?').get(id) as Raw | undefined;
  return r && toVote(r);
}

export function listVotes(db: DB): VoteRow[] {
  return (db.prepare('SELECT * FROM votes ORDER BY id').all() as Raw[]).map(toVote);
}

export interface NewVote {
  question: string;
  rule: VoteRule;
  stepId: number | null;
  sessionId: number | null;
  present: number;
  summoned: number;
}

export function insertVote(db: DB, v: NewVote, at: string): number {
  const r = db
    .prepare('INSERT INTO votes (question, rule, step_id, session_id, present, summoned, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(v.question, v.rule, v.stepId, v.sessionId, v.present, v.summoned, at);
  return Number(r.lastInsertRowid);
}

export function updateVoteSettings(db: DB, id: number, v: Pick<VoteRow, 'question' | 'rule' | 'stepId' | 'present'>): void {
  db.prepare('UPDATE votes SET question = ?, rule = ?, step_id = ?, present = ? WHERE id = ?').run(
    v.question,
    v.rule,
    v.stepId,
    v.present,
    id,
  );
}

export function updateVoteCounts(db: DB, id: number, counts: VoteCounts | null): void {
  db.prepare('UPDATE votes SET votes_for = ?, votes_against = ?, votes_abstain = ? WHERE id = ?').run(
    counts?.for ?? null,
    counts?.against ?? null,
    counts?.abstain ?? null,
    id,
  );
}

export function setVoteState(db: DB, id: number, state: VoteState, closedAt: string | null): void {
  db.prepare('UPDATE votes SET state = ?, closed_at = ? WHERE id = ?').run(state, closedAt, id);
}
