/**
 * Check-in anomalies (docs/hall-network.md «Khi có sự cố»): a delegate already present scanned
 * again at another desk (or at the laptop) is refused to that desk as ALREADY_CHECKED_IN, never
 * counted twice, and kept for the operator, who sees it on the check-in screen and acknowledges it.
 * The operator's alone (roles.ts): a desk sees only its own refusal.
 */
import { z } from 'zod';
import { ROLES } from './role-names';

const id = z.number().int().positive();

/**
 * Where a scan came from: the device that sent it, or null for the laptop itself (its windows, the
 * command line, or a check-in made before devices were recorded).
 */
export const scanPlaceSchema = z.object({ role: z.enum(ROLES), deviceId: z.string(), deviceName: z.string() }).nullable();

export const checkinAnomalySchema = z.object({
  id,
  sessionId: id,
  delegateId: id,
  delegateCode: z.string(),
  delegateName: z.string(),
  /** The repeated scan: when (UTC) and where. */
  at: z.string(),
  place: scanPlaceSchema,
  /** The check-in that counts: when and where it was made. */
  firstAt: z.string(),
  firstPlace: scanPlaceSchema,
  acknowledgedAt: z.string().nullable(),
});
export type CheckinAnomaly = z.output<typeof checkinAnomalySchema>;
export type ScanPlace = z.output<typeof scanPlaceSchema>;

export const anomalyCommands = {
  /** The anomalies of a session (the current one unless named), newest first, acknowledged ones too. */
  'checkin:anomalies': { input: z.object({ sessionId: id.optional() }).strict(), output: z.array(checkinAnomalySchema) },
  /** The operator has seen it (the card checked): it leaves the screen's list, the file keeps it. */
  'checkin:acknowledgeAnomaly': { input: z.object({ id }).strict(), output: checkinAnomalySchema },
} as const;

export const anomalyEvents = {
  /** One anomaly recorded, or acknowledged. */
  'checkin:anomaly': z.object({ anomaly: checkinAnomalySchema }),
} as const;
