import type { Migration } from './migration';

/**
 * Who did what. Every audit entry says who sent its command (hash rule 3, main/db/audit.ts): role,
 * device id and device name, as the transport put them in the command's envelope; entries written
 * before keep their rule and verify as they did. Every paper entry says where it came from (typed
 * at the keyboard, read from a file, a scan, a review) and on which device; papers entered before
 * this migration say neither (NULL: not known, never guessed).
 */
export const auditActor: Migration = {
  version: 7,
  name: 'audit-actor',
  sql: `
ALTER TABLE audit ADD COLUMN actor TEXT;
ALTER TABLE paper_entries ADD COLUMN source TEXT CHECK (source IS NULL OR source IN ('keyboard', 'file', 'scan', 'review'));
ALTER TABLE paper_entries ADD COLUMN device TEXT;
`,
};
