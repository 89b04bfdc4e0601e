/**
 * Numbered migrations, applied in order inside one transaction; the version lives in
 * PRAGMA user_version. Append only: never edit a migration that has shipped.
 */
import { initial } from './001-initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [initial];
export const SCHEMA_VERSION = MIGRATIONS.length;
