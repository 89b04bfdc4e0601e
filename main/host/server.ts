import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CommandName } from '../../shared/contract/channels';
import { type EventStamp, localCaller, REQUEST_ID_HEADER, RESUME_AFTER_PARAM, RESUME_RUN_PARAM } from '../../shared/contract/envelope';
import { mayCall, type Role } from '../../shared/contract/roles';
import { PROJECTOR_ADDRESS_CHANNEL } from '../../shared/contract/host-schemas';
import type { Engine } from '../engine/engine';
import { checkingIntervalMs, DEFAULT_LIMITS, guardConnections, type HostLimits } from './connection-limits';
import { MAX_BODY_BYTES, readBody, refuseTooLarge } from './request-body';
import { eventFor, refuseCommand, resumeFor } from './role-gate';
import { cookieToken, hostAllowed, newToken, roleOf, tokenCookie, tokenFrom, type TokenRole, type Tokens } from './security';
import { resolveStatic, sendStatic } from './static-files';

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

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, message: string, messageEn: string): void {
  send(res, status, { ok: false, error: { code: 'INVALID_INPUT', message, messageEn } });
}

/** The projector page on the address the operator used (its Host header was checked), with the projector's token. */
function projectorAddress(req: IncomingMessage, tokens: Tokens): string {
  const url = new URL('/projector.html', `http://${req.headers.host}`);
  url.searchParams.set('token', tokens.projector);
  return url.toString();
}

/** Where a reconnecting event stream left off (`/events?run=…&after=…`), or null for a fresh one. */
function resumePoint(url: URL): EventStamp | null {
  const runId = url.searchParams.get(RESUME_RUN_PARAM);
  const after = url.searchParams.get(RESUME_AFTER_PARAM);
  if (!runId || !after || !/^\d{1,15}$/.test(after)) return null;
  return { runId, seq: Number(after) };
}

/**
 * The browser host: the operator and projector screens served to a browser on this machine,
 * speaking the same contract as the Electron preload (POST /api/<channel>, events over a
 * WebSocket). Loopback only, a random token per role, Host/Origin checked.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { engine, staticDir } = options;
  const tokens: Tokens = { operator: options.tokens?.operator ?? newToken(), projector: options.tokens?.projector ?? newToken() };
  let port = options.port ?? 0;
  const limits: HostLimits = { ...DEFAULT_LIMITS, ...options.limits };

  const server = createServer({ connectionsCheckingInterval: checkingIntervalMs(limits) }, (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) refuse(res, 500, 'Lỗi máy chủ nội bộ.', 'Internal server error.');
    });
  });
  // Slow or idle requests cannot hold a connection for long (connection-limits.ts).
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  const connections = guardConnections(server, limits);
  /** The role a request's token grants; a connection that shows one is no longer anonymous. */
  const roleFor = (req: IncomingMessage, token: string | null | undefined): TokenRole | null => {
    const role = roleOf(tokens, token);
    if (role) connections.trust(req.socket as Socket);
    return role;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return refuse(res, 403, 'Địa chỉ truy cập không được phép.', 'Host or origin not allowed.');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Chỉ nhận POST.', 'POST only.');
      const role = roleFor(req, tokenFrom(req));
      if (!role) return refuse(res, 401, 'Thiếu hoặc sai mã truy cập.', 'Missing or wrong access token.');
      const channel = url.pathname.slice('/api/'.length);
      // The role table (shared/contract/roles.ts) before the body is even read; the engine checks again.
      const caller = localCaller(role, 'browser-host');
      const header = req.headers[REQUEST_ID_HEADER.toLowerCase()];
      const requestId = Array.isArray(header) ? header.join(',') : header;
      const refused = refuseCommand(caller, channel, requestId);
      if (refused) return send(res, mayCall(role, channel) ? 400 : 403, refused);
      const body = await readBody(req);
      if (body === null) return refuseTooLarge(req, res);
      if (channel === PROJECTOR_ADDRESS_CHANNEL) return send(res, 200, { ok: true, value: { url: projectorAddress(req, tokens) } });
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        return refuse(res, 400, 'Dữ liệu gửi lên không phải JSON hợp lệ.', 'Body is not valid JSON.');
      }
      return send(
        res,
        200,
        await engine.invoke(channel as CommandName, input, { caller, ...(requestId === undefined ? {} : { requestId }) }),
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Phương thức không được phép.', 'Method not allowed.');
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return refuse(res, 404, 'Không tìm thấy.', 'Not found.');
    // Pages and their scripts too: a token in the address (first load) or its cookie (everything after).
    const given = url.searchParams.get('token');
    const role = roleFor(req, given) ?? roleFor(req, cookieToken(req, port));
    if (!role) {
      return refuse(
        res,
        401,
        'Thiếu mã truy cập. Hãy mở đúng địa chỉ (có «?token=…») mà Congress Desk in ra khi khởi động.',
        'Missing access token. Open the address (with "?token=…") Congress Desk printed when it started.',
      );
    }
    sendStatic(file, res, given && roleOf(tokens, given) ? { 'Set-Cookie': tokenCookie(port, given) } : {});
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const clients = new Map<WebSocket, TokenRole>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const role = url.pathname === '/events' && hostAllowed(req, port) ? roleFor(req, tokenFrom(req)) : null;
    if (!role) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    if (clients.size >= limits.webSockets) {
      socket.write('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n\r\n');
      socket.destroy();
      return;
    }
    const after = resumePoint(url);
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // What it missed, then live: in one turn, so no event falls between the two or comes twice.
      for (const message of resumeFor(engine, role, after)) ws.send(JSON.stringify(message));
      clients.set(ws, role);
      ws.on('close', () => clients.delete(ws));
      // A client that breaks the protocol (or sends over maxPayload) is dropped; unhandled, the
      // error would be thrown in the app's process and take the congress down with it.
      ws.on('error', () => ws.terminate());
    });
  });
  const unsubscribe = engine.on((name, payload, stamp) => {
    const messages = new Map<Role, string | null>(); // each role's message, serialised once
    for (const [ws, role] of clients) {
      if (!messages.has(role)) {
        const event = eventFor(role, name, payload, stamp);
        messages.set(role, event && JSON.stringify(event));
      }
      const message = messages.get(role);
      if (message && ws.readyState === ws.OPEN) ws.send(message);
    }
  });

  await new Promise<void>((resolveListen, failListen) =>
    server.once('error', failListen).listen(port, '127.0.0.1', () => {
      server.off('error', failListen);
      resolveListen();
    }),
  ); // EADDRINUSE reaches serve.ts
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    tokens,
    operatorUrl: `${base}/?token=${tokens.operator}`,
    projectorUrl: `${base}/projector.html?token=${tokens.projector}`,
    close: async () => {
      unsubscribe();
      for (const ws of clients.keys()) ws.terminate();
      sockets.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
