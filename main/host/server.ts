import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { type CommandName, PROJECTOR_COMMANDS, PROJECTOR_EVENTS } from '../../shared/contract/channels';
import type { Engine } from '../engine/engine';
import { cookieToken, hostAllowed, newToken, type Role, roleOf, tokenCookie, tokenFrom, type Tokens } from './security';
import { resolveStatic, sendStatic } from './static-files';

export interface HostOptions {
  engine: Engine;
  staticDir: string;
  port?: number;
  tokens?: Partial<Tokens>;
}

export interface RunningHost {
  port: number;
  tokens: Tokens;
  operatorUrl: string;
  projectorUrl: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 48 * 1024 * 1024;
const projectorCommands = new Set<string>(PROJECTOR_COMMANDS);
const projectorEvents = new Set<string>(PROJECTOR_EVENTS);

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, message: string, messageEn: string): void {
  send(res, status, { ok: false, error: { code: 'INVALID_INPUT', message, messageEn } });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolveBody(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) refuse(res, 500, 'Lỗi máy chủ nội bộ.', 'Internal server error.');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return refuse(res, 403, 'Địa chỉ truy cập không được phép.', 'Host or origin not allowed.');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Chỉ nhận POST.', 'POST only.');
      const role = roleOf(tokens, tokenFrom(req));
      if (!role) return refuse(res, 401, 'Thiếu hoặc sai mã truy cập.', 'Missing or wrong access token.');
      const channel = url.pathname.slice('/api/'.length);
      if (role === 'projector' && !projectorCommands.has(channel)) {
        return refuse(res, 403, 'Màn chiếu không được dùng lệnh này.', 'The projector may not use this command.');
      }
      const body = await readBody(req);
      if (body === null) return refuse(res, 413, 'Dữ liệu gửi lên quá lớn.', 'Request too large.');
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        return refuse(res, 400, 'Dữ liệu gửi lên không phải JSON hợp lệ.', 'Body is not valid JSON.');
      }
      return send(res, 200, await engine.invoke(channel as CommandName, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Phương thức không được phép.', 'Method not allowed.');
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return refuse(res, 404, 'Không tìm thấy.', 'Not found.');
    // Pages and their scripts too: a token in the address (first load) or its cookie (everything after).
    const given = url.searchParams.get('token');
    const role = roleOf(tokens, given) ?? roleOf(tokens, cookieToken(req, port));
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
  const clients = new Map<WebSocket, Role>();
  server.on('upgrade', (req, socket, head) => {
    const role = roleOf(tokens, tokenFrom(req));
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/events' || !hostAllowed(req, port) || !role) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      clients.set(ws, role);
      ws.on('close', () => clients.delete(ws));
      // A client that breaks the protocol (or sends over maxPayload) is dropped; unhandled, the
      // error would be thrown in the app's process and take the congress down with it.
      ws.on('error', () => ws.terminate());
    });
  });
  const unsubscribe = engine.on((name, payload) => {
    const message = JSON.stringify({ name, payload });
    for (const [ws, role] of clients) {
      if (role === 'projector' && !projectorEvents.has(name)) continue;
      if (ws.readyState === ws.OPEN) ws.send(message);
    }
  });

  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
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
