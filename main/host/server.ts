import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { localCaller } from '../../shared/contract/envelope';
import { PROJECTOR_ADDRESS_CHANNEL } from '../../shared/contract/host-schemas';
import type { Engine } from '../engine/engine';
import { API_PREFIX, serveCommand } from './command-route';
import { checkingIntervalMs, DEFAULT_LIMITS, guardConnections, type HostLimits } from './connection-limits';
import { EVENTS_PATH, EventHub } from './event-hub';
import { attachHallGateway } from './hall-gateway';
import { MAX_BODY_BYTES } from './request-body';
import { refuse, refusePage, wantsPage } from './replies';
import { cookieToken, hostAllowed, newToken, roleOf, tokenCookie, tokenFrom, type TokenRole, type Tokens } from './security';
import { resolveStatic, sendStatic } from './static-files';
import { PRINTABLE_PREFIX, PrintableExports, sendPdf } from './printable-exports';

export { MAX_BODY_BYTES };

export interface HostOptions {
  engine: Engine;
  staticDir: string;
  port?: number;
  tokens?: Partial<Tokens>;
  /** Connection caps and timeouts (connection-limits.ts); tests set small ones. */
  limits?: Partial<HostLimits>;
}

export interface RunningHost {
  port: number;
  tokens: Tokens;
  operatorUrl: string;
  projectorUrl: string;
  close(): Promise<void>;
}

/** The projector page on the address the operator used (its Host header was checked), with the projector's token. */
function projectorAddress(req: IncomingMessage, tokens: Tokens): string {
  const url = new URL('/projector.html', `http://${req.headers.host}`);
  url.searchParams.set('token', tokens.projector);
  return url.toString();
}

/**
 * The browser host: the operator and projector screens served to a browser on this machine,
 * speaking the same contract as the Electron preload (POST /api/<channel>, events over a
 * WebSocket). Loopback only, a random token per role, Host/Origin checked. It also brings the
 * hall network's gateway (hall-gateway.ts), which listens only once the operator turns it on, and
 * again after a restart while they have left it on.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { engine, staticDir } = options;
  const tokens: Tokens = { operator: options.tokens?.operator ?? newToken(), projector: options.tokens?.projector ?? newToken() };
  let port = options.port ?? 0;
  const limits: HostLimits = { ...DEFAULT_LIMITS, ...options.limits };

  const server = createServer({ connectionsCheckingInterval: checkingIntervalMs(limits) }, (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'host.internal');
    });
  });
  // Slow or idle requests cannot hold a connection for long (connection-limits.ts).
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  const connections = guardConnections(server, limits);
  const printable = new PrintableExports();
  // The engine as the command route sees it, noting the PDFs each export answers (printable-exports.ts).
  const noting: Pick<Engine, 'invoke'> = {
    // One signature standing for the engine's overloads: the answer is passed on unchanged.
    invoke: (async (channel: string, input: unknown, meta?: Parameters<Engine['invoke']>[2]) => {
      const answer = await engine.invoke(channel, input, meta);
      printable.remember(channel, answer);
      return answer;
    }) as Engine['invoke'],
  };
  /** The role a request's token grants; a connection that shows one is no longer anonymous. */
  const roleFor = (req: IncomingMessage, token: string | null | undefined): TokenRole | null => {
    const role = roleOf(tokens, token);
    if (role) connections.trust(req.socket as Socket);
    return role;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return refuse(res, 403, 'ACCESS_DENIED', 'host.hostNotAllowed');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'host.postOnly');
      const role = roleFor(req, tokenFrom(req));
      if (!role) return refuse(res, 401, 'ACCESS_DENIED', 'host.wrongToken');
      return serveCommand(noting, req, res, localCaller(role, 'browser-host'), (channel) =>
        channel === PROJECTOR_ADDRESS_CHANNEL ? { url: projectorAddress(req, tokens) } : undefined,
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID_INPUT', 'host.methodNotAllowed');
    if (url.pathname.startsWith(PRINTABLE_PREFIX)) {
      // The operator's only: the projector's token does not even learn whether the file exists.
      if (roleFor(req, cookieToken(req, port) ?? url.searchParams.get('token')) !== 'operator') {
        return refuse(res, 401, 'ACCESS_DENIED', 'host.pageToken');
      }
      const pdf = printable.find(url.pathname);
      return pdf ? sendPdf(pdf, res) : refuse(res, 404, 'NOT_FOUND', 'host.notFound');
    }
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return refuse(res, 404, 'NOT_FOUND', 'host.notFound');
    // Pages and their scripts too: a token in the address (first load) or its cookie (everything after).
    const given = url.searchParams.get('token');
    const role = roleFor(req, given) ?? roleFor(req, cookieToken(req, port));
    if (!role) {
      // F5 with a token the host no longer knows (renewed: local-tokens.ts), or an address without one.
      return wantsPage(req) ? refusePage(res, 401, 'host.pageToken') : refuse(res, 401, 'ACCESS_DENIED', 'host.pageToken');
    }
    sendStatic(file, res, given && roleOf(tokens, given) ? { 'Set-Cookie': tokenCookie(port, given) } : {});
  }

  const hub = new EventHub(engine, limits.webSockets);
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const role = url.pathname === EVENTS_PATH && hostAllowed(req, port) ? roleFor(req, tokenFrom(req)) : null;
    hub.admit(req, socket, head, role && { role });
  });

  await new Promise<void>((resolveListen, failListen) =>
    server.once('error', failListen).listen(port, '127.0.0.1', () => {
      server.off('error', failListen);
      resolveListen();
    }),
  ); // EADDRINUSE reaches serve.ts
  port = (server.address() as AddressInfo).port;
  const gateway = attachHallGateway(engine, { staticDir, limits });
  await gateway.resumed; // back on where the operator left it (docs/hall-network.md §8), or off and saying why
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    tokens,
    operatorUrl: `${base}/?token=${tokens.operator}`,
    projectorUrl: `${base}/projector.html?token=${tokens.projector}`,
    close: async () => {
      await gateway.detach();
      hub.close();
      const closed = new Promise<void>((r) => server.close(() => r()));
      // A request half sent (a desk on a bad link) or kept alive would hold the stop until its
      // timeout; the pages keep what they sent and retry it against the next host (docs/command-path.md).
      server.closeAllConnections();
      await closed;
    },
  };
}
