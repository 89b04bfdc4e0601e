import { z } from 'zod';
import {
  approveSchema,
  hallDeviceSchema,
  networkInterfaceSchema,
  networkStartSchema,
  networkStateSchema,
  pairingWindowSchema,
} from './network-schemas';

const none = z.object({}).strict();
/** A request's or device's id as the engine made it: looked up, never stored from the caller. */
const opaqueId = z.string().regex(/^[\w-]{1,64}$/);

/**
 * The operator's commands for the hall network (docs/hall-network.md), merged into the one contract
 * map in channels.ts. All are the operator's, on the laptop itself (roles.ts): a device never opens,
 * pairs or revokes. `network:changed` follows every change.
 */
export const networkCommands = {
  /** This machine's IPv4 interfaces, to choose which one the hall network listens on. */
  'network:interfaces': { input: none, output: z.array(networkInterfaceSchema) },
  /** Turns the hall network on, on one interface only (never every interface at once). */
  'network:start': { input: networkStartSchema, output: networkStateSchema },
  /** Turns it off: every remote connection is closed at once. */
  'network:stop': { input: none, output: networkStateSchema },
  'network:state': { input: none, output: networkStateSchema },
  /** A new pairing code (QR and short code), valid for ten minutes; the previous one stops working. */
  'network:pairing': { input: none, output: pairingWindowSchema },
  /** Lets a device that asked join, with a role (and a station's assignment). */
  'network:approve': { input: approveSchema, output: hallDeviceSchema },
  /** Turns a request away. */
  'network:decline': { input: z.object({ requestId: opaqueId }).strict(), output: z.null() },
  /** Ends a device's credential: its connections are closed and its next request refused. */
  'network:revoke': { input: z.object({ deviceId: opaqueId }).strict(), output: z.null() },
  'network:devices': { input: none, output: z.array(hallDeviceSchema) },
} as const;

export const networkEvents = {
  /** What changed: re-read the state (and the devices). Operator only: it carries addresses and requests. */
  'network:changed': z.object({ what: z.enum(['state', 'pairing', 'requests', 'devices']) }),
} as const;
