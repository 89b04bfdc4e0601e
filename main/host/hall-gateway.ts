import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { z } from 'zod';
import { type NetworkState, pairAskSchema, pairStatusSchema } from '../../shared/contract/network-schemas';
import { AppError, type ErrorCode } from '../../shared/contract/result';
import type { EventPayload } from '../../shared/contract/channels';
import type { Engine } from '../engine/engine';
import type { AttemptLimits } from '../network/attempt-limiter';
import type { LaptopCertificate } from '../network/certificate';
import { type DeviceCaller, HallNetwork, type HallListener, openContext } from '../network/hall-network';
import { PAIR_PATH } from '../network/pairing-link';
import { attachHallNetwork, detachHallNetwork } from '../network/registry';
import { API_PREFIX, serveCommand } from './command-route';
import { checkingIntervalMs, type ConnectionGuard, DEFAULT_LIMITS, guardConnections, type HostLimits } from './connection-limits';
import { EVENTS_PATH, EventHub } from './event-hub';
import { readBody } from './request-body';
import { refuse, refusePage, send, wantsPage } from './replies';
import { addressAllowed, tokenFrom } from './security';
import { resolveStatic, sendStatic } from './static-files';

/** A pairing request is a code and a name: a few hundred bytes; anything larger is not one. */
const PAIR_BODY_BYTES = 4096;
export const PAIR_STATUS_PATH = `${PAIR_PATH}/status`;
/** A paired device asks who it is (its role, name and assignment): its page picks its screen from the answer. */
export const DEVICE_SELF_PATH = '/device';

const STATUS_OF: Partial<Record<ErrorCode, number>> = { ACCESS_DENIED: 403, TOO_MANY_ATTEMPTS: 429, NO_CONGRESS_OPEN: 503 };

export interface GatewayOptions {
  /** The app's pages (no congress data in them): served to anyone on the hall network, the device's page among them. */
  staticDir?: string;
  limits?: Partial<HostLimits>;
  attempts?: AttemptLimits;
}

export interface AttachedGateway {
  network: HallNetwork;
  /** The network the operator left on for the open congress, back on (or why not): HallNetwork.resume. */
  resumed: Promise<NetworkState>;
  /** Turns it off without forgetting it: the next start turns it on again. */
  detach(): Promise<void>;
}

function parsed<S extends z.ZodType>(schema: S, body: string | null): z.output<S> | null {
  if (body === null) return null;
  try {
    const result = schema.safeParse(JSON.parse(body || '{}'));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function answerError(res: ServerResponse, error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  send(res, STATUS_OF[error.code] ?? 400, { ok: false, error: error.toData() });
}

/**
 * The hall network's gateway (docs/hall-network.md): HTTPS and WSS on the one interface the
 * operator chose, with the laptop's certificate, speaking the loopback host's protocol (POST
 * /api/<channel>, X-Request-Id, events on /events with resume: command-route.ts, event-hub.ts).
 * A caller is a paired device, known by its credential (looked up on every request, so a revoked
 * one is refused at once) and gated by its role exactly as locally; the engine also demands a
 * request id on every write of a remote role. Nothing listens until the operator turns it on.
 */
class GatewayListener implements HallListener {
  private running: { server: Server; hub: EventHub; connections: ConnectionGuard; hosts: readonly string[] } | null = null;
  /** Each device's kept-alive connections, so revoking it closes them too. */
  private readonly sockets = new Map<string, Set<Socket>>();
  network!: HallNetwork;

  constructor(
    private readonly engine: Engine,
    private readonly options: GatewayOptions,
  ) {}

  async open(address: string, port: number, certificate: LaptopCertificate): Promise<number> {
    const limits: HostLimits = { ...DEFAULT_LIMITS, ...this.options.limits };
    const server = createServer(
      {
        key: certificate.key,
        cert: certificate.cert,
        minVersion: 'TLSv1.2',
        handshakeTimeout: limits.headersTimeoutMs,
        connectionsCheckingInterval: checkingIntervalMs(limits),
      },
      (req, res) => {
        void this.handle(req, res).catch((error: unknown) => {
          console.error('[hall-gateway]', error);
          if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'host.internal');
        });
      },
    );
    server.headersTimeout = limits.headersTimeoutMs;
    server.requestTimeout = limits.requestTimeoutMs;
    server.keepAliveTimeout = limits.keepAliveTimeoutMs;
    server.on('tlsClientError', () => {}); // a browser refusing the certificate, a scanner: not our error
    const connections = guardConnections(server, limits, 'secureConnection');
    const hub = new EventHub(this.engine, limits.webSockets);
    server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'https://x');
      const found = url.pathname === EVENTS_PATH && this.addressed(req) ? this.deviceOf(req) : null;
      hub.admit(req, socket, head, found && { role: found.caller.role, deviceId: found.caller.deviceId });
    });
    try {
      await new Promise<void>((resolveListen, failListen) =>
        server.once('error', failListen).listen(port, address, () => {
          server.off('error', failListen);
          resolveListen();
        }),
      );
    } catch (error) {
      hub.close(); // nothing listens: it must not keep hearing the engine either
      throw error; // the port taken, the address gone: hall-network.ts says which
    }
    const bound = (server.address() as AddressInfo).port;
    this.running = { server, hub, connections, hosts: [`${address}:${bound}`] };
    return bound;
  }

  /** The Host (and Origin) name the address and port listened on: against DNS rebinding, as on loopback. */
  private addressed(req: IncomingMessage): boolean {
    return this.running !== null && addressAllowed(req, this.running.hosts, 'https');
  }

  /** The paired device a request's credential names (looked up every time: revoking takes effect at once). */
  private deviceOf(req: IncomingMessage): DeviceCaller | null {
    const found = this.network.callerFor(tokenFrom(req));
    if (found && this.running) {
      this.running.connections.trust(req.socket as Socket);
      this.track(found.caller.deviceId, req.socket as Socket);
    }
    return found;
  }

  private track(deviceId: string, socket: Socket): void {
    let set = this.sockets.get(deviceId);
    if (!set) this.sockets.set(deviceId, (set = new Set()));
    if (set.has(socket)) return;
    set.add(socket);
    socket.once('close', () => set.delete(socket));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.addressed(req)) return refuse(res, 403, 'ACCESS_DENIED', 'host.hostNotAllowed');
    const url = new URL(req.url ?? '/', 'https://x');
    const posted = req.method === 'POST';
    const postOnly = url.pathname === PAIR_STATUS_PATH || url.pathname === DEVICE_SELF_PATH || url.pathname.startsWith(API_PREFIX);
    if (!posted && postOnly) {
      return refuse(res, 405, 'INVALID_INPUT', 'host.postOnly');
    }
    if (url.pathname === PAIR_PATH && posted) {
      const ask = parsed(pairAskSchema, await readBody(req, PAIR_BODY_BYTES));
      if (!ask) return refuse(res, 400, 'INVALID_INPUT', 'host.badJson');
      try {
        return send(res, 200, { ok: true, value: this.network.ask(ask.code, ask.name, req.socket.remoteAddress ?? '?') });
      } catch (error) {
        return answerError(res, error);
      }
    }
    if (url.pathname === PAIR_STATUS_PATH) {
      const asked = parsed(pairStatusSchema, await readBody(req, PAIR_BODY_BYTES));
      if (!asked) return refuse(res, 400, 'INVALID_INPUT', 'host.badJson');
      return send(res, 200, { ok: true, value: this.network.status(asked.requestId, asked.claim) });
    }
    if (url.pathname === DEVICE_SELF_PATH) {
      const found = this.deviceOf(req);
      if (!found) return refuse(res, 401, 'ACCESS_DENIED', 'network.wrongCredential');
      const { deviceId: id, deviceName: name, role } = found.caller;
      return send(res, 200, { ok: true, value: { id, name, role, assignment: found.assignment } });
    }
    if (url.pathname.startsWith(API_PREFIX)) {
      const found = this.deviceOf(req);
      if (!found) return refuse(res, 401, 'ACCESS_DENIED', 'network.wrongCredential');
      return serveCommand(this.engine, req, res, found.caller);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID_INPUT', 'host.methodNotAllowed');
    // The QR code's link opens the app's page, which on the hall network is the device's (renderer/features/device/):
    // it pairs, then shows its role's screen. The fragment (code, pin) stays in the browser.
    const path = url.pathname === PAIR_PATH ? '/index.html' : url.pathname;
    const file = this.options.staticDir ? resolveStatic(this.options.staticDir, path) : null;
    if (!file) return wantsPage(req) ? refusePage(res, 404, 'host.notFound') : refuse(res, 404, 'NOT_FOUND', 'host.notFound');
    sendStatic(file, res);
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = null;
    this.sockets.clear();
    if (!running) return;
    running.hub.close();
    const closed = new Promise<void>((r) => running.server.close(() => r()));
    running.server.closeAllConnections(); // kept-alive and in-flight requests too: off means off
    await closed;
  }

  cut(deviceId: string): void {
    this.running?.hub.cut((l) => l.deviceId === deviceId);
    for (const socket of this.sockets.get(deviceId) ?? []) socket.destroy();
    this.sockets.delete(deviceId);
  }

  connected(): ReadonlySet<string> {
    return this.running?.hub.devices() ?? new Set();
  }
}

/**
 * Gives `engine` its hall network with this gateway as the listening half (the network:* commands
 * find it through main/network/registry.ts), turned on again if the operator left it on for the
 * congress open now (a restart after a power cut or a kill), or when that congress is opened later.
 * Closing or changing the congress turns it off.
 */
export function attachHallGateway(engine: Engine, options: GatewayOptions = {}): AttachedGateway {
  const listener = new GatewayListener(engine, options);
  const network = new HallNetwork(engine, listener, { ...(options.attempts ? { attempts: options.attempts } : {}) });
  listener.network = network;
  attachHallNetwork(engine, network);
  // A host that opens the last congress after attaching (the app's engine process: startUp, reopen)
  // gets it back on when that congress opens; a congress:changed of the same file (its settings) is not a reopening.
  let openPath = openContext(engine)?.path ?? null; // null: nothing open yet
  const unsubscribe = engine.on((name, payload) => {
    if (name !== 'congress:changed') return;
    const path = (payload as EventPayload<'congress:changed'>).congress?.path ?? null;
    void network.congressIs(path);
    if (path !== null && path !== openPath) void network.resume();
    openPath = path;
  });
  return {
    network,
    resumed: network.resume(),
    detach: async () => {
      unsubscribe();
      detachHallNetwork(engine, network);
      await network.shutDown();
    },
  };
}
