import type { CongressSession, CongressSettings } from '../../shared/contract/types';
import type { DB } from './db';

interface CongressRow {
  name: string;
  term: string;
  level: string;
  venue: string;
  start_date: string | null;
  end_date: string | null;
  theme: string;
  organiser: string;
  quorum_rule: CongressSettings['quorumRule'];
  current_session_id: number | null;
}

export function insertCongress(db: DB, settings: CongressSettings, at: string): void {
  db.prepare(
    `INSERT INTO congress (id, name, term, level, venue, start_date, end_date, theme, organiser, quorum_rule, created_at)
     VALUES (1, @name, @term, @level, @venue, @startDate, @endDate, @theme, @organiser, @quorumRule, @at)`,
  ).run({ ...settings, at });
}

export function getCongressSettings(db: DB): CongressSettings | null {
  const row = db.prepare('SELECT * FROM congress WHERE id = 1').get() as CongressRow | undefined;
  if (!row) return null;
  return {
    name: row.name,
    term: row.term,
    level: row.level,
    venue: row.venue,
    startDate: row.start_date,
    endDate: row.end_date,
    theme: row.theme,
    organiser: row.organiser,
    quorumRule: row.quorum_rule,
  };
}

export function updateCongressSettings(db: DB, settings: CongressSettings): void {
  db.prepare(
    `UPDATE congress SET name = @name, term = @term, level = @level, venue = @venue, start_date = @startDate,
       end_date = @endDate, theme = @theme, organiser = @organiser, quorum_rule = @quorumRule WHERE id = 1`,
  ).run(settings);
}

export function getCurrentSessionId(db: DB): number | null {
  const row = db.prepare('SELECT current_session_id AS id FROM congress WHERE id = 1').get() as { id: number | null } | undefined;
  return row?.id ?? null;
}

export function setCurrentSessionId(db: DB, sessionId: number): void {
  db.prepare('UPDATE congress SET current_session_id = ? WHERE id = 1').run(sessionId);
}

export function listSessions(db: DB): CongressSession[] {
  return db.prepare('SELECT id, title, date, position FROM sessions ORDER BY position, id').all() as CongressSession[];
}

export function getSession(db: DB, id: number): CongressSession | undefined {
  return db.prepare('SELECT id, title, date, position FROM sessions WHERE id = ?').get(id) as CongressSession | undefined;
}

export function insertSession(db: DB, title: string, date: string | null): CongressSession {
  const position = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM sessions').get() as { p: number }).p;
  const info = db.prepare('INSERT INTO sessions (title, date, position) VALUES (?, ?, ?)').run(title, date, position);
  return { id: Number(info.lastInsertRowid), title, date, position };
}

export function updateSession(db: DB, id: number, title: string, date: string | null): void {
  db.prepare('UPDATE sessions SET title = ?, date = ? WHERE id = ?').run(title, date, id);
}
