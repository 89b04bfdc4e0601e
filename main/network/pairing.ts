import type { DeviceRole, StationAssignment } from '../../shared/contract/network-schemas';
import { credentialHash, newId, newPairingCode, normalizeCode, sameSecret, newCredential } from './credentials';

/**
 * The pairing window the operator opened (a code and its QR, ten minutes) and the devices that
 * asked through it, held in memory only: nothing of a pairing is worth keeping across a restart,
 * and a code that outlives the app would be a way in nobody is watching. One code may let in
 * several devices (the desks at every door scan the same QR); each one still waits for the
 * operator's approval, with a role chosen then.
 */
export const PAIRING_MS = 10 * 60_000;
/** Devices waiting at once: enough for a hall, few enough that a stranger cannot fill the list. */
export const MAX_WAITING = 20;

export interface PairingWindow {
  code: string;
  expiresAt: number;
}

export interface Approved {
  credential: string;
  device: { id: string; name: string; role: DeviceRole; assignment: StationAssignment | null };
}

export interface PairingRequest {
  id: string;
  claimHash: string;
  deviceName: string;
  address: string;
  at: string;
  expiresAt: number;
  outcome?: Approved | 'declined';
}

export type Asked = { requestId: string; claim: string };
export type Status = { status: 'pending' } | { status: 'declined' } | { status: 'unknown' } | ({ status: 'approved' } & Approved);

export class Pairings {
  private window: PairingWindow | null = null;
  private readonly requests = new Map<string, PairingRequest>();

  constructor(private readonly clock: () => number = Date.now) {}

  open(): PairingWindow {
    this.window = { code: newPairingCode(), expiresAt: this.clock() + PAIRING_MS };
    return this.window;
  }

  current(): PairingWindow | null {
    if (this.window && this.window.expiresAt <= this.clock()) this.window = null;
    return this.window;
  }

  matches(typed: string): boolean {
    const window = this.current();
    return window !== null && sameSecret(normalizeCode(typed), normalizeCode(window.code));
  }

  /** Too many are waiting already. */
  full(): boolean {
    return this.waiting().length >= MAX_WAITING;
  }

  ask(deviceName: string, address: string, at: string): Asked {
    const claim = newCredential();
    const request: PairingRequest = {
      id: newId('req'),
      claimHash: credentialHash(claim),
      deviceName,
      address,
      at,
      expiresAt: this.clock() + PAIRING_MS,
    };
    this.requests.set(request.id, request);
    return { requestId: request.id, claim };
  }

  private sweep(): void {
    const now = this.clock();
    for (const [id, r] of this.requests) if (r.expiresAt <= now) this.requests.delete(id);
  }

  /** Those waiting for the operator's decision, oldest first. */
  waiting(): PairingRequest[] {
    this.sweep();
    return [...this.requests.values()].filter((r) => !r.outcome);
  }

  /** A request still waiting, or undefined. */
  pending(id: string): PairingRequest | undefined {
    this.sweep();
    const r = this.requests.get(id);
    return r && !r.outcome ? r : undefined;
  }

  /** The decision is kept until the device asks (a little while): then it is handed over once and forgotten. */
  decide(id: string, outcome: Approved | 'declined'): void {
    const r = this.pending(id);
    if (!r) return;
    r.outcome = outcome;
    r.expiresAt = this.clock() + PAIRING_MS;
  }

  status(id: string, claim: string): Status {
    this.sweep();
    const r = this.requests.get(id);
    if (!r || !sameSecret(credentialHash(claim), r.claimHash)) return { status: 'unknown' };
    if (!r.outcome) return { status: 'pending' };
    this.requests.delete(id);
    return r.outcome === 'declined' ? { status: 'declined' } : { status: 'approved', ...r.outcome };
  }

  /** The network was turned off: codes and waiting devices are forgotten. */
  clear(): void {
    this.window = null;
    this.requests.clear();
  }
}
