/**
 * The laptop killed and started again (docs/hall-network.md §8 «Laptop bị tắt ngang»): the laptop
 * in a process of its own (campaign/laptop-process.ts), SIGKILLed, started again on the same
 * workspace and congress file with nobody turning the hall network on; devices pinned to its
 * certificate over real TLS on loopback. The network the operator left on comes back by itself on
 * the same address and port; one turned off, or left for another congress, stays off; one that
 * cannot come back says why and the start carries on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countAudit } from '../../../main/db/audit';
import { Engine } from '../../../main/engine/engine';
import { pinnedConnect } from '../../../main/network/pinned-connection';
import { rememberTurnedOn, turnedOnBefore } from '../../../main/network/turned-on';
import type { NetworkState } from '../../../shared/contract/network-schemas';
import { renderMessage } from '../../../shared/i18n/messages';
import { delegateCode, operatorOf, pairDevice, prepareCongress } from './campaign/hall-congress';
import { freePort, LaptopProcess } from './campaign/laptop-process';
import { hallClient } from './hall-client';
import { DEVICE, HALL } from './hall-setup';

let dir: string;
let file: string;
let workspaceDir: string;
let laptop: LaptopProcess;
let operator: ReturnType<typeof operatorOf>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'laptop-restart-'));
  workspaceDir = join(dir, 'workspace');
  file = join(dir, 'hall.congress');
  const { staticDir } = await prepareCongress(workspaceDir, file, 4);
  const loopbackPort = await freePort('127.0.0.1');
  laptop = new LaptopProcess({ workspaceDir, loopbackPort, hallPort: await freePort(HALL), staticDir });
  await laptop.start({ turnNetworkOn: true }); // the operator turns it on, once
  operator = operatorOf(workspaceDir, loopbackPort);
});
afterEach(async () => {
  await laptop.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** SIGKILL, then a start in which nobody turns the hall network on. */
async function killAndRestart(): Promise<NetworkState> {
  await laptop.kill();
  await laptop.start({ turnNetworkOn: false });
  return operator.call<NetworkState>('network:state');
}

/** How often the congress file audits `action`, read after the laptop has stopped. */
async function audited(action: string): Promise<number> {
  await laptop.stop();
  const engine = new Engine({ workspaceDir: join(dir, 'check'), rememberRecent: false, backups: { enabled: false } });
  try {
    engine.open(file);
    return countAudit(engine.context().db, action);
  } finally {
    engine.close();
  }
}

/** Whether a TLS connection pinned to `fingerprint` can be made to address:port. */
const reachable = (state: NetworkState, port = state.port!) =>
  pinnedConnect(state.address!, port, state.fingerprint!, { localAddress: DEVICE, timeoutMs: 2000 }).then(
    (socket) => (socket.destroy(), true),
    () => false,
  );

function squat(port: number): Promise<Server> {
  const server = createServer();
  return new Promise((resolve, reject) => server.once('error', reject).listen(port, HALL, () => resolve(server)));
}

describe('the hall network after the laptop is killed and started again', () => {
  it('comes back on at the same address and port by itself: a paired desk carries on with its pin and credential', async () => {
    const before = await operator.call<NetworkState>('network:state');
    expect(before).toMatchObject({ on: true, address: HALL });
    const credential = await pairDevice(operator, before, 'Bàn cửa A', 'checkin-desk');
    const desk = hallClient(before.address!, before.port!, before.fingerprint!, DEVICE);
    expect((await desk.call(credential, 'checkin:scan', { code: delegateCode(0) })).body.ok).toBe(true);

    const after = await killAndRestart();
    expect(laptop.hallUrl).toBe(before.url);
    expect(after).toMatchObject({
      on: true,
      address: before.address,
      port: before.port,
      url: before.url,
      fingerprint: before.fingerprint,
      notResumed: null,
    });
    // The same URL, the same pin, the same credential: no pairing again.
    const self = await desk.post('/device', {}, { 'x-congress-token': credential });
    expect(self).toMatchObject({ status: 200, body: { ok: true, value: { name: 'Bàn cửa A', role: 'checkin-desk' } } });
    expect((await desk.call(credential, 'checkin:scan', { code: delegateCode(1) })).body.ok).toBe(true);
    const events = await desk.events(credential);
    events.ws.close();
    // Killed again: it comes back again (still remembered, not a one-off).
    expect(await killAndRestart()).toMatchObject({ on: true, port: before.port });
    expect((await desk.call(credential, 'checkin:scan', { code: delegateCode(2) })).body.ok).toBe(true);
    expect(await audited('network.resumed')).toBe(2);
  });

  it('stays off after the restart when the operator turned it off before the kill', async () => {
    const before = await operator.call<NetworkState>('network:state');
    await operator.call('network:stop');
    const after = await killAndRestart();
    expect(laptop.hallUrl).toBeNull();
    expect(after).toMatchObject({ on: false, address: null, port: null, notResumed: null });
    expect(await reachable(before)).toBe(false);
    expect(turnedOnBefore(workspaceDir)).toBeNull();
    expect(await audited('network.resumed')).toBe(0);
  });

  it('goes off when another congress is opened, and does not come back for that one', async () => {
    const before = await operator.call<NetworkState>('network:state');
    await operator.call('congress:create', { name: 'Một đại hội khác', path: join(dir, 'other.congress') });
    expect(await operator.call<NetworkState>('network:state')).toMatchObject({ on: false });
    const after = await killAndRestart(); // the start reopens the other congress, the last one used
    expect(after).toMatchObject({ on: false, notResumed: null });
    expect(await reachable(before)).toBe(false);
  });

  it('stays off and says why when the port is taken meanwhile; the start carries on, and the operator turns it on again', async () => {
    const before = await operator.call<NetworkState>('network:state');
    await laptop.kill();
    const squatter = await squat(before.port!);
    try {
      await laptop.start({ turnNetworkOn: false }); // the host starts all the same
      const after = await operator.call<NetworkState>('network:state');
      expect(after).toMatchObject({
        on: false,
        notResumed: { address: HALL, port: before.port, error: { key: 'network.resumePortTaken' } },
      });
      expect(renderMessage('vi', after.notResumed!.error)).toContain(`Cổng ${before.port} trên ${HALL} đang bị một chương trình khác dùng`);
    } finally {
      await new Promise((r) => squatter.close(r));
    }
    // «Bật» in the dialog names no port: it turns on where the devices look for it, the port left on
    const again = await operator.call<NetworkState>('network:start', { address: HALL });
    expect(again).toMatchObject({ on: true, port: before.port, notResumed: null });
    expect(await audited('network.resumeFailed')).toBe(1);
  });

  it('stays off and says why when the address is no longer one of this machine', async () => {
    const kept = turnedOnBefore(workspaceDir)!;
    expect(kept).toMatchObject({ address: HALL });
    await laptop.kill();
    rememberTurnedOn(workspaceDir, { ...kept, address: '192.0.2.44' }); // the router gave the laptop another address
    await laptop.start({ turnNetworkOn: false });
    const after = await operator.call<NetworkState>('network:state');
    expect(after).toMatchObject({
      on: false,
      notResumed: { address: '192.0.2.44', port: kept.port, error: { key: 'network.resumeAddressGone' } },
    });
    expect(renderMessage('vi', after.notResumed!.error)).toContain('192.0.2.44 không còn là địa chỉ của máy này');
    expect(await audited('network.resumeFailed')).toBe(1);
  });
});
