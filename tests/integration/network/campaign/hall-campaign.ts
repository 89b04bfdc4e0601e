/**
 * The hall network's load and fault campaign (docs/hall-network.md, docs/command-path.md step 6):
 * the laptop in a child process, 4 check-in desks and 3 counting stations working against it at
 * once over pinned TLS, random self-cut links and SIGKILLs of the laptop at random moments. Every
 * command carries one request id however often it is sent. What the congress file must hold at
 * the end is checked in campaign-check.ts. Used by tests/integration/network/hall-campaign.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkState } from '../../../../shared/contract/network-schemas';
import { random } from '../../../helpers/crash-campaign';
import { DEVICE, HALL } from '../hall-setup';
import { type CampaignLedger, checkCampaign, type CampaignFindings } from './campaign-check';
import { CANDIDATES, delegateCode, operatorOf, pairDevice, PASSES, prepareCongress } from './hall-congress';
import { followEvents, type FollowerFigures, missedAfterResume } from './event-follower';
import { freePort, LaptopProcess } from './laptop-process';
import { retryingDevice } from './retrying-device';

export interface CampaignSizes {
  delegates: number;
  /** Scans of a delegate already checked in, each at another desk than the first. */
  repeats: number;
  papers: number;
  kills: number;
  dropRate: number;
  seed: number;
}

export const DESKS = 4;

/**
 * The size by default (about a minute on 2 cores); HALL_CAMPAIGN_QUICK=1 for a small
 * run while working on it; each figure can be set on its own (HALL_CAMPAIGN_KILLS=30 …).
 */
export function sizesFromEnvironment(env = process.env): CampaignSizes {
  const quick = env.HALL_CAMPAIGN_QUICK === '1';
  const n = (name: string, whole: number, small: number) => Number(env[name] ?? (quick ? small : whole));
  return {
    delegates: n('HALL_CAMPAIGN_DELEGATES', 1500, 300),
    repeats: n('HALL_CAMPAIGN_REPEATS', 300, 60),
    papers: n('HALL_CAMPAIGN_PAPERS', 348, 40),
    kills: n('HALL_CAMPAIGN_KILLS', 12, 10),
    dropRate: Number(env.HALL_CAMPAIGN_DROP_RATE ?? 0.03),
    seed: n('HALL_CAMPAIGN_SEED', 20261203, 20261203),
  };
}

export interface CampaignReport extends CampaignFindings {
  sizes: CampaignSizes;
  commands: number;
  retries: number;
  drops: number;
  kills: number;
  /** Starts of the laptop: the devices' pin and credentials were accepted after each (a refusal ends the campaign). */
  starts: number;
  /** Kills that fell while the desks and stations were still sending. */
  killsUnderLoad: number;
  /** The desk's and the station's event streams. */
  streams: FollowerFigures[];
  /** Events the cut desk stream did not get back on resuming within a run (should be none). */
  missedAfterResume: string[];
  durationMs: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const shuffle = <T>(rng: () => number, list: T[]): T[] => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
};

/** Each desk's scans: every delegate once at some desk, and `repeats` of them again at another desk. */
function deskScans(rng: () => number, sizes: CampaignSizes): string[][] {
  const desks: string[][] = Array.from({ length: DESKS }, () => []);
  const owner = new Map<string, number>();
  for (const i of shuffle(
    rng,
    Array.from({ length: sizes.delegates }, (_, k) => k),
  )) {
    const desk = Math.floor(rng() * DESKS);
    owner.set(delegateCode(i), desk);
    desks[desk]!.push(delegateCode(i));
  }
  for (let r = 0; r < sizes.repeats; r++) {
    const code = delegateCode(Math.floor(rng() * sizes.delegates));
    const desk = (owner.get(code)! + 1 + Math.floor(rng() * (DESKS - 1))) % DESKS;
    const list = desks[desk]!;
    list.splice(Math.floor(rng() * (list.length + 1)), 0, code);
  }
  return desks;
}

/** One paper: a few names struck out of the 55, none kept out of order. */
function paperMarks(rng: () => number): number[] {
  return [...new Set(Array.from({ length: Math.floor(rng() * 6) }, () => 1 + Math.floor(rng() * CANDIDATES)))].sort((a, b) => a - b);
}

export async function hallCampaign(sizes: CampaignSizes, log: (line: string) => void = () => {}): Promise<CampaignReport> {
  const began = Date.now();
  const rng = random(sizes.seed);
  const dir = mkdtempSync(join(tmpdir(), 'hall-campaign-'));
  const workspaceDir = join(dir, 'workspace');
  const file = join(dir, 'hall.congress');
  const { ballotId, staticDir } = await prepareCongress(workspaceDir, file, sizes.delegates);
  const loopbackPort = await freePort('127.0.0.1');
  const laptop = new LaptopProcess({ workspaceDir, loopbackPort, hallPort: await freePort(HALL), staticDir });
  try {
    await laptop.start();
    const operator = operatorOf(workspaceDir, loopbackPort);
    const state = await operator.call<NetworkState>('network:state');
    // Half the devices keep their link between commands (a kill leaves it dead under them), half open one per command.
    const device = (credential: string, keepAlive: boolean) =>
      retryingDevice(state.address!, state.port!, state.fingerprint!, credential, {
        from: DEVICE,
        dropRate: sizes.dropRate,
        rng,
        keepAlive,
      });
    const desks: ReturnType<typeof device>[] = [];
    for (let d = 0; d < DESKS; d++)
      desks.push(device(await pairDevice(operator, state, `Bàn cửa ${'ABCD'[d]}`, 'checkin-desk'), d % 2 === 0));
    const stations: ReturnType<typeof device>[] = [];
    for (let pass = 1; pass <= PASSES; pass++) {
      const credential = await pairDevice(operator, state, `Máy nhập phiếu ${pass}`, 'counting-station', { ballotId, pass });
      stations.push(device(credential, pass % 2 === 1));
    }

    // One desk's and one station's event streams, cut now and then and resumed through every cut and
    // kill, and a second desk's never cut, to tell what a resume should have given.
    const follow = (credential: string, cutRate = sizes.dropRate) =>
      followEvents(state.address!, state.port!, state.fingerprint!, credential, { from: DEVICE, cutRate, rng });
    const followers = [follow(desks[0]!.credential), follow(stations[0]!.credential), follow(desks[1]!.credential, 0)];
    const scans = deskScans(rng, sizes);
    const total = scans.reduce((n, s) => n + s.length, 0) + PASSES * sizes.papers;
    // The kills fall after these numbers of answers, one at a random point of each stretch of the work
    // (never two in a row), each a few ms later still.
    const stretch = (0.95 * total) / sizes.kills;
    const killAt = Array.from({ length: sizes.kills }, (_, k) => Math.floor(stretch * (k + 0.2 + 0.6 * rng())));
    const ledger: CampaignLedger = { scans: [], papers: [] };
    let answered = 0;
    let restarting: Promise<void> | null = null;
    let restartFailed: unknown = null;
    const answeredOne = () => {
      answered++;
      if (restarting || killAt.length === 0 || answered < killAt[0]!) return;
      killAt.shift();
      restarting = new Promise<void>((r) => setTimeout(r, Math.floor(rng() * 15)))
        .then(() => laptop.restart())
        .then(() => {
          // Nobody turns the hall network on again after a kill (laptop-entry.ts): it must be back by itself.
          if (laptop.hallUrl !== state.url) throw new Error(`the hall network came back as ${laptop.hallUrl ?? 'off'}, not ${state.url}`);
          log(`kill ${laptop.kills}: restarted after ${answered} answers`);
        })
        .catch((error: unknown) => void (restartFailed ??= error)) // said at the end, not as an unhandled rejection
        .finally(() => (restarting = null));
    };

    const deskWork = scans.map(async (codes, desk) => {
      for (const code of codes) {
        const { requestId, answer } = await desks[desk]!.call('checkin:scan', { code });
        ledger.scans.push({ desk, code, requestId, answer });
        answeredOne();
      }
    });
    const stationWork = stations.map(async (station, k) => {
      for (let paper = 1; paper <= sizes.papers; paper++) {
        const numbers = paperMarks(rng);
        const { requestId, answer } = await station.call('papers:record', { ballotId, pass: k + 1, paper, numbers, invalid: null });
        ledger.papers.push({ pass: k + 1, paper, numbers, requestId, answer });
        answeredOne();
      }
    });
    await Promise.all([...deskWork, ...stationWork]);
    while (restarting) await restarting;
    if (restartFailed) throw new Error('the laptop did not come back after a kill', { cause: restartFailed });
    const killsUnderLoad = laptop.kills;
    await pause(300); // the followers resume on the last run and hear its last events
    const [desk, station, steady] = await Promise.all(followers.map((f) => f.stop()));
    // Kills the work ran out before (a small size): still made, so the count the report states is real.
    while (laptop.kills < sizes.kills) await laptop.restart();
    await laptop.stop();

    for (const d of [...desks, ...stations]) d.close();
    const all = [...desks, ...stations].map((d) => d.figures);
    const findings = checkCampaign(file, join(dir, 'check-workspace'), ballotId, ledger, sizes.papers);
    return {
      ...findings,
      sizes,
      commands: all.reduce((n, f) => n + f.commands, 0),
      retries: all.reduce((n, f) => n + f.retries, 0),
      drops: all.reduce((n, f) => n + f.drops, 0),
      kills: laptop.kills,
      starts: laptop.starts,
      killsUnderLoad,
      streams: [desk!, station!],
      missedAfterResume: missedAfterResume(desk!, steady!),
      durationMs: Date.now() - began,
    };
  } finally {
    await laptop.kill().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
