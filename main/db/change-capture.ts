/**
 * Row-level change capture: every row the app writes is recorded by the audit entry of the command
 * that wrote it, whatever service, import or seeding path wrote it (SECURITY.md "What verify proves").
 *
 * At open, per-connection TEMP triggers on every data table note (table, primary key, row) into a
 * TEMP table; `appendAudit`, inside the command's transaction, takes those notes into its entry.
 * TEMP objects live in this connection only: a database tool editing the file fires none of them,
 * so its edits are exactly what `verify` finds missing from the audit. Writes to the TEMP table
 * roll back with the transaction, so a refused command leaves nothing pending.
 *
 * Rows are keyed by the declared primary key, never by rowid: `VACUUM INTO` copies (the backups)
 * renumber the rowids of tables without an INTEGER PRIMARY KEY.
 */
import { createHash } from 'node:crypto';
import type { DB } from './db';

/** [table, primary key values, SHA-256 of the row's canonical JSON, or null once deleted] */
export type RowChange = [table: string, key: unknown[], hash: string | null];

export interface TableShape {
  name: string;
  columns: string[];
  key: string[];
}

const PENDING = 'temp.audit_pending';
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table of the file but the audit itself, with its columns and declared primary key (empty if none). */
export function dataTables(db: DB): TableShape[] {
  const names = db
    .prepare(
      "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'audit' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return names.map((name) => {
    const info = db.prepare(`PRAGMA main.table_info(${quote(name)})`).all() as { name: string; pk: number }[];
    const key = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    return { name, columns: info.map((c) => c.name), key };
  });
}

/** SQL for a row's key and canonical content, as json_array over `alias` (NEW, OLD or the table). */
export function rowJson(shape: TableShape, alias: string): { key: string; row: string } {
  const cols = (names: string[]) => names.map((c) => `${alias}.${quote(c)}`).join(', ');
  return { key: `json_array(${cols(shape.key)})`, row: `json_array(${cols(shape.columns)})` };
}

/**
 * The hash of one row. Through JSON.parse/JSON.stringify so it depends on the values only, not on how
 * a given SQLite build spells its JSON: a library update must not make every row look edited.
 */
export function rowHash(json: string): string {
  return createHash('sha256')
    .update(JSON.stringify(JSON.parse(json)))
    .digest('hex');
}

/** Map key of one row: table and key, canonical. */
export function rowId(table: string, key: unknown[]): string {
  return `${table}\u0000${JSON.stringify(key)}`;
}

interface Capture {
  take: () => { tbl: string; key: string; row: string | null }[];
  clear: () => void;
  count: () => number;
}
const installed = new WeakMap<DB, Capture>();

/** Installs the capture on a connection; call once, after the migrations (the triggers follow the tables as they are). */
export function installChangeCapture(db: DB): void {
  if (installed.has(db)) return;
  // The REPLACE conflict resolution deletes rows without firing DELETE triggers unless this is on.
  db.pragma('recursive_triggers = ON');
  db.pragma('temp_store = MEMORY');
  const statements = [
    `CREATE TEMP TABLE IF NOT EXISTS audit_pending (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, row TEXT)`,
  ];
  for (const shape of dataTables(db)) {
    // A table without a declared key could only be followed by rowid, which a backup renumbers.
    if (shape.key.length === 0) throw new Error(`table ${shape.name} has no declared primary key: its rows cannot be audited`);
    const t = quote(shape.name);
    const name = (op: string) => quote(`audit_capture_${shape.name}_${op}`);
    const lit = `'${shape.name.replace(/'/g, "''")}'`;
    const NEW = rowJson(shape, 'NEW');
    const OLD = rowJson(shape, 'OLD');
    const insertNew = `INSERT INTO ${PENDING} (tbl, key, row) VALUES (${lit}, ${NEW.key}, ${NEW.row});`;
    statements.push(
      `CREATE TEMP TRIGGER ${name('insert')} AFTER INSERT ON main.${t} BEGIN ${insertNew} END`,
      // a changed key is the old row gone and a new one there
      `CREATE TEMP TRIGGER ${name('update')} AFTER UPDATE ON main.${t} BEGIN
         INSERT INTO ${PENDING} (tbl, key, row) SELECT ${lit}, ${OLD.key}, NULL WHERE ${OLD.key} IS NOT ${NEW.key};
         ${insertNew} END`,
      `CREATE TEMP TRIGGER ${name('delete')} AFTER DELETE ON main.${t} BEGIN INSERT INTO ${PENDING} (tbl, key, row) VALUES (${lit}, ${OLD.key}, NULL); END`,
    );
  }
  db.transaction(() => {
    for (const sql of statements) db.exec(sql);
  })();
  const take = db.prepare(`SELECT tbl, key, row FROM ${PENDING} ORDER BY seq`);
  const clear = db.prepare(`DELETE FROM ${PENDING}`);
  const count = db.prepare(`SELECT count(*) FROM ${PENDING}`).pluck();
  installed.set(db, {
    take: () => take.all() as { tbl: string; key: string; row: string | null }[],
    clear: () => void clear.run(),
    count: () => count.get() as number,
  });
}

function captureOf(db: DB): Capture {
  const c = installed.get(db);
  // Appending without the capture would write an entry that proves nothing: a programming error.
  if (!c) throw new Error('change capture is not installed on this connection (open the congress with openCongressDb)');
  return c;
}

/**
 * The rows written since the last audit entry, one change per row (its last state), in the order
 * they were first touched; the pending notes are cleared. Inside the command's transaction.
 */
export function takePendingChanges(db: DB): RowChange[] {
  const c = captureOf(db);
  const notes = c.take();
  if (notes.length === 0) return [];
  c.clear();
  const last = new Map<string, RowChange>();
  for (const n of notes) {
    const key = JSON.parse(n.key) as unknown[];
    last.set(rowId(n.tbl, key), [n.tbl, key, n.row === null ? null : rowHash(n.row)]);
  }
  return [...last.values()];
}

/** Rows written and not yet taken into an audit entry: after a committed command, always 0. */
export function pendingChangeCount(db: DB): number {
  return captureOf(db).count();
}

/**
 * Every row of every data table, hashed: the baseline of a migrated file, and what verify compares.
 * A table without a key is not the app's (the capture refuses to start on one): verify names it.
 */
export function snapshotRows(db: DB, tables: TableShape[] = dataTables(db)): RowChange[] {
  const out: RowChange[] = [];
  for (const shape of tables.filter((x) => x.key.length > 0)) {
    const { key, row } = rowJson(shape, quote(shape.name));
    const rows = db
      .prepare(`SELECT ${key} AS key, ${row} AS row FROM main.${quote(shape.name)}`)
      .raw()
      .iterate() as IterableIterator<[string, string]>;
    for (const [k, r] of rows) out.push([shape.name, JSON.parse(k) as unknown[], rowHash(r)]);
  }
  return out;
}
