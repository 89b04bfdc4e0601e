import { z } from 'zod';
import { appErrorSchema } from './error-schema';
import { lineText } from './text-schemas';

/**
 * The hall network (docs/hall-network.md): the laptop stays the only writer; devices pair by a QR
 * code or a short code and then call the same contract over TLS with a credential of their own.
 */

/** The roles a device on the hall network may be given (shared/contract/roles.ts); never the operator's. */
export const DEVICE_ROLES = ['checkin-desk', 'counting-station', 'display', 'reviewer'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

const ipv4 = z.string().regex(/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/);

export const networkInterfaceSchema = z.object({
  /** The operating system's name for it (eth0, Wi-Fi, en0). */
  name: z.string(),
  address: ipv4,
  /** Loopback: reachable from this laptop only (useful for a trial, never for the hall). */
  internal: z.boolean(),
});

/** What a counting station is set to enter: one ballot, one pass, and optionally a range of paper numbers. */
export const stationAssignmentSchema = z
  .object({
    ballotId: z.number().int().positive(),
    pass: z.number().int().min(1).max(9),
    papers: z
      .object({ from: z.number().int().min(1), to: z.number().int().min(1) })
      .strict()
      .refine((r) => r.from <= r.to, { message: 'from ≤ to' })
      .optional(),
  })
  .strict();
export type StationAssignment = z.infer<typeof stationAssignmentSchema>;

/** A device asking to join, shown to the operator until approved, declined or expired. */
export const pairingRequestSchema = z.object({
  id: z.string(),
  deviceName: z.string(),
  /** The address it asked from (as the laptop saw it). */
  address: z.string(),
  at: z.string(),
});

export const pairingWindowSchema = z.object({
  /** What the operator reads out or types: the secret, in groups (ABCD-EFGH). */
  code: z.string(),
  /** What the QR code holds: the address, the secret and the certificate's fingerprint. */
  qrText: z.string(),
  expiresAt: z.string(),
});

export const networkStateSchema = z.object({
  on: z.boolean(),
  address: ipv4.nullable(),
  port: z.number().int().nullable(),
  /** https://address:port, while on. */
  url: z.string().nullable(),
  /** SHA-256 of the laptop's certificate, colon-separated hex (null until made). */
  fingerprint: z.string().nullable(),
  pairing: pairingWindowSchema.nullable(),
  requests: z.array(pairingRequestSchema),
  /**
   * The operator left it on before the last stop of the laptop (a power cut, a kill), and it could
   * not come back on by itself at start-up: where it was, and why (the address gone, the port taken).
   */
  notResumed: z.object({ address: z.string(), port: z.number().int(), error: appErrorSchema }).nullable(),
});
export type NetworkState = z.infer<typeof networkStateSchema>;

export const hallDeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(DEVICE_ROLES),
  assignment: stationAssignmentSchema.nullable(),
  pairedAt: z.string(),
  pairedFrom: z.string(),
  revokedAt: z.string().nullable(),
  /** Has an event stream open right now. */
  connected: z.boolean(),
});
export type HallDevice = z.infer<typeof hallDeviceSchema>;

export const networkStartSchema = z.object({ address: ipv4, port: z.number().int().min(0).max(65535).optional() }).strict();

export const approveSchema = z
  .object({
    requestId: z.string().regex(/^[\w-]{1,64}$/),
    role: z.enum(DEVICE_ROLES),
    /** The operator may rename it (the device named itself). */
    name: lineText(80).min(1).optional(),
    assignment: stationAssignmentSchema.optional(),
  })
  .strict();

/** What a device sends to ask to join (POST /pair): the code it was given and its name. */
export const pairAskSchema = z.object({ code: z.string().min(1).max(40), name: lineText(80).min(1) }).strict();
/** What it sends to learn the operator's decision (POST /pair/status). */
export const pairStatusSchema = z.object({ requestId: z.string().min(1).max(64), claim: z.string().min(1).max(100) }).strict();
