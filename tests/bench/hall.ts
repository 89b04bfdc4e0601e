/**
 * The hall network's figures for `npm run bench` (docs/hall-network.md): the laptop in its own
 * process as in the hall (tests/integration/network/campaign/laptop-process.ts), its devices here.
 * Remote check-in: a desk's scan → committed → the event seen on the operator's screen, with the
 * four desks busy at once; papers per minute entered by three stations together, one pass each.
 * Each command opens a new pinned TLS connection, as the campaign's devices do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { StreamMessage } from '../../shared/contract/envelope';
import type { NetworkState } from '../../shared/contract/network-schemas';
import { random } from '../helpers/crash-campaign';
import { DEVICE, HALL } from '../integration/network/hall-setup';
import { DESKS } from '../integration/network/campaign/hall-campaign';
import { CANDIDATES, delegateCode, operatorOf, pairDevice, PASSES, prepareCongress } from '../integration/network/campaign/hall-congress';
import { freePort, LaptopProcess } from '../integration/network/campaign/laptop-process';
import { retryingDevice } from '../integration/network/campaign/retrying-device';
import { ms, report, summarize } from './stats';

/** The operator's event socket: when each delegate's check-in reached the operator's screen. */
async function operatorScreen(port: number, token: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/events?token=${token}`);
  const waiting = new Map<number, () => void>();
  const seen = new Set<number>();
  ws.on('message', (m) => {
    const message = JSON.parse(String(m)) as StreamMessage;
    if (!('name' in message) || message.name !== 'attendance:changed') return;
    for (const r of (message.payload as { records: { delegateId: number }[] }).records) {
      seen.add(r.delegateId);
      waiting.get(r.delegateId)?.();
    }
  });
  await new Promise((r) => ws.once('open', r));
  return {
    ws,
    /** Resolves once the operator's screen has heard of this delegate's check-in. */
    shown: (delegateId: number) => (seen.has(delegateId) ? Promise.resolve() : new Promise<void>((r) => waiting.set(delegateId, r))),
  };
}

export async function hallBench(delegates = 1_500, papers = 348): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hall-bench-'));
  const workspaceDir = join(dir, 'workspace');
  const { ballotId, staticDir } = await prepareCongress(workspaceDir, join(dir, 'hall.congress'), delegates);
  const loopbackPort = await freePort('127.0.0.1');
  const laptop = new LaptopProcess({ workspaceDir, loopbackPort, hallPort: await freePort(HALL), staticDir });
  await laptop.start();
  try {
    const operator = operatorOf(workspaceDir, loopbackPort);
    const state = await operator.call<NetworkState>('network:state');
    const rng = random(42);
    const credentialOf = (name: string, role: 'checkin-desk' | 'counting-station', pass?: number) =>
      pairDevice(operator, state, name, role, pass ? { ballotId, pass } : undefined);
    const device = (credential: string, keepAlive: boolean) =>
      retryingDevice(state.address!, state.port!, state.fingerprint!, credential, { from: DEVICE, dropRate: 0, rng, keepAlive });
    const ids = new Map((await operator.call<{ id: number; code: string }[]>('delegates:list')).map((d) => [d.code, d.id]));
    const screen = await operatorScreen(loopbackPort, operator.token);

    // One after the other: a new pairing code ends the one before (docs/hall-network.md §2).
    const deskCredentials: string[] = [];
    for (let d = 0; d < DESKS; d++) deskCredentials.push(await credentialOf(`Bàn cửa ${'ABCD'[d]}`, 'checkin-desk'));
    /** The four desks at once, each its share of `codes`: scan → answered and shown on the operator's screen. */
    const checkIns = async (first: number, end: number, keepAlive: boolean): Promise<number[]> => {
      const desks = deskCredentials.map((c) => device(c, keepAlive));
      const samples: number[] = [];
      await Promise.all(
        desks.map(async (desk, d) => {
          for (let i = first + d; i < end; i += DESKS) {
            const code = delegateCode(i);
            const start = performance.now();
            const shown = screen.shown(ids.get(code)!);
            const { answer } = await desk.call('checkin:scan', { code });
            if (!answer.ok) throw new Error(`check-in ${code}: ${JSON.stringify(answer.error)}`);
            await shown;
            samples.push(performance.now() - start);
          }
        }),
      );
      for (const desk of desks) desk.close();
      return samples;
    };
    const half = Math.floor(delegates / 2);
    const kept = summarize(await checkIns(0, half, true));
    const fresh = summarize(await checkIns(half, delegates, false));
    screen.ws.close();
    report(`remote check-in, ${DESKS} desks busy: scan → operator screen (${half})`, `median ${ms(kept.median)}`);
    report('remote check-in p99 (loopback TLS, link kept)', ms(kept.p99), '< 50 ms');
    report(`  the same, a new pinned link per scan (${delegates - half})`, `median ${ms(fresh.median)} p99 ${ms(fresh.p99)}`);

    const stations: ReturnType<typeof device>[] = [];
    for (let k = 0; k < PASSES; k++) stations.push(device(await credentialOf(`Máy nhập phiếu ${k + 1}`, 'counting-station', k + 1), true));
    const start = performance.now();
    await Promise.all(
      stations.map(async (station, k) => {
        for (let paper = 1; paper <= papers; paper++) {
          const numbers = [...new Set([1 + Math.floor(rng() * CANDIDATES), 1 + Math.floor(rng() * CANDIDATES)])].sort((a, b) => a - b);
          const { answer } = await station.call('papers:record', { ballotId, pass: k + 1, paper, numbers, invalid: null });
          if (!answer.ok) throw new Error(`paper ${k + 1}:${paper}: ${JSON.stringify(answer.error)}`);
        }
      }),
    );
    const minutes = (performance.now() - start) / 60_000;
    for (const station of stations) station.close();
    report(
      `papers, ${PASSES} stations together (${papers} × ${PASSES} passes × ${CANDIDATES} names)`,
      `${Math.round((PASSES * papers) / minutes).toLocaleString('vi-VN')} / min`,
    );
  } finally {
    await laptop.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
