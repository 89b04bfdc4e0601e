import { appendBaseline } from './audit';
import { differencesBeforeBaseline } from './audit-replay';
import type { DB } from './db';
import { damaged, isNotADatabase } from './file-checks';
import { MIGRATIONS } from './migrations/index';

/** The first schema whose audit entries list the rows they changed (migration 005). */
const ROWS_AUDITED_FROM = 5;

/**
 * Applies the pending numbered migrations in one transaction; the version lives in user_version.
 * An existing congress is then re-baselined in the same transaction: one audit entry states every
 * row as it now stands (a migration may add columns or move data), so `verify` follows the rows
 * from there on. What already differed from the audit before is kept in that entry, never hidden.
 */
export function migrate(db: DB, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  try {
    db.transaction(() => {
      const found = current >= ROWS_AUDITED_FROM ? differencesBeforeBaseline(db) : null;
      for (const m of pending) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
      const to = pending[pending.length - 1]!.version;
      if (current > 0) appendBaseline(db, new Date().toISOString(), { schemaFrom: current, schemaTo: to, ...found });
    })();
  } catch (error) {
    if (isNotADatabase(error)) throw damaged(path, (error as Error).message);
    throw error;
  }
}
