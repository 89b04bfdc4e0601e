import { createHash } from 'node:crypto';
import type { DB } from './connection';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const GENESIS = '0'.repeat(64);

/** Stored as text, so hashed as text: the same value whether written or read back. */
function entityKey(id: AuditEntry['entityId']): string | null {
  return id === undefined || id === null ? null : String(id);
}

function rowHash(prevHash: string, at: string, e: AuditEntry, before: string | null, after: string | null): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, at, e.action, e.entity, entityKey(e.entityId), before, after, e.reason ?? null]))
    .digest('hex');
}

/** Appends one audit row, chained to the last; call inside the command's transaction. */
export function appendAudit(db: DB, at: string, entry: AuditEntry): void {
  const last = db.prepare('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS;
  const before = entry.before === undefined ? null : JSON.stringify(entry.before);
  const after = entry.after === undefined ? null : JSON.stringify(entry.after);
  db.prepare(
    `INSERT INTO audit (at, action, entity, entity_id, before, after, reason, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    entry.action,
    entry.entity,
    entityKey(entry.entityId),
    before,
    after,
    entry.reason ?? null,
    prevHash,
    rowHash(prevHash, at, entry, before, after),
  );
}

interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

/** Walks the chain; returns the ids of rows whose link or hash does not match. */
export function verifyAuditChain(db: DB): { entries: number; broken: number[] } {
  let prev = GENESIS;
  const broken: number[] = [];
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM audit ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    entries++;
    const entry: AuditEntry = { action: row.action, entity: row.entity, entityId: row.entity_id, reason: row.reason };
    const expected = rowHash(prev, row.at, entry, row.before, row.after);
    if (row.prev_hash !== prev || row.hash !== expected) broken.push(row.id);
    prev = row.hash;
  }
  return { entries, broken };
}

export function countAudit(db: DB, action?: string): number {
  const row = action
    ? (db.prepare('SELECT count(*) AS n FROM audit WHERE action = ?').get(action) as { n: number })
    : (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number });
  return row.n;
}

export interface AuditRecord {
  at: string;
  action: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** The history of one kind of entity whose ids start with a prefix (e.g. the papers of one ballot). */
export function listAuditFor(db: DB, entity: string, idPrefix: string, actions: readonly string[]): AuditRecord[] {
  const rows = db
    .prepare(
      `SELECT at, action, entity_id, before, after, reason FROM audit
       WHERE entity = ? AND substr(entity_id, 1, ?) = ? AND action IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(entity, idPrefix.length, idPrefix, JSON.stringify(actions)) as Pick<AuditRow, 'at' | 'action' | 'entity_id' | 'before' | 'after' | 'reason'>[];
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    reason: r.reason,
  }));
}
