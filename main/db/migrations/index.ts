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
import { auditActor } from './007-audit-actor';
import { hallDevices } from './008-hall-devices';
import { scan } from './009-scan';
import { scanImages } from './010-scan-images';
import { checkinAnomalies } from './011-checkin-anomalies';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  initial,
  ballots,
  agenda,
  votes,
  auditRules,
  commandRequests,
  auditActor,
  hallDevices,
  scan,
  scanImages,
  checkinAnomalies,
];
export const SCHEMA_VERSION = MIGRATIONS.length;
