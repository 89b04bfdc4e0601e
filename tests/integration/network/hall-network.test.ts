/**
 * The hall network over real sockets and real TLS on loopback (docs/hall-network.md): the gateway on
 * 127.0.0.2 as the hall's "interface", a real engine on a real congress file, the operator through
 * the loopback host, each device a pinned TLS client written from the document.
 */
import { connect as netConnect, createServer as netServer } from 'node:net';
import { createServer as tlsServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { countAudit } from '../../../main/db/audit';
import { makeCertificate } from '../../../main/network/certificate';
import { PinMismatch, pinnedConnect } from '../../../main/network/pinned-connection';
import { readPairingLink } from '../../../main/network/pairing-link';
import { verifyCongressFile } from '../../../main/db/verify';
import type { HallDevice, NetworkState } from '../../../shared/contract/network-schemas';
import { rawRequest } from '../../helpers/test-host';
import { closeHall, DEVICE, HALL, type Hall, openHall, OTHER, settle } from './hall-setup';

let hall: Hall;
beforeEach(async () => {
  hall = await openHall();
});
afterEach(async () => {
  await closeHall(hall);
});

/** Whether anything accepts a TCP connection at address:port. */
function listening(address: string, port: number): Promise<boolean> {
  return new Promise((r) => {
    const s = netConnect({ host: address, port }, () => (s.destroy(), r(true)));
    s.on('error', () => r(false));
  });
}

const within = async (ms: number, check: () => boolean) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await settle(20);
  return check();
};

describe('hall network: off until the operator turns it on', () => {
  it('lists the IPv4 interfaces, listens on nothing beyond loopback before network:start, then only on the chosen address', async () => {
    const interfaces = await hall.op<{ address: string; internal: boolean }[]>('network:interfaces');
    expect(interfaces.value.some((i) => i.address === '127.0.0.1' && i.internal)).toBe(true);
    const before = await hall.op<NetworkState>('network:state');
    expect(before.value).toMatchObject({ on: false, address: null, url: null, requests: [] });
    expect(await listening(HALL, 4871)).toBe(false);

    const state = await hall.start();
    expect(state).toMatchObject({ on: true, address: HALL, url: `https://${HALL}:${state.port}` });
    expect(state.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await listening(HALL, state.port!)).toBe(true);
    expect(await listening(OTHER, state.port!)).toBe(false); // one interface, never all of them
    expect((await hall.op('network:start', { address: '0.0.0.0' })).error?.key).toBe('network.badAddress');
    expect((await hall.op('network:start', { address: '203.0.113.9' })).error?.key).toBe('network.badAddress'); // not this machine's
  });

  it('says why when the port is taken, and stays off', async () => {
    const squatter = netServer();
    await new Promise<void>((r) => squatter.listen(0, HALL, r));
    const port = (squatter.address() as AddressInfo).port;
    try {
      const refused = await hall.op('network:start', { address: HALL, port });
      expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', key: 'network.listenFailed' });
      expect((await hall.op<NetworkState>('network:state')).value.on).toBe(false);
    } finally {
      await new Promise((r) => squatter.close(r));
    }
  });

  it('refuses the network commands to the projector (operator only, local only)', async () => {
    const r = await rawRequest(hall.host.port, '/api/network:state', {
      method: 'POST',
      headers: { 'x-congress-token': hall.host.tokens.projector },
      body: '{}',
    });
    expect(r.status).toBe(403);
  });
});

describe('hall network: pairing', () => {
  it('gives a QR text carrying address, code and fingerprint; the right code waits for approval, which gives a credential', async () => {
    const state = await hall.start();
    const pairing = await hall.op<{ code: string; qrText: string; expiresAt: string }>('network:pairing');
    expect(pairing.value.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(readPairingLink(pairing.value.qrText)).toEqual({
      address: HALL,
      port: state.port,
      code: pairing.value.code,
      fingerprint: state.fingerprint,
    });
    expect(Date.parse(pairing.value.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);

    const events = await hall.operatorEvents();
    const device = hall.client(state);
    const asked = await device.pair(pairing.value.code.toLowerCase().replace('-', ' '), 'Bàn cửa A');
    expect(asked.status).toBe(200);
    const { requestId, claim } = asked.body.value as { requestId: string; claim: string };
    expect((await device.status(requestId, claim)).body.value).toEqual({ status: 'pending' });
    expect((await device.status(requestId, 'not-the-claim')).body.value).toEqual({ status: 'unknown' });

    const seen = await hall.op<NetworkState>('network:state');
    expect(seen.value.requests).toEqual([{ id: requestId, deviceName: 'Bàn cửa A', address: DEVICE, at: expect.any(String) }]);
    expect(await within(1000, () => events.got.some((m) => 'name' in m && m.name === 'network:changed'))).toBe(true);

    const approved = await hall.op<HallDevice>('network:approve', { requestId, role: 'checkin-desk' });
    expect(approved.value).toMatchObject({ name: 'Bàn cửa A', role: 'checkin-desk', pairedFrom: DEVICE, revokedAt: null });
    const status = (await device.status(requestId, claim)).body.value as { status: string; credential: string; device: HallDevice };
    expect(status).toMatchObject({ status: 'approved', device: { id: approved.value.id, role: 'checkin-desk' } });
    expect(status.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Handed over once: a second ask finds nothing, and the congress file keeps only the hash.
    expect((await device.status(requestId, claim)).body.value).toEqual({ status: 'unknown' });
    const stored = hall.t.engine.context().db.prepare('SELECT credential_hash FROM hall_devices').pluck().all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain(status.credential);
    expect((await hall.op('network:state')).value).toMatchObject({ requests: [] });
    events.ws.close();
  });

  it('refuses a wrong code, logs it in the audit, and after five wrong codes refuses even the right one for the minute', async () => {
    const state = await hall.start();
    const { value } = await hall.op<{ code: string }>('network:pairing');
    const device = hall.client(state);
    for (let i = 0; i < 5; i++) {
      const wrong = await device.pair('AAAA-AAAA', 'Kẻ đoán mã');
      expect(wrong.status).toBe(403);
      expect(wrong.body.error).toMatchObject({ code: 'ACCESS_DENIED', key: 'network.wrongCode' });
    }
    const limited = await device.pair(value.code, 'Kẻ đoán mã');
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', key: 'network.tooManyAttempts' });
    await device.pair(value.code, 'Kẻ đoán mã');
    const db = hall.t.engine.context().db;
    expect(countAudit(db, 'network.pairingRefused')).toBe(5);
    expect(countAudit(db, 'network.pairingLimited')).toBe(1); // once per address and minute, not per attempt
    expect((await hall.op<NetworkState>('network:state')).value.requests).toEqual([]);
  });

  it('gives a counting station its assignment; refuses an assignment to another role; a declined device is told so', async () => {
    const state = await hall.start();
    const { value } = await hall.op<{ code: string }>('network:pairing');
    const device = hall.client(state);
    const ask = async (name: string) => (await device.pair(value.code, name)).body.value as { requestId: string; claim: string };
    const station = await ask('Máy nhập phiếu 2');
    const assignment = { ballotId: 1, pass: 2, papers: { from: 1, to: 500 } };
    const wrong = await hall.op('network:approve', { requestId: station.requestId, role: 'checkin-desk', assignment });
    expect(wrong.error?.key).toBe('network.assignmentOnlyForStation');
    await hall.op('network:approve', { requestId: station.requestId, role: 'counting-station', assignment });
    expect((await device.status(station.requestId, station.claim)).body.value).toMatchObject({
      status: 'approved',
      device: { role: 'counting-station', assignment },
    });

    const stranger = await ask('Máy lạ');
    expect((await hall.op('network:decline', { requestId: stranger.requestId })).ok).toBe(true);
    expect((await device.status(stranger.requestId, stranger.claim)).body.value).toEqual({ status: 'declined' });
    expect((await hall.op('network:approve', { requestId: stranger.requestId, role: 'display' })).error?.key).toBe(
      'network.unknownRequest',
    );
  });

  it('refuses a code once the network was turned off and on again (a new code is needed)', async () => {
    const state = await hall.start();
    const { value } = await hall.op<{ code: string }>('network:pairing');
    await hall.op('network:stop');
    const again = await hall.start();
    expect(again.fingerprint).toBe(state.fingerprint); // the same laptop certificate
    expect((await hall.client(again).pair(value.code, 'Bàn cửa B')).body.error?.key).toBe('network.wrongCode');
  });
});

describe('hall network: a paired device uses the contract like a local window, within its role', () => {
  it('a desk checks a delegate in, the operator hears it, and the audit names the device', async () => {
    const state = await hall.start();
    const { credential, device } = await hall.pair(state, 'Bàn cửa A', 'checkin-desk');
    const events = await hall.operatorEvents();
    const desk = hall.client(state);
    const stream = await desk.events(credential);

    const checked = await desk.call(credential, 'checkin:scan', { code: 'DB002' });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ ok: true, value: { delegate: { code: 'DB002' } } });
    expect(await within(1000, () => events.got.some((m) => 'name' in m && m.name === 'attendance:changed'))).toBe(true);
    expect(await within(1000, () => stream.got.some((m) => 'name' in m && m.name === 'attendance:changed'))).toBe(true);
    const row = hall.t.engine
      .context()
      .db.prepare("SELECT role, device_id AS deviceId FROM command_requests WHERE channel = 'checkin:scan'")
      .get();
    expect(row).toEqual({ role: 'checkin-desk', deviceId: device.id });
    const devices = await hall.op<HallDevice[]>('network:devices');
    expect(devices.value).toEqual([expect.objectContaining({ id: device.id, connected: true })]);
    events.ws.close();
    stream.ws.close();
  });

  it('refuses what the role may not do (a desk entering a ballot paper), a write without a request id, and a stranger', async () => {
    const state = await hall.start();
    const { credential } = await hall.pair(state, 'Bàn cửa A', 'checkin-desk');
    const desk = hall.client(state);
    const paper = await desk.call(credential, 'papers:record', { ballotId: 1, pass: 1, number: 1, marks: [] });
    expect(paper.status).toBe(403);
    expect(paper.body.error?.code).toBe('INVALID_INPUT');
    expect((await desk.call(credential, 'congress:close')).status).toBe(403); // local-only, whatever the role
    const noId = await desk.call(credential, 'checkin:scan', { code: 'DB001' }, null);
    expect(noId.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(hall.t.engine.context().db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);

    const stranger = await desk.call('made-up-credential', 'attendance:summary');
    expect(stranger.status).toBe(401);
    expect(stranger.body.error).toMatchObject({ code: 'ACCESS_DENIED', key: 'network.wrongCredential' });
    await expect(desk.events('made-up-credential')).rejects.toThrow(/403/);
    // A page of another site (DNS rebinding) is refused whatever it carries.
    const rebound = await desk.post('/api/attendance:summary', {}, { 'x-congress-token': credential, host: 'evil.example:443' });
    expect(rebound.status).toBe(403);
    const foreign = await desk.post('/api/attendance:summary', {}, { 'x-congress-token': credential, origin: 'https://evil.example' });
    expect(foreign.body.error).toMatchObject({ code: 'ACCESS_DENIED', key: 'host.hostNotAllowed' });
    // The operator's loopback token means nothing on the hall network.
    expect((await desk.call(hall.host.tokens.operator, 'attendance:summary')).status).toBe(401);
  });

  it('revoking a device closes its event socket and refuses its next request within a second', async () => {
    const state = await hall.start();
    const { credential, device } = await hall.pair(state, 'Máy nhập phiếu 1', 'counting-station');
    const station = hall.client(state);
    const stream = await station.events(credential);
    expect((await station.call(credential, 'ballots:list')).status).toBe(200);

    const at = Date.now();
    expect((await hall.op('network:revoke', { deviceId: device.id })).ok).toBe(true);
    await stream.closed;
    expect(Date.now() - at).toBeLessThan(1000);
    const after = await station.call(credential, 'ballots:list');
    expect(after.status).toBe(401);
    expect(Date.now() - at).toBeLessThan(1000);
    const devices = await hall.op<HallDevice[]>('network:devices');
    expect(devices.value[0]).toMatchObject({ id: device.id, revokedAt: expect.any(String), connected: false });

    // Every row the pairing and the revocation wrote is proven by the audit.
    await closeHallEngineAndVerify(hall);
  });

  it('turning the network off closes every remote connection at once and stops listening', async () => {
    const state = await hall.start();
    const a = await hall.pair(state, 'Bàn cửa A', 'checkin-desk');
    const b = await hall.pair(state, 'Màn hình phụ', 'display');
    const desk = await hall.client(state).events(a.credential);
    const screen = await hall.client(state).events(b.credential);
    const at = Date.now();
    expect((await hall.op<NetworkState>('network:stop')).value).toMatchObject({ on: false, pairing: null });
    await Promise.all([desk.closed, screen.closed]);
    expect(Date.now() - at).toBeLessThan(1000);
    expect(await listening(HALL, state.port!)).toBe(false);
  });

  it('closing the congress turns the network off (its devices belong to that congress)', async () => {
    const state = await hall.start();
    await hall.op('congress:close');
    expect((await hall.op<NetworkState>('network:state')).value.on).toBe(false);
    expect(await listening(HALL, state.port!)).toBe(false);
  });
});

describe('hall network: the certificate is pinned', () => {
  it('a station client pinning the laptop fingerprint refuses a forged certificate before sending anything', async () => {
    const state = await hall.start();
    const forged = makeCertificate();
    let received = 0;
    const impostor = tlsServer({ key: forged.key, cert: forged.cert }, (socket) =>
      socket.on('data', (d: Buffer) => (received += d.length)),
    );
    await new Promise<void>((r) => impostor.listen(0, OTHER, r));
    const port = (impostor.address() as AddressInfo).port;
    try {
      const refused = pinnedConnect(OTHER, port, state.fingerprint!);
      await expect(refused).rejects.toBeInstanceOf(PinMismatch);
      await settle(100);
      expect(received).toBe(0);
      // The genuine gateway passes the same check.
      const genuine = await pinnedConnect(HALL, state.port!, state.fingerprint!);
      genuine.destroy();
    } finally {
      await new Promise((r) => impostor.close(r));
    }
  });
});

async function closeHallEngineAndVerify(h: Hall): Promise<void> {
  await h.host.close();
  const path = h.t.engine.context().path;
  h.t.engine.close();
  const report = verifyCongressFile(path);
  expect(report.ok).toBe(true);
  expect(countAuditIn(report)).toBeGreaterThan(0);
}

const countAuditIn = (report: ReturnType<typeof verifyCongressFile>) => report.auditEntries;
