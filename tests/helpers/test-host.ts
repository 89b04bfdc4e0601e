import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { type RunningHost, startHost } from '../../main/host/server';
import { type TempEngine, tempEngine } from './temp-engine';

/**
 * A browser host on a real engine with a congress open, serving `staticFiles` (path → content) from
 * a fresh folder, plus a `secret.txt` beside that folder that traversal tests try to reach.
 */
export function useTestHost(onReady: (t: TempEngine, host: RunningHost) => void, staticFiles: Record<string, string>): void {
  let t: TempEngine;
  let host: RunningHost;
  beforeEach(async () => {
    t = tempEngine();
    const staticDir = t.file('static');
    for (const [path, content] of Object.entries(staticFiles)) {
      mkdirSync(dirname(join(staticDir, path)), { recursive: true });
      writeFileSync(join(staticDir, path), content);
    }
    writeFileSync(t.file('secret.txt'), 'top secret');
    await t.engine.call('congress:create', { name: 'Đại hội host', path: t.file('h.congress') });
    host = await startHost({ engine: t.engine, staticDir });
    onReady(t, host);
  });
  afterEach(async () => {
    await host.close();
    t.dispose();
  });
}

export interface RawInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * Raw HTTP so a test controls Host and Origin exactly as a hostile page would send them. A connection
 * the host cuts (oversized body) answers status 0 with the error code as body.
 */
export function rawRequest(port: number, path: string, init: RawInit = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...init.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve({ status: 0, body: e.code, headers: {} }) : reject(e),
    );
    if (init.body) req.write(init.body);
    req.end();
  });
}
