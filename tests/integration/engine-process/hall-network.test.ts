/**
 * The hall network in the desktop app's engine process (docs/hall-network.md §1, §8): a real engine
 * process with the hook the app's utility process uses (tests/helpers/hall-engine-child.ts), driven
 * through main's proxy. network:start listens on a hall address over real TLS, a device pairs and
 * is served the device page; the process killed, the restarted one reopens the congress after the
 * gateway is attached and the network comes back at the same address and port; a clean stop and a
 * new start (startUp) does too.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineProxy } from '../../../main/engine-process/engine-proxy';
import type { HallDevice, NetworkState } from '../../../shared/contract/network-schemas';
import type { Result } from '../../../shared/contract/result';
import { endEngineProcesses, engineChildOf, forkEngineProcess, killAndWait, nextStatus } from '../../helpers/engine-child-process';
import { officialDelegate } from '../ballots/ballot-setup';
import { hallClient } from '../network/hall-client';
import { DEVICE, HALL } from '../network/hall-setup';

const HALL_CHILD = join(import.meta.dirname, '..', '..', 'helpers', 'hall-engine-child.ts');
const PAGE = '<!doctype html><title>thiết bị</title>';

let dir: string;
let workspaceDir: string;
let staticDir: string;
let children: ChildProcess[];
let proxy: EngineProxy | null;

function startProxy(): Promise<EngineProxy> {
  return EngineProxy.start({
    spawn: () => {
      const child = forkEngineProcess(HALL_CHILD, [staticDir]);
      children.push(child);
      return engineChildOf(child);
    },
    start: { workspaceDir, rememberRecent: true },
  });
}

async function value<T>(p: EngineProxy, channel: string, input: unknown = {}): Promise<T> {
  const result = (await p.invoke(channel as never, input as never)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The operator's congress with a delegate, the network on at the hall address, a desk paired over TLS. */
async function congressWithDesk(p: EngineProxy): Promise<{ path: string; on: NetworkState; credential: string }> {
  const path = join(dir, 'hall.congress');
  await value(p, 'congress:create', { name: 'Đại hội trong ứng dụng', path });
  await value(p, 'delegates:create', officialDelegate(1));
  const on = await value<NetworkState>(p, 'network:start', { address: HALL, port: 0 });
  const device = hallClient(on.address!, on.port!, on.fingerprint!, DEVICE);
  const { code } = await value<{ code: string }>(p, 'network:pairing');
  const asked = await device.pair(code, 'Bàn cửa A');
  const { requestId, claim } = asked.body.value as { requestId: string; claim: string };
  await value<HallDevice>(p, 'network:approve', { requestId, role: 'checkin-desk' });
  const status = (await device.status(requestId, claim)).body.value as { status: string; credential: string };
  expect(status.status).toBe('approved');
  return { path, on, credential: status.credential };
}

/** The network back on by itself (it resumes once the congress has opened, not before the answer of the open). */
async function backOn(p: EngineProxy): Promise<NetworkState> {
  await vi.waitFor(async () => expect((await value<NetworkState>(p, 'network:state')).on).toBe(true), { timeout: 10_000 });
  return value<NetworkState>(p, 'network:state');
}

/** The desk, with its credential and pinned to the same certificate, checks a delegate in. */
async function deskChecksIn(on: NetworkState, credential: string): Promise<void> {
  const answer = await hallClient(on.address!, on.port!, on.fingerprint!, DEVICE).call(credential, 'checkin:scan', { code: 'DB001' });
  expect(answer.body.ok).toBe(true);
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // the proxy logs the kill, as it should in the app
  dir = mkdtempSync(join(tmpdir(), 'congress-engine-hall-'));
  workspaceDir = join(dir, 'workspace');
  staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), PAGE);
  children = [];
  proxy = null;
});

afterEach(() => endEngineProcesses(proxy, children, dir));

describe('the hall network in the engine process', () => {
  it('turns on at a hall address, pairs a device over TLS and serves it the device page at /pair', async () => {
    proxy = await startProxy();
    const { on, credential } = await congressWithDesk(proxy);
    expect(on).toMatchObject({ on: true, address: HALL });
    expect(on.port).toBeGreaterThan(0);
    const page = await hallClient(on.address!, on.port!, on.fingerprint!, DEVICE).page('/pair');
    expect(page).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: PAGE });
    await deskChecksIn(on, credential);
  });

  it('killed, the restarted process reopens the congress and the network is on again at the same address and port', async () => {
    proxy = await startProxy();
    const { path, on, credential } = await congressWithDesk(proxy);
    const restored = nextStatus(proxy, 'restored');
    await killAndWait(children[0]!); // SIGKILL: no clean close; the proxy starts another and reopens the file
    expect(await restored).toMatchObject({ kind: 'restored', reopened: path, problem: null });
    const again = await backOn(proxy);
    expect(again).toMatchObject({ address: on.address, port: on.port, fingerprint: on.fingerprint, notResumed: null });
    await deskChecksIn(again, credential); // the same credential, no pairing again
  });

  it('stopped cleanly, the next start (startUp reopening the last congress) turns it on again where it was', async () => {
    proxy = await startProxy();
    const { on, credential } = await congressWithDesk(proxy);
    await proxy.close(); // the app quitting: the gateway detaches, the network is still remembered
    proxy = await startProxy();
    expect((await value<NetworkState>(proxy, 'network:state')).on).toBe(false); // nothing open yet
    await proxy.startUp();
    const again = await backOn(proxy);
    expect(again).toMatchObject({ address: on.address, port: on.port });
    await deskChecksIn(again, credential);
  });
});
