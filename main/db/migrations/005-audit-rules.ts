import type { Migration } from './migration';

/**
 * The audit proves the data (SECURITY.md "What verify proves and what it cannot"): each entry says
 * under which hash rule it was written (1 for the entries of older files, which keep verifying) and
 * lists the rows its command changed. The database itself refuses a rewritten entry: INSERT OR
 * REPLACE on an existing id (its implicit delete fires no DELETE trigger), and any entry that does
 * not follow the last one or goes back to an older rule. After this migration, migrate() appends a
 * baseline entry holding every row as it stands.
 */
export const auditRules: Migration = {
  version: 5,
  name: 'audit-rules',
  sql: `
ALTER TABLE audit ADD COLUMN rule INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit ADD COLUMN changes TEXT;
CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit WHEN EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'audit is append-only: an entry is never replaced'); END;
CREATE TRIGGER audit_follows_last BEFORE INSERT ON audit
WHEN NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), '${'0'.repeat(64)}')
  OR NEW.rule < coalesce((SELECT rule FROM audit ORDER BY id DESC LIMIT 1), 0)
BEGIN SELECT RAISE(ABORT, 'audit is append-only: an entry must follow the last one'); END;
`,
};
