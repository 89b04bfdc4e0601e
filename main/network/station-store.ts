import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEVICE_ROLES } from '../../shared/contract/network-schemas';
import { newCredential } from './credentials';

/**
 * What a device in station mode keeps between runs (docs/hall-network.md «Chế độ trạm»): which
 * laptop it pinned, the credential the operator's approval gave it, and the token of its own local
 * page. One file in the user's data folder (`<workspace>/hall-station/station.json`, 0600 in a
 * 0700 folder: whoever reads it can act as this device), written whole (a new file renamed over
 * the old one), so a restart finds the credential or none, never half of one. A credential the
 * laptop refuses (revoked) is removed from it at once; a different laptop (another pin) starts over.
 */
const stationSchema = z.object({
  laptop: z.object({ address: z.string(), port: z.number().int(), fingerprint: z.string() }),
  credential: z.string().nullable(),
  device: z.object({ id: z.string(), name: z.string(), role: z.enum(DEVICE_ROLES) }).nullable(),
  pageToken: z.string(),
});
export type StationRecord = z.infer<typeof stationSchema>;

export const STATION_FOLDER = 'hall-station';

export function stationFile(dataDir: string): string {
  return join(dataDir, STATION_FOLDER, 'station.json');
}

/** What was kept, or null (never run here, or a damaged file: pairing again is the way back). */
export function readStation(dataDir: string): StationRecord | null {
  const file = stationFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    chmodSync(file, 0o600); // copied around with wider rights: narrowed before it is trusted
    const parsed = stationSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeStation(dataDir: string, record: StationRecord): void {
  const folder = join(dataDir, STATION_FOLDER);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  const file = stationFile(dataDir);
  const next = `${file}.${process.pid}.new`;
  writeFileSync(next, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  renameSync(next, file);
}

/** A fresh record for a laptop: no credential yet, a new page token. */
export function newStation(laptop: StationRecord['laptop']): StationRecord {
  return { laptop, credential: null, device: null, pageToken: newCredential() };
}
