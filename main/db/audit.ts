import { createHash } from 'node:crypto';
import { actorText, currentCaller } from './audit-actor';
import { type RowChange, snapshotRows, takePendingChanges } from './change-capture';
import type { DB } from './db';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The previous hash of the first entry. */
export const GENESIS = '0'.repeat(64);

/** One audit row as stored. `rule` and `changes` arrived with schema 5; older files lack them. */
export interface AuditRow {
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
  rule?: number;
  changes?: string | null;
  /** Who sent the command (schema 7, rule 3): JSON [role, device id, device name], or null. */
  actor?: string | null;
}

const sha256 = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/**
 * The hash rules, by the number stored in each row's `rule` (SECURITY.md "What verify proves").
 * A row is checked by the rule it was written under, so files made by any version still verify.
 * 1: the entry itself (files made before schema 5). 2: also the rows it changed (`changes`).
 * 3: also who sent the command (`actor`, schema 7). A later rule is one more line here, its column
 * added by a migration.
 */
export const HASH_RULES: Readonly<Record<number, (prevHash: string, r: AuditRow) => string>> = {
  1: (prev, r) => sha256([prev, r.at, r.action, r.entity, r.entity_id, r.before, r.after, r.reason]),
  2: (prev, r) => sha256([2, prev, r.at, r.action, r.entity, r.entity_id, r.before, r.after, r.reason, r.changes ?? null]),
  3: (prev, r) => sha256([3, prev, r.at, r.action, r.entity, r.entity_id, r.before, r.after, r.reason, r.changes ?? null, r.actor ?? null]),
};
export const CURRENT_RULE = 3;

/** The action of the entry that states every row as it stands (after a migration). */
export const BASELINE_ACTION = 'audit.baseline';

/** Stored as text, so hashed as text: the same value whether written or read back. */
function entityKey(id: AuditEntry['entityId']): string | null {
  return id === undefined || id === null ? null : String(id);
}

function writeEntry(db: DB, at: string, e: AuditEntry, changes: RowChange[]): void {
  const last = db.prepare('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const row: Omit<AuditRow, 'id' | 'hash'> = {
    at,
    action: e.action,
    entity: e.entity,
    entity_id: entityKey(e.entityId),
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    reason: e.reason ?? null,
    prev_hash: last?.hash ?? GENESIS,
    rule: CURRENT_RULE,
    changes: JSON.stringify(changes),
    actor: actorText(currentCaller()),
  };
  const hash = HASH_RULES[CURRENT_RULE]!(row.prev_hash, row as AuditRow);
  db.prepare(
    `INSERT INTO audit (at, action, entity, entity_id, before, after, reason, prev_hash, hash, rule, changes, actor)
     VALUES (@at, @action, @entity, @entity_id, @before, @after, @reason, @prev_hash, @hash, @rule, @changes, @actor)`,
  ).run({ ...row, hash });
}

/**
 * Appends one audit row, chained to the last, holding every row the command wrote (from the change
 * capture); call inside the command's transaction, after its writes.
 */
export function appendAudit(db: DB, at: string, entry: AuditEntry): void {
  writeEntry(db, at, entry, takePendingChanges(db));
}

/**
 * States every data row as it stands, so the audit covers a file from here on: after a migration
 * (old files, and any column a migration adds). `after` says why (schema versions, what was found).
 */
export function appendBaseline(db: DB, at: string, after: unknown): void {
  writeEntry(db, at, { action: BASELINE_ACTION, entity: 'audit', after }, snapshotRows(db));
}

export interface ChainLink {
  /** 1-based place in the chain (the count printed in the minutes when it was the head). */
  entry: number;
  row: AuditRow;
  /** The row's hash and its link to the previous one hold, under its own rule. */
  intact: boolean;
}

/**
 * Walks the chain in order, checking each row under the rule it was written with. A rule never goes
 * back (an old-rule row after a new one would slip data changes past), and a file leaves rule 1 only
 * by a baseline (before it, the data was not followed).
 */
export function walkAudit(db: DB, visit: (link: ChainLink) => void = () => {}): { entries: number; broken: number[]; head: string | null } {
  let prev = GENESIS;
  let prevRule = 0;
  const broken: number[] = [];
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM audit ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    entries++;
    const rule = row.rule ?? 1;
    const hashOf = HASH_RULES[rule];
    const ruleOk = hashOf !== undefined && rule >= prevRule && !(prevRule === 1 && rule > 1 && row.action !== BASELINE_ACTION);
    const intact = ruleOk && row.prev_hash === prev && row.hash === hashOf(prev, row);
    if (!intact) broken.push(row.id);
    visit({ entry: entries, row, intact });
    prev = row.hash;
    prevRule = Math.max(prevRule, rule);
  }
  return { entries, broken, head: entries === 0 ? null : prev };
}

/** Walks the chain; returns the ids of rows whose link or hash does not match. */
export function verifyAuditChain(db: DB): { entries: number; broken: number[] } {
  const { entries, broken } = walkAudit(db);
  return { entries, broken };
}

/** What a signed document quotes of the audit: how many entries, and the last one's hash. */
export interface AuditAnchor {
  entries: number;
  head: string;
}

export function auditAnchor(db: DB): AuditAnchor {
  const row = db.prepare('SELECT count(*) AS entries, (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) AS head FROM audit').get() as {
    entries: number;
    head: string | null;
  };
  return { entries: row.entries, head: row.head ?? GENESIS };
}

/** The head hash as printed to be read aloud and typed back: its first 16 hex digits in groups of 4. */
export function shortHead(hash: string): string {
  return hash.slice(0, 16).replace(/(.{4})(?!$)/g, '$1 ');
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
    .all(entity, idPrefix.length, idPrefix, JSON.stringify(actions)) as Pick<
    AuditRow,
    'at' | 'action' | 'entity_id' | 'before' | 'after' | 'reason'
  >[];
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    reason: r.reason,
  }));
}
