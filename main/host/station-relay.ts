import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { connectionLost } from '../../shared/contract/envelope';
import type { AppErrorData } from '../../shared/contract/result';
import { sameSecret } from '../network/credentials';
import { PAIR_PATH } from '../network/pairing-link';
import { PinMismatch } from '../network/pinned-connection';
import { type Relayed, StationLink } from '../network/station-link';
import type { StationTarget } from '../network/station-target';
import { API_PREFIX } from './command-route';
import { EVENTS_PATH } from './event-hub';
import { DEVICE_SELF_PATH, PAIR_STATUS_PATH } from './hall-gateway';
import { readBody, MAX_BODY_BYTES, refuseTooLarge } from './request-body';
import { refuse, refuseUpgrade, send } from './replies';
import { cookieToken, hostAllowed, tokenCookie } from './security';
import { resolveStatic, sendStatic } from './static-files';

/** The device's page on the relay: the app's page, which on this path is a device's (renderer/features/device/). */
export const STATION_PAGE = '/station';
/** The relay's port on the device: fixed, so an open window and a bookmark survive a restart of the relay. */
export const STATION_PORT = 4872;
/** What the page is told in place of the credential it never sees (it sends it back; the relay ignores it). */
export const KEPT_BY_STATION = 'kept-by-station';
const PAIR_BODY_BYTES = 4096;

export interface StationRelayOptions {
  /** The user's data folder on the device: the credential is kept there (main/network/station-store.ts). */
  dataDir: string;
  /** The laptop to work for, or null: the one kept in dataDir. */
  target: StationTarget | null;
  staticDir: string;
  port?: number;
  /** The device's own address toward the laptop (tests: another loopback address). */
  localAddress?: string;
  onLearned?: (fingerprint: string) => void;
}

export interface RunningRelay {
  port: number;
  /** The local page's address, with its token (and the pairing code, in the fragment, when one was given). */
  url: string;
  link: StationLink;
  close(): Promise<void>;
}

/** The first groups of a fingerprint, as the page and the laptop's screen show it for comparing. */
const groups = (fingerprint: string) => fingerprint.split(':').slice(0, 4).join(':');

/** Why a request did not reach the laptop, as a lost connection (the page keeps what it sent and retries). */
function notReached(link: StationLink, error: unknown): AppErrorData {
  if (error instanceof PinMismatch) {
    return connectionLost('station.forgedCertificate', {
      laptop: link.laptop,
      expected: groups(error.expected),
      found: groups(error.found),
    });
  }
  const cause = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
  return connectionLost('station.laptopUnreachable', { laptop: link.laptop, cause });
}

/** An approval seen on its way to the page: the credential is kept here and the page gets a stand-in. */
function keepApproval(link: StationLink, answer: Relayed): Relayed {
  const parsed = JSON.parse(answer.body) as { ok: boolean; value?: { status?: string; credential?: string; device?: never } };
  const value = parsed.value;
  if (!parsed.ok || value?.status !== 'approved' || typeof value.credential !== 'string' || !value.device) return answer;
  link.keep(value.credential, value.device);
  return { status: answer.status, body: JSON.stringify({ ok: true, value: { ...value, credential: KEPT_BY_STATION } }) };
}

/**
 * Station mode (docs/hall-network.md «Chế độ trạm»): a small process on the device that serves the
 * device's page on loopback only (plain http, like the laptop's own host: main/host/server.ts) and
 * relays its pairing, commands and event stream to the laptop's gateway over TLS pinned to the
 * fingerprint of the pairing link (main/network/station-link.ts). The page speaks the gateway's
 * protocol unchanged (docs/hall-network.md §5); the relay holds the credential and puts it on each
 * request. A request for another host name, or without the page's token (an HttpOnly cookie set
 * from the printed address), is refused here, before anything is sent to the laptop.
 */
export async function startStationRelay(options: StationRelayOptions): Promise<RunningRelay> {
  const link = new StationLink(options.dataDir, options.target, {
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    ...(options.onLearned ? { onLearned: options.onLearned } : {}),
  });
  let port = options.port ?? STATION_PORT;
  const streams = new Set<{ page: WebSocket; laptop: WebSocket }>();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 });

  const pageAllowed = (req: IncomingMessage) => {
    const token = cookieToken(req, port);
    return token !== null && sameSecret(token, link.pageToken);
  };
  /** The laptop refused this credential: it is dropped from the device, and its event streams with it. */
  const refused = (credential: string) => {
    if (link.credential !== credential) return; // paired again meanwhile: the new one stands
    link.forget();
    for (const s of streams) s.page.terminate();
  };

  async function relay(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const command = path.startsWith(API_PREFIX);
    const body = await readBody(req, command ? MAX_BODY_BYTES : PAIR_BODY_BYTES);
    if (body === null) return refuseTooLarge(req, res);
    const headers: Record<string, string> = {};
    const requestId = req.headers['x-request-id'];
    if (typeof requestId === 'string') headers['x-request-id'] = requestId;
    const credential = link.credential;
    if (command || path === DEVICE_SELF_PATH) {
      if (!credential) return refuse(res, 401, 'ACCESS_DENIED', command ? 'network.wrongCredential' : 'station.notPaired');
      headers['x-congress-token'] = credential;
    }
    let answer: Relayed;
    try {
      answer = await link.post(path, body, headers);
    } catch (error) {
      if (error instanceof PinMismatch) console.error(`[station] ${link.laptop}: ${error.message} — nothing sent`);
      return send(res, 502, { ok: false, error: notReached(link, error) });
    }
    if (answer.status === 401 && credential && headers['x-congress-token']) refused(credential);
    if (path === PAIR_STATUS_PATH && answer.status === 200) answer = keepApproval(link, answer);
    res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end(answer.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return refuse(res, 403, 'ACCESS_DENIED', 'host.hostNotAllowed');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === PAIR_PATH || path === PAIR_STATUS_PATH || path === DEVICE_SELF_PATH || path.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'host.postOnly');
      if (!pageAllowed(req)) return refuse(res, 401, 'ACCESS_DENIED', 'host.pageToken');
      return relay(req, res, path);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID_INPUT', 'host.methodNotAllowed');
    if (path === '/') {
      res.writeHead(302, { Location: `${STATION_PAGE}${url.search}` });
      return void res.end();
    }
    // The app's files hold no congress data; what the page does with them needs its token.
    const file = resolveStatic(options.staticDir, path === STATION_PAGE ? '/index.html' : path);
    if (!file) return refuse(res, 404, 'NOT_FOUND', 'host.notFound');
    const given = url.searchParams.get('token');
    const fresh = given !== null && sameSecret(given, link.pageToken);
    sendStatic(file, res, fresh ? { 'Set-Cookie': tokenCookie(port, given) } : {});
  }

  function admit(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== EVENTS_PATH || !hostAllowed(req, port) || !pageAllowed(req) || !link.credential) {
      return refuseUpgrade(socket, 403);
    }
    const early: string[] = [];
    let page: WebSocket | null = null;
    link
      .events(url.searchParams, (text) => (page ? page.send(text) : early.push(text)))
      .then(
        (laptop) =>
          sockets.handleUpgrade(req, socket, head, (ws) => {
            page = ws;
            for (const text of early.splice(0)) ws.send(text);
            const stream = { page: ws, laptop };
            streams.add(stream);
            // The laptop cut it (revoked, network off, gone): the page sees the drop at once and reconnects through us.
            const end = () => {
              streams.delete(stream);
              ws.terminate();
              laptop.terminate();
            };
            laptop.on('close', end).on('error', end);
            ws.on('close', end).on('error', end);
            if (laptop.readyState !== laptop.OPEN) end();
          }),
        () => refuseUpgrade(socket, 503), // not reached, or refused: the page's link says so and asks "who am I"
      );
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[station]', error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'host.internal');
    });
  });
  server.on('upgrade', admit);
  await new Promise<void>((resolveListen, failListen) =>
    server.once('error', failListen).listen(port, '127.0.0.1', () => {
      server.off('error', failListen);
      resolveListen();
    }),
  ); // loopback only: the device's own browser; the hall never sees this port
  port = (server.address() as AddressInfo).port;
  const code = options.target?.code;
  return {
    port,
    url: `http://127.0.0.1:${port}${STATION_PAGE}?token=${link.pageToken}${code ? `#code=${encodeURIComponent(code)}` : ''}`,
    link,
    close: async () => {
      for (const s of streams) s.page.terminate();
      sockets.close();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
    },
  };
}
