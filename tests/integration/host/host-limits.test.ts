/**
 * The browser host against what any process on this machine can do without the token: send more
 * than the body limit, open thousands of idle connections, trickle a request, open event sockets
 * by the hundred (SECURITY.md, the browser host). Small caps are set through `limits`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { HostLimits } from '../../../main/host/connection-limits';
import { MAX_BODY_BYTES, type RunningHost, startHost } from '../../../main/host/server';
import { rawRequest } from '../../helpers/test-host';
import { type TempEngine, tempEngine } from '../../helpers/temp-engine';

let t: TempEngine | undefined;
let host: RunningHost | undefined;
const opened: { destroy(): void }[] = [];

async function start(limits: Partial<HostLimits> = {}): Promise<RunningHost> {
  t = tempEngine();
  const staticDir = t.file('static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>op</title>');
  await t.engine.call('congress:create', { name: 'Đại hội thử tải', path: t.file('tai.congress') });
  host = await startHost({ engine: t.engine, staticDir, limits });
  return host;
}

afterEach(async () => {
  for (const s of opened.splice(0)) s.destroy();
  await host?.close();
  t?.dispose();
  host = undefined;
  t = undefined;
});

/** Waits for `done()` (checked on every event and every 20 ms), failing with `what` after `ms`. */
function until(done: () => boolean, what: string, ms = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if (done()) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(tick);
        reject(new Error(`still waiting for: ${what}`));
      }
    }, 20);
  });
}

interface Idle {
  socket: Socket;
  closed: boolean;
  received: string;
}

/** A raw TCP connection that sends `first` (nothing by default) and then just sits there. */
async function idleConnection(port: number, first = ''): Promise<Idle> {
  const socket = connect({ host: '127.0.0.1', port });
  opened.push(socket);
  const idle: Idle = { socket, closed: false, received: '' };
  socket.on('data', (d) => (idle.received += String(d)));
  socket.on('error', () => {});
  socket.on('close', () => (idle.closed = true));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  if (first) socket.write(first);
  return idle;
}

/** POSTs `bytes` of JSON-ish body in 1 MB pieces as a real client does (back-pressure respected). */
function upload(h: RunningHost, bytes: number, declareLength: boolean) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'x-congress-token': h.tokens.operator };
    if (declareLength) headers['content-length'] = bytes;
    const req = request({ host: '127.0.0.1', port: h.port, path: '/api/attendance:summary', method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject); // ECONNRESET included: the client must get the answer, not a reset
    const piece = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        const n = Math.min(piece.length, bytes - sent);
        sent += n;
        if (!req.write(n === piece.length ? piece : piece.subarray(0, n))) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

const TOO_LARGE = {
  ok: false,
  error: {
    code: 'INVALID_INPUT',
    key: 'host.tooLarge',
    params: { megabytes: 48 },
  },
};

describe('browser host: bodies over the limit', () => {
  it('answers 413 with its message (not a reset) to a client sending more than 48 MB, declared or not, and keeps serving', async () => {
    const h = await start();
    for (const declareLength of [false, true, false, true]) {
      const r = await upload(h, MAX_BODY_BYTES + 2 * 1024 * 1024, declareLength);
      expect(r.status, `declared: ${declareLength}`).toBe(413);
      expect(JSON.parse(r.body)).toEqual(TOO_LARGE);
    }
    const after = await rawRequest(h.port, '/api/attendance:summary', {
      method: 'POST',
      headers: { 'x-congress-token': h.tokens.operator },
      body: '{}',
    });
    expect(after.status).toBe(200);
  });

  it('answers at once when the declared length is over the limit, before a byte of the body is sent', async () => {
    const h = await start();
    const idle = await idleConnection(
      h.port,
      `POST /api/attendance:summary HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Congress-Token: ${h.tokens.operator}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n{"a":`,
    );
    await until(() => /\r\n\r\n\{.*\}$/s.test(idle.received), 'the whole 413 answer');
    const [head, body] = idle.received.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toMatch(/\r\nconnection: close/i);
    expect(JSON.parse(body!)).toEqual(TOO_LARGE);
  });
});

describe('browser host: connections', () => {
  it('closes the oldest idle connections beyond the cap, and the operator is still answered while the rest idle', async () => {
    const h = await start({ anonymousConnections: 4 });
    const flood: Idle[] = [];
    for (let i = 0; i < 12; i++) flood.push(await idleConnection(h.port));
    await until(() => flood.filter((c) => c.closed).length >= 8, '8 of 12 idle connections closed');
    expect(flood.map((c) => c.closed)).toEqual([...Array(8).fill(true), ...Array(4).fill(false)]);
    const r = await rawRequest(h.port, '/api/attendance:summary', {
      method: 'POST',
      headers: { 'x-congress-token': h.tokens.operator },
      body: '{}',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { summoned: 0 } });
    // the operator's connection took the place of the oldest idle one; the three newest still idle
    await until(() => flood[8]!.closed, 'the oldest remaining idle connection closed');
    expect(flood.slice(9).map((c) => c.closed)).toEqual([false, false, false]);
  });

  it('never closes a connection that has shown the token, however many anonymous ones arrive after it', async () => {
    const h = await start({ anonymousConnections: 4, keepAliveTimeoutMs: 30_000 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    opened.push(agent);
    const ask = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: h.port,
            path: '/api/attendance:summary',
            method: 'POST',
            agent,
            headers: { 'x-congress-token': h.tokens.operator },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    expect(await ask()).toEqual({ status: 200, reused: false });
    const flood: Idle[] = [];
    for (let i = 0; i < 20; i++) flood.push(await idleConnection(h.port));
    await until(() => flood.filter((c) => c.closed).length >= 16, '16 of 20 idle connections closed');
    expect(await ask()).toEqual({ status: 200, reused: true }); // the same connection, still open
  });

  it('closes a connection that sends nothing, or trickles its headers, after the headers timeout (408)', async () => {
    const h = await start({ headersTimeoutMs: 300 });
    const silent = await idleConnection(h.port);
    const trickle = await idleConnection(h.port, `GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n`);
    await until(() => silent.closed && trickle.closed, 'both slow connections closed');
    expect(silent.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(trickle.received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('caps the event sockets: one too many is refused with 503, and a place freed is taken again', async () => {
    const h = await start({ webSockets: 2 });
    const open = () =>
      new Promise<{ ws: WebSocket; outcome: string }>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${h.port}/events?token=${h.tokens.operator}`);
        opened.push({ destroy: () => ws.terminate() });
        ws.once('open', () => resolve({ ws, outcome: 'open' }));
        ws.once('error', (e) => resolve({ ws, outcome: e.message }));
      });
    const first = await open();
    const second = await open();
    expect([first.outcome, second.outcome]).toEqual(['open', 'open']);
    expect((await open()).outcome).toContain('503');
    const gone = new Promise((r) => first.ws.once('close', r));
    first.ws.close();
    await gone;
    // the host may see the close a moment after the client does
    let again = await open();
    for (let i = 0; again.outcome !== 'open' && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 20));
      again = await open();
    }
    expect(again.outcome).toBe('open');
  });
});

describe('browser host: stopping', () => {
  it('stops at once with a request half sent and an event socket open, closing both (a stop never waits on a client)', async () => {
    const h = await start({ headersTimeoutMs: 60_000 });
    const trickle = await idleConnection(h.port, `POST /api/attendance:summary HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n`);
    const ws = new WebSocket(`ws://127.0.0.1:${h.port}/events?token=${h.tokens.operator}`);
    opened.push({ destroy: () => ws.terminate() });
    await new Promise((r) => ws.once('open', r));
    let stopped = false;
    const stopping = h.close().then(() => (stopped = true));
    host = undefined; // afterEach must not close it a second time
    await until(() => stopped, 'the host stopped', 3_000);
    await stopping;
    await until(() => trickle.closed && ws.readyState === WebSocket.CLOSED, 'both connections closed', 1_000);
    expect(trickle.received).toBe(''); // cut, not answered: the client retries against the next host
  });
});
