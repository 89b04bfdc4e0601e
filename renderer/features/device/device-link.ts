import { z } from 'zod';
import { appErrorSchema } from '../../../shared/contract/error-schema';
import { DEVICE_ROLES, stationAssignmentSchema } from '../../../shared/contract/network-schemas';
import type { AppErrorData } from '../../../shared/contract/result';

/**
 * A device's page on the hall network (docs/hall-network.md §2, §5): it pairs by the QR link or a
 * typed code, keeps the credential it is handed once, and asks the gateway who it is (POST /device)
 * each time it starts, so a revoked credential sends it back to pairing and its role and assignment
 * always come from the laptop, never from what the page remembers.
 */
export const deviceSelfSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(DEVICE_ROLES),
  assignment: stationAssignmentSchema.nullable(),
});
export type DeviceSelf = z.infer<typeof deviceSelfSchema>;

const askedSchema = z.object({ requestId: z.string(), claim: z.string() });
export type Asked = z.infer<typeof askedSchema>;

const statusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('declined') }),
  z.object({ status: z.literal('unknown') }),
  z.object({ status: z.literal('approved'), credential: z.string(), device: deviceSelfSchema }),
]);
export type PairStatus = z.infer<typeof statusSchema>;

/** What the gateway answered: the value, a refusal by key, or nothing (no link, the laptop's network off). */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: AppErrorData | null };

const CREDENTIAL_KEY = 'congress-desk-device-credential';

/** Where a device in station mode opens its page on its own relay (main/host/station-relay.ts STATION_PAGE). */
export const STATION_PAGE = '/station';

/**
 * The laptop's own windows are served on loopback over plain http (main/host/server.ts); only the
 * hall network's gateway speaks https (main/host/hall-gateway.ts). So an https page is a device's,
 * and so is the station relay's page on the device's own loopback (docs/hall-network.md «Chế độ trạm»).
 */
export function isDevicePage(location: Pick<Location, 'protocol' | 'pathname'>): boolean {
  return location.protocol === 'https:' || isStationPage(location);
}

/** The page of a device in station mode: its relay holds the credential, the page never does. */
export function isStationPage(location: Pick<Location, 'protocol' | 'pathname'>): boolean {
  return location.protocol === 'http:' && location.pathname === STATION_PAGE;
}

/**
 * What a station's page sends as its credential: anything; its relay puts the real one on each
 * request (the page is let in by the HttpOnly cookie its printed address set).
 */
export const RELAYED_CREDENTIAL = 'kept-by-station';

/** The code the QR link carries in its fragment (never sent to a server), or ''. */
export function codeFromLink(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('code') ?? '';
}

/** Kept across reloads (a desk's tablet restarts): the credential is this device's until it is revoked. */
export const storedCredential = (storage: Storage): string | null => storage.getItem(CREDENTIAL_KEY);
export const keepCredential = (storage: Storage, credential: string) => storage.setItem(CREDENTIAL_KEY, credential);
export const forgetCredential = (storage: Storage) => storage.removeItem(CREDENTIAL_KEY);

async function post<T>(path: string, body: unknown, schema: z.ZodType<T>, credential?: string): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(credential ? { 'X-Congress-Token': credential } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: null };
  }
  try {
    const answer = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (answer.ok) {
      const value = schema.safeParse(answer.value);
      return value.success ? { ok: true, value: value.data } : { ok: false, error: null };
    }
    const error = appErrorSchema.safeParse(answer.error);
    return { ok: false, error: error.success ? error.data : null };
  } catch {
    return { ok: false, error: null };
  }
}

export const askToPair = (code: string, name: string) => post('/pair', { code, name }, askedSchema);
export const pairStatus = (asked: Asked) => post('/pair/status', asked, statusSchema);
export const whoAmI = (credential: string) => post('/device', {}, deviceSelfSchema, credential);
