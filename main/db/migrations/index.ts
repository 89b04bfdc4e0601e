/**
 * Numbered migrations, applied in order inside one transaction; the version lives in
 * PRAGMA user_version. Append only: never edit a migration that has shipped.
 */
import { initial } from './001-initial';
import { ballots } from './002-ballots';
import { agenda } from './003-agenda';
import { votes } from './004-votes';
import { auditRules } from './005-audit-rules';
import { commandRequests } from './006-command-requests';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [initial, ballots, agenda, votes, auditRules, commandRequests];
export const SCHEMA_VERSION = MIGRATIONS.length;
