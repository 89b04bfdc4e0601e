import type { Delegate, DelegateInput } from '../../shared/domain/delegate';
import { foldForSearch } from '../../shared/domain/vietnamese-text';
import type { DB } from './db';

interface DelegateRow {
  id: number;
  code: string;
  full_name: string;
  gender: Delegate['gender'];
  birth_date: string | null;
  ethnicity: string | null;
  religion: string | null;
  party_member: number | null;
  education: string | null;
  position: string | null;
  unit: string | null;
  group_name: string | null;
  seat: string | null;
  kind: Delegate['kind'];
  status: Delegate['status'];
}

function toDelegate(r: DelegateRow): Delegate {
  return {
    id: r.id,
    code: r.code,
    fullName: r.full_name,
    gender: r.gender,
    birthDate: r.birth_date,
    ethnicity: r.ethnicity,
    religion: r.religion,
    partyMember: r.party_member === null ? null : r.party_member === 1,
    education: r.education,
    position: r.position,
    unit: r.unit,
    group: r.group_name,
    seat: r.seat,
    kind: r.kind,
    status: r.status,
  };
}

/** The folded text a name search runs against: the name and the code. */
export function searchKey(d: Pick<DelegateInput, 'fullName'> & { code: string }): string {
  return `${foldForSearch(d.fullName)} ${foldForSearch(d.code)}`;
}

function params(d: DelegateInput & { code: string }) {
  return {
    code: d.code,
    full_name: d.fullName,
    search_key: searchKey(d),
    gender: d.gender,
    birth_date: d.birthDate,
    ethnicity: d.ethnicity,
    religion: d.religion,
    party_member: d.partyMember === null ? null : d.partyMember ? 1 : 0,
    education: d.education,
    position: d.position,
    unit: d.unit,
    group_name: d.group,
    seat: d.seat,
    kind: d.kind,
    status: d.status,
  };
}

export function insertDelegate(db: DB, d: DelegateInput & { code: string }, at: string): Delegate {
  const info = db
    .prepare(
      `INSERT INTO delegates (code, full_name, search_key, gender, birth_date, ethnicity, religion, party_member,
         education, position, unit, group_name, seat, kind, status, created_at, updated_at)
       VALUES (@code, @full_name, @search_key, @gender, @birth_date, @ethnicity, @religion, @party_member,
         @education, @position, @unit, @group_name, @seat, @kind, @status, @at, @at)`,
    )
    .run({ ...params(d), at });
  return { ...d, id: Number(info.lastInsertRowid) };
}

export function updateDelegate(db: DB, d: Delegate, at: string): void {
  db.prepare(
    `UPDATE delegates SET code = @code, full_name = @full_name, search_key = @search_key, gender = @gender,
       birth_date = @birth_date, ethnicity = @ethnicity, religion = @religion, party_member = @party_member,
       education = @education, position = @position, unit = @unit, group_name = @group_name, seat = @seat,
       kind = @kind, status = @status, updated_at = @at
     WHERE id = @id AND removed_at IS NULL`,
  ).run({ ...params(d), id: d.id, at });
}

export function markDelegateRemoved(db: DB, id: number, reason: string | null, at: string): void {
  db.prepare('UPDATE delegates SET removed_at = ?, removed_reason = ? WHERE id = ?').run(at, reason, id);
}

const ACTIVE = 'SELECT * FROM delegates WHERE removed_at IS NULL';

export function listActiveDelegates(db: DB): Delegate[] {
  return (db.prepare(`${ACTIVE} ORDER BY id`).all() as DelegateRow[]).map(toDelegate);
}

export function getActiveDelegate(db: DB, id: number): Delegate | undefined {
  const row = db.prepare(`${ACTIVE} AND id = ?`).get(id) as DelegateRow | undefined;
  return row && toDelegate(row);
}

/** Codes compare case-insensitively: a scanner or a typist may send either case. */
export function findActiveDelegateByCode(db: DB, code: string): Delegate | undefined {
  const row = db.prepare(`${ACTIVE} AND code = ? COLLATE NOCASE`).get(code) as DelegateRow | undefined;
  return row && toDelegate(row);
}

export function activeCodes(db: DB): Set<string> {
  const rows = db.prepare('SELECT code FROM delegates WHERE removed_at IS NULL').pluck().all() as string[];
  return new Set(rows.map((c) => c.toUpperCase()));
}

export function searchActiveDelegates(db: DB, foldedWords: string[], limit: number): Delegate[] {
  const where = foldedWords.map(() => "search_key LIKE ? ESCAPE '\\'").join(' AND ');
  const args = foldedWords.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const sql = `${ACTIVE}${where ? ` AND ${where}` : ''} ORDER BY id LIMIT ?`;
  return (db.prepare(sql).all(...args, limit) as DelegateRow[]).map(toDelegate);
}
