/**
 * Does an export block the engine? Check-ins through the real browser host (HTTP over a socket, as a
 * check-in desk sends them), measured idle and while a national archive export runs in its worker
 * thread. Target: check-in p99 < 50 ms during the export. Printed, not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Engine } from '../../main/engine/engine';
import { startHost } from '../../main/host/server';
import { ms, report } from './stats';
import { errorText } from '../helpers/error-text';

function post(port: number, token: string, channel: string, body: unknown): Promise<{ ok: boolean; error?: { message: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-congress-token': token },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve(JSON.parse(text) as { ok: boolean }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

function quantiles(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return `p50 ${ms(at(0.5))} p95 ${ms(at(0.95))} p99 ${ms(at(0.99))} max ${ms(s.at(-1) ?? 0)}`;
}

export async function exportLatencyBench(engine: Engine): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'congress-bench-latency-'));
  const host = await startHost({ engine, staticDir: work });
  const token = host.tokens.operator;
  const delegates = await engine.call('delegates:list', {});
  let next = 0;
  // one check-in: the delegate's undone, then scanned again (every delegate is present already)
  const checkIn = async (): Promise<number> => {
    const d = delegates[next++ % delegates.length]!;
    await post(host.port, token, 'checkin:undo', { delegateId: d.id });
    const start = performance.now();
    const r = await post(host.port, token, 'checkin:scan', { code: d.code });
    const elapsed = performance.now() - start;
    if (!r.ok) throw new Error(r.error?.message);
    return elapsed;
  };
  try {
    const idle: number[] = [];
    for (let i = 0; i < 300; i++) idle.push(await checkIn());
    report(`check-in via host, idle (${idle.length})`, quantiles(idle));

    const out = join(work, 'out');
    const during: number[] = [];
    let finished = false;
    const start = performance.now();
    const exported = engine.invoke('exports:run', { what: 'archive', format: 'zip', out }).finally(() => (finished = true));
    while (!finished) during.push(await checkIn());
    const r = await exported;
    const seconds = ((performance.now() - start) / 1000).toFixed(2);
    if (!r.ok) throw new Error(errorText(r.error));
    report(`check-in via host, during archive export (${during.length})`, quantiles(during), 'p99 < 50 ms');
    report('archive export (zip) while check-ins go on', `${seconds} s`);
  } finally {
    await host.close();
    rmSync(work, { recursive: true, force: true });
  }
}
