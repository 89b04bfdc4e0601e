import type { EventPayload } from '../../shared/contract/channels';
import type { Caller } from '../../shared/contract/envelope';
import type { z } from 'zod';
import type { approveSchema, HallDevice, NetworkState, StationAssignment } from '../../shared/contract/network-schemas';
import { AppError, type AppErrorData } from '../../shared/contract/result';
import { appendAudit } from '../db/audit';
import { activeDeviceByCredential, getHallDevice, insertHallDevice, listHallDevices, revokeHallDevice } from '../db/hall-devices';
import { type CongressContext, inTransaction } from '../services/context';
import { AttemptLimiter, type AttemptLimits } from './attempt-limiter';
import { type LaptopCertificate, laptopCertificate } from './certificate';
import { credentialHash, newCredential, newId } from './credentials';
import { mayListenOn } from './interfaces';
import { type Asked, Pairings, type Status } from './pairing';
import { pairingQrText } from './pairing-link';
import { forgetTurnedOn, rememberTurnedOn, turnedOnBefore } from './turned-on';

/** What the hall network needs of the engine: the workspace folder, the open congress, events sent at once. */
export interface HallNetworkHost {
  readonly workspace: { readonly dir: string };
  context(): CongressContext;
  notifyNow(name: 'network:changed', payload: EventPayload<'network:changed'>): void;
}

/** The open congress's context, or null while none is open (when context() throws): for work that just waits for one. */
export function openContext(host: Pick<HallNetworkHost, 'context'>): CongressContext | null {
  try {
    return host.context();
  } catch {
    return null;
  }
}

/** The listening half, which faces the network: main/host/hall-gateway.ts. */
export interface HallListener {
  open(address: string, port: number, certificate: LaptopCertificate): Promise<number>;
  /** Every remote connection closed at once. */
  close(): Promise<void>;
  /** Closes one device's connections at once (revoked). */
  cut(deviceId: string): void;
  connected(): ReadonlySet<string>;
}

/** A device's caller (shared/contract/envelope.ts) and its assignment, from its credential. */
export interface DeviceCaller {
  caller: Caller;
  assignment: StationAssignment | null;
}

export const DEFAULT_HALL_PORT = 4871;

type Approval = z.output<typeof approveSchema>;

/**
 * The hall network of one engine (docs/hall-network.md): on or off, on which address, the pairing
 * window and who is waiting, the devices of the open congress. The engine's network:* commands
 * (main/engine/network-handlers.ts) and the gateway (main/host/hall-gateway.ts) both act on it.
 * It belongs to the congress it was turned on for: closing or changing the congress turns it off.
 * It is remembered on this machine while the operator leaves it on (turned-on.ts), and comes back
 * by itself when the host starts again on that congress (resume).
 */
export class HallNetwork {
  private on: { address: string; port: number; congressPath: string } | null = null;
  /** Left on before the last stop, and could not come back on at start-up: where, and why. */
  private notResumed: NonNullable<NetworkState['notResumed']> | null = null;
  private certificate: LaptopCertificate | null = null;
  private readonly pairings: Pairings;
  private readonly attempts: AttemptLimiter;

  constructor(
    private readonly host: HallNetworkHost,
    private readonly listener: HallListener,
    options: { clock?: () => number; attempts?: AttemptLimits } = {},
  ) {
    this.pairings = new Pairings(options.clock);
    this.attempts = new AttemptLimiter(options.attempts, options.clock);
  }

  private changed(what: EventPayload<'network:changed'>['what']): void {
    this.host.notifyNow('network:changed', { what });
  }

  private laptop(): LaptopCertificate {
    return (this.certificate ??= laptopCertificate(this.host.workspace.dir));
  }

  state(): NetworkState {
    const window = this.on ? this.pairings.current() : null;
    const fingerprint = this.certificate?.fingerprint ?? null;
    return {
      on: this.on !== null,
      address: this.on?.address ?? null,
      port: this.on?.port ?? null,
      url: this.on ? `https://${this.on.address}:${this.on.port}` : null,
      fingerprint,
      pairing:
        window && this.on && fingerprint
          ? {
              code: window.code,
              qrText: pairingQrText(this.on.address, this.on.port, window.code, fingerprint),
              expiresAt: new Date(window.expiresAt).toISOString(),
            }
          : null,
      requests: this.on ? this.pairings.waiting().map(({ id, deviceName, address, at }) => ({ id, deviceName, address, at })) : [],
      notResumed: this.notResumed,
    };
  }

  /** Turning on and off, one at a time: a second start while the first is still binding waits for it. */
  private turning: Promise<unknown> = Promise.resolve();
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turning.then(work, work);
    this.turning = next.catch(() => {});
    return next;
  }

  /** The operator turns it on: remembered, so that a restart of the host turns it on again. */
  start(address: string, port?: number): Promise<NetworkState> {
    return this.serially(async () => {
      // after a resume that failed, at the port the devices hold (their link and QR code) when it is free again
      const left = this.notResumed?.address === address ? this.notResumed.port : null;
      const state = await (port === undefined && left !== null && left !== DEFAULT_HALL_PORT
        ? this.turnOn(address, left).catch(() => this.turnOn(address, DEFAULT_HALL_PORT))
        : this.turnOn(address, port ?? DEFAULT_HALL_PORT));
      this.remember();
      return state;
    });
  }

  /** The operator turns it off (or the congress it was on for is no longer open): forgotten too. */
  stop(): Promise<NetworkState> {
    return this.serially(() => {
      this.forget();
      return this.turnOff();
    });
  }

  /** The host stops (Ctrl+C, the machine shutting down): off, but still remembered for the next start. */
  shutDown(): Promise<NetworkState> {
    return this.serially(() => this.turnOff());
  }

  /**
   * At the host's start: the network the operator left on for the congress open now is turned on
   * again at the same address and port, so devices holding its URL and pin reconnect by
   * themselves (docs/hall-network.md §8). Left for another congress: forgotten. An address no
   * longer this machine's, a port taken: it stays off and the state says why. Never throws.
   */
  resume(): Promise<NetworkState> {
    return this.serially(async () => {
      const kept = turnedOnBefore(this.host.workspace.dir);
      if (!kept || this.on) return this.state();
      const ctx = openContext(this.host);
      if (!ctx) return this.state(); // nothing open (the last congress did not reopen): kept for when it does
      if (kept.congressPath !== ctx.path) {
        this.forget();
        return this.state();
      }
      const where = { address: kept.address, port: kept.port };
      try {
        await this.turnOn(kept.address, kept.port);
        this.auditResume(ctx, 'network.resumed', where);
      } catch (error) {
        this.notResumed = { ...where, error: resumeProblem(error, where) };
        console.warn(`[hall-network] not turned on again at ${kept.address}:${kept.port}:`, this.notResumed.error);
        this.changed('state');
        this.auditResume(ctx, 'network.resumeFailed', this.notResumed);
      }
      return this.state();
    });
  }

  /** A resume in the audit; one that cannot be written (a file gone read-only) is said here and the start goes on. */
  private auditResume(ctx: CongressContext, action: string, after: { address: string; port: number }): void {
    try {
      this.audit(ctx, 'hall_network', action, `${after.address}:${after.port}`, after);
    } catch (error) {
      console.warn(`[hall-network] ${action} could not be audited:`, error);
    }
  }

  private remember(): void {
    if (!this.on) return;
    const { congressPath, address, port } = this.on;
    try {
      rememberTurnedOn(this.host.workspace.dir, { congressPath, address, port });
    } catch (error) {
      console.warn('[hall-network] could not remember that the network is on; it will not come back by itself:', error);
    }
  }

  private forget(): void {
    this.notResumed = null;
    try {
      forgetTurnedOn(this.host.workspace.dir);
    } catch (error) {
      console.warn('[hall-network] could not forget that the network was on:', error);
    }
  }

  private async turnOn(address: string, port: number): Promise<NetworkState> {
    const ctx = this.host.context(); // a congress must be open: its devices are the ones let in
    if (!mayListenOn(address)) throw AppError.of('INVALID_INPUT', 'network.badAddress', { address });
    if (this.on?.address === address && (port === 0 || port === this.on.port)) return this.state();
    if (this.on) await this.turnOff();
    const certificate = this.laptop();
    let bound: number;
    try {
      bound = await this.listener.open(address, port, certificate);
    } catch (error) {
      const reason = (error as { code?: string }).code ?? String(error);
      throw AppError.of('INVALID_INPUT', 'network.listenFailed', { address, port: String(port), reason });
    }
    this.on = { address, port: bound, congressPath: ctx.path };
    this.notResumed = null;
    this.changed('state');
    return this.state();
  }

  private async turnOff(): Promise<NetworkState> {
    if (this.on) {
      this.on = null;
      this.pairings.clear();
      await this.listener.close();
      this.changed('state');
    }
    return this.state();
  }

  /** The congress open now (or none): a network turned on (or left on) for another one is turned off and forgotten. */
  congressIs(path: string | null): Promise<NetworkState> | null {
    const kept = this.on ?? turnedOnBefore(this.host.workspace.dir);
    return kept && kept.congressPath !== path ? this.stop() : null;
  }

  newPairing(): NonNullable<NetworkState['pairing']> {
    if (!this.on) throw AppError.of('INVALID_INPUT', 'network.off');
    this.pairings.open();
    this.changed('pairing');
    return this.state().pairing!;
  }

  /** A device asks to join with the code it was given (POST /pair). Wrong codes are counted and audited. */
  ask(code: string, deviceName: string, address: string): Asked {
    const ctx = this.host.context();
    if (!this.attempts.allowed(address)) {
      if (this.attempts.firstRefusal(address)) this.audit(ctx, 'hall_pairing', 'network.pairingLimited', address, { address, deviceName });
      throw AppError.of('TOO_MANY_ATTEMPTS', 'network.tooManyAttempts');
    }
    if (!this.pairings.matches(code)) {
      this.attempts.failed(address);
      this.audit(ctx, 'hall_pairing', 'network.pairingRefused', address, { address, deviceName });
      throw AppError.of('ACCESS_DENIED', 'network.wrongCode');
    }
    if (this.pairings.full()) throw AppError.of('TOO_MANY_ATTEMPTS', 'network.tooManyRequests');
    const asked = this.pairings.ask(deviceName, address, ctx.now());
    this.audit(ctx, 'hall_pairing', 'network.pairingAsked', asked.requestId, { address, deviceName });
    this.changed('requests');
    return asked;
  }

  status(requestId: string, claim: string): Status {
    return this.pairings.status(requestId, claim);
  }

  approve(input: Approval): HallDevice {
    const ctx = this.host.context();
    const request = this.pairings.pending(input.requestId);
    if (!request) throw AppError.of('NOT_FOUND', 'network.unknownRequest', { requestId: input.requestId });
    if (input.assignment && input.role !== 'counting-station') {
      throw AppError.of('INVALID_INPUT', 'network.assignmentOnlyForStation');
    }
    const credential = newCredential();
    const device = {
      id: newId('dev'),
      name: input.name ?? request.deviceName,
      role: input.role,
      assignment: input.assignment ?? null,
      pairedAt: ctx.now(),
      pairedFrom: request.address,
    };
    inTransaction(ctx, () => {
      insertHallDevice(ctx.db, device, credentialHash(credential));
      appendAudit(ctx.db, device.pairedAt, { action: 'network.approve', entity: 'hall_device', entityId: device.id, after: device });
    });
    this.pairings.decide(request.id, { credential, device });
    this.changed('devices');
    return { ...device, revokedAt: null, connected: false };
  }

  decline(requestId: string): null {
    if (!this.pairings.pending(requestId)) throw AppError.of('NOT_FOUND', 'network.unknownRequest', { requestId });
    this.pairings.decide(requestId, 'declined');
    this.changed('requests');
    return null;
  }

  revoke(deviceId: string): null {
    const ctx = this.host.context();
    const device = getHallDevice(ctx.db, deviceId);
    if (!device) throw AppError.of('NOT_FOUND', 'network.unknownDevice', { deviceId });
    const at = ctx.now();
    const revoked = inTransaction(ctx, () => {
      const done = revokeHallDevice(ctx.db, deviceId, at);
      if (done) appendAudit(ctx.db, at, { action: 'network.revoke', entity: 'hall_device', entityId: deviceId, before: device });
      return done;
    });
    this.listener.cut(deviceId); // after the commit: a request racing it is refused by the look-up
    if (revoked) this.changed('devices');
    return null;
  }

  devices(): HallDevice[] {
    const connected = this.listener.connected();
    return listHallDevices(this.host.context().db).map((d) => ({ ...d, connected: connected.has(d.id) }));
  }

  /** Who a credential belongs to in the open congress, or null (unknown, revoked, no congress, network off). */
  callerFor(credential: string | null | undefined): DeviceCaller | null {
    if (!this.on || !credential) return null;
    const ctx = openContext(this.host);
    if (!ctx) return null;
    const device = activeDeviceByCredential(ctx.db, credentialHash(credential));
    if (!device) return null;
    return { caller: { role: device.role, deviceId: device.id, deviceName: device.name }, assignment: device.assignment };
  }

  /** Whether a device is still let in (the gateway asks again for its open sockets after a change). */
  isActive(deviceId: string): boolean {
    if (!this.on) return false;
    try {
      const device = getHallDevice(this.host.context().db, deviceId);
      return device !== undefined && device.revokedAt === null;
    } catch {
      return false;
    }
  }

  private audit(ctx: CongressContext, entity: 'hall_pairing' | 'hall_network', action: string, entityId: string, after: unknown): void {
    inTransaction(ctx, () => appendAudit(ctx.db, ctx.now(), { action, entity, entityId, after }));
  }
}

/** Why the network did not come back on, in the operator's words: the address gone, the port taken, or what turning it on said. */
function resumeProblem(error: unknown, where: { address: string; port: number }): AppErrorData {
  const params = { address: where.address, port: String(where.port) };
  if (!(error instanceof AppError)) return AppError.of('INTERNAL', 'network.listenFailed', { ...params, reason: String(error) }).toData();
  const reason = error.params?.reason;
  if (error.key === 'network.badAddress' || reason === 'EADDRNOTAVAIL')
    return AppError.of('INVALID_INPUT', 'network.resumeAddressGone', params).toData();
  if (reason === 'EADDRINUSE') return AppError.of('INVALID_INPUT', 'network.resumePortTaken', params).toData();
  return error.toData();
}
