/**
 * The hall network's figures for `npm run bench` (docs/hall-network.md): the laptop in its own
 * process as in the hall (tests/integration/network/campaign/laptop-process.ts), its devices here.
 * Remote check-in: a desk's scan → committed → seen on the operator's screen and on the projector
 * (the attendance slide on air, hall-screens.ts), with the four desks busy at once; papers per
 * minute entered by three stations together, one pass each.
 * Each command opens a new pinned TLS connection, as the campaign's devices do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localTokens } from '../../main/host/local-tokens';
import type { NetworkState } from '../../shared/contract/network-schemas';
import { random } from '../helpers/crash-campaign';
import { DEVICE, HALL } from '../integration/network/hall-setup';
import { DESKS } from '../integration/network/campaign/hall-campaign';
import { CANDIDATES, delegateCode, operatorOf, pairDevice, PASSES, prepareCongress } from '../integration/network/campaign/hall-congress';
import { freePort, LaptopProcess } from '../integration/network/campaign/laptop-process';
import { retryingDevice } from '../integration/network/campaign/retrying-device';
import { operatorScreen, projectorScreen } from './hall-screens';
import { ms, report, summarize } from './stats';

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
    await operator.call('projector:set', { slide: 'attendance' }); // the hall's count while the desks scan
    const projector = await projectorScreen(loopbackPort, localTokens(workspaceDir).projector);

    // One after the other: a new pairing code ends the one before (docs/hall-network.md §2).
    const deskCredentials: string[] = [];
    for (let d = 0; d < DESKS; d++) deskCredentials.push(await credentialOf(`Bàn cửa ${'ABCD'[d]}`, 'checkin-desk'));
    /** The four desks at once, each its share of `codes`: scan → answered and shown on each screen. */
    const checkIns = async (first: number, end: number, keepAlive: boolean) => {
      const desks = deskCredentials.map((c) => device(c, keepAlive));
      const samples = { operator: [] as number[], projector: [] as number[] };
      await Promise.all(
        desks.map(async (desk, d) => {
          for (let i = first + d; i < end; i += DESKS) {
            const code = delegateCode(i);
            const start = performance.now();
            const shown = screen.shown(ids.get(code)!);
            const { answer } = await desk.call('checkin:scan', { code });
            if (!answer.ok) throw new Error(`check-in ${code}: ${JSON.stringify(answer.error)}`);
            const present = await shown;
            samples.operator.push(performance.now() - start);
            samples.projector.push((await projector.shows(present)) - start);
          }
        }),
      );
      for (const desk of desks) desk.close();
      return { operator: summarize(samples.operator), projector: summarize(samples.projector) };
    };
    const half = Math.floor(delegates / 2);
    const kept = await checkIns(0, half, true);
    const fresh = await checkIns(half, delegates, false);
    screen.ws.close();
    projector.ws.close();
    if (projector.present() !== delegates) throw new Error(`the projector showed ${projector.present()} present of ${delegates}`);
    report(`remote check-in, ${DESKS} desks busy, link kept (${half})`, '');
    for (const name of ['operator', 'projector'] as const) {
      report(`  scan → ${name} screen`, `median ${ms(kept[name].median)} p99 ${ms(kept[name].p99)}`, 'p99 < 50 ms');
    }
    report(`  the same, a new pinned link per scan (${delegates - half})`, '');
    for (const name of ['operator', 'projector'] as const) {
      report(`  scan → ${name} screen`, `median ${ms(fresh[name].median)} p99 ${ms(fresh[name].p99)}`);
    }

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
