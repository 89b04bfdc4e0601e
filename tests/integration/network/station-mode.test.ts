/**
 * Station mode (docs/hall-network.md «Chế độ trạm»): the relay a device runs (`npm start -- --station
 * <link>`, main/host/station-relay.ts) serves the device's page on its own loopback and relays to the
 * laptop's gateway over TLS pinned to the link's fingerprint. Real sockets and real TLS: the gateway
 * on 127.0.0.2, the device reaching it from 127.0.0.3, the page a plain HTTP client of the relay.
 */
import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer as tlsServer } from 'node:tls';
import WebSocket from 'ws';
import { isConnectionLost, newRequestId, type StreamMessage } from '../../../shared/contract/envelope';
import type { HallDevice, NetworkState } from '../../../shared/contract/network-schemas';
import type { AppErrorData } from '../../../shared/contract/result';
import { renderMessage } from '../../../shared/i18n/messages';
import { KEPT_BY_STATION, type RunningRelay, startStationRelay } from '../../../main/host/station-relay';
import { makeCertificate } from '../../../main/network/certificate';
import { readStation, stationFile } from '../../../main/network/station-store';
import { type StationTarget, stationTarget } from '../../../main/network/station-target';
import { rawRequest } from '../../helpers/test-host';
import { closeHall, DEVICE, type Hall, openHall, OTHER, settle } from './hall-setup';

let hall: Hall;
const relays: RunningRelay[] = [];
beforeEach(async () => {
  hall = await openHall();
});
afterEach(async () => {
  for (const r of relays.splice(0)) await r.close();
  await closeHall(hall);
});

const within = async (ms: number, check: () => boolean) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await settle(20);
  return check();
};

interface Reply {
  status: number;
  body: { ok: boolean; value?: unknown; error?: AppErrorData };
}

/** The device's data folder (its user's): what the relay keeps between runs. */
const dataDir = () => hall.t.file('device-data');

async function relayFor(target: StationTarget | null): Promise<RunningRelay> {
  const relay = await startStationRelay({ dataDir: dataDir(), target, staticDir: hall.t.file('static'), port: 0, localAddress: DEVICE });
  relays.push(relay);
  return relay;
}

/** The device's browser on the relay: opens the printed address (which sets the page's cookie), then speaks §5. */
async function pageOn(relay: RunningRelay) {
  const url = new URL(relay.url);
  const opened = await rawRequest(relay.port, `${url.pathname}${url.search}`);
  expect(opened.status).toBe(200);
  const cookie = String(opened.headers['set-cookie']).split(';')[0]!;
  const post = async (path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Reply> => {
    const r = await rawRequest(relay.port, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-congress-token': KEPT_BY_STATION, ...headers },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: JSON.parse(r.body) as Reply['body'] };
  };
  return {
    cookie,
    post,
    call: (channel: string, input: unknown, requestId = newRequestId()) => post(`/api/${channel}`, input, { 'x-request-id': requestId }),
    async events() {
      const ws = new WebSocket(`ws://127.0.0.1:${relay.port}/events`, { headers: { cookie } });
      const got: StreamMessage[] = [];
      ws.on('message', (m) => got.push(JSON.parse(String(m)) as StreamMessage));
      const closed = new Promise<void>((r) => ws.once('close', () => r()));
      await new Promise<void>((r, reject) => ws.once('open', () => r()).once('error', reject));
      return { ws, got, closed };
    },
  };
}

/** The QR link of a fresh pairing code, as the operator's screen shows it. */
async function qrLink(): Promise<string> {
  return (await hall.op<{ qrText: string }>('network:pairing')).value.qrText;
}

/** Pairs through the relay's page: the device asks, the operator approves with `role`, the page collects. */
async function pairThrough(page: Awaited<ReturnType<typeof pageOn>>, code: string, name: string, role: HallDevice['role']) {
  const asked = await page.post('/pair', { code, name });
  expect(asked.status).toBe(200);
  const { requestId, claim } = asked.body.value as { requestId: string; claim: string };
  const approved = await hall.op<HallDevice>('network:approve', { requestId, role });
  expect(approved.ok).toBe(true);
  const status = await page.post('/pair/status', { requestId, claim });
  return { status, device: approved.value };
}

async function pairedRelay(state: NetworkState, role: HallDevice['role'] = 'checkin-desk') {
  const link = await qrLink();
  const relay = await relayFor(stationTarget(link));
  const page = await pageOn(relay);
  const { device } = await pairThrough(page, stationTarget(link)!.code!, 'Bàn cửa B', role);
  expect(state.on).toBe(true);
  return { relay, page, device };
}

describe('station mode: a device pairs and works through its own relay', () => {
  it('pairs through the relay: the operator approves as today, the page never sees the credential, the device keeps it (0600)', async () => {
    const state = await hall.start();
    const link = await qrLink();
    const target = stationTarget(link)!;
    expect(target).toMatchObject({ address: state.address, port: state.port, fingerprint: state.fingerprint });
    const relay = await relayFor(target);
    expect(relay.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${relay.port}/station\\?token=[\\w-]{43}#code=`));
    const page = await pageOn(relay);
    expect(await page.post('/device')).toMatchObject({ status: 401, body: { error: { key: 'station.notPaired' } } });

    const { status, device } = await pairThrough(page, target.code!, 'Bàn cửa B', 'checkin-desk');
    expect(device).toMatchObject({ name: 'Bàn cửa B', role: 'checkin-desk', pairedFrom: DEVICE });
    expect(status.body.value).toMatchObject({ status: 'approved', credential: KEPT_BY_STATION, device: { id: device.id } });
    const kept = readStation(dataDir())!;
    expect(kept).toMatchObject({ laptop: { fingerprint: state.fingerprint }, device: { id: device.id, role: 'checkin-desk' } });
    expect(kept.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(stationFile(dataDir())).mode & 0o777).toBe(0o600);
    expect(await page.post('/device')).toEqual({
      status: 200,
      body: { ok: true, value: { id: device.id, name: 'Bàn cửa B', role: 'checkin-desk', assignment: null } },
    });

    // Only this machine's own page: no cookie, another host name, or a foreign page's Origin are refused here.
    const bare = await rawRequest(relay.port, '/device', { method: 'POST', body: '{}' });
    expect(JSON.parse(bare.body)).toMatchObject({ ok: false, error: { key: 'host.pageToken' } });
    const rebound = await rawRequest(relay.port, '/device', {
      method: 'POST',
      headers: { cookie: page.cookie, host: `evil.example:${relay.port}` },
    });
    expect(rebound.status).toBe(403);
    const foreign = await rawRequest(relay.port, '/device', {
      method: 'POST',
      headers: { cookie: page.cookie, origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('relays a command (committed once, under its request id, as the device) and the device events', async () => {
    const state = await hall.start();
    const { page, device } = await pairedRelay(state);
    const stream = await page.events();
    const id = newRequestId();
    const checked = await page.call('checkin:scan', { code: 'DB002' }, id);
    expect(checked).toMatchObject({ status: 200, body: { ok: true, value: { delegate: { code: 'DB002' } } } });
    expect(await within(1000, () => stream.got.some((m) => 'name' in m && m.name === 'attendance:changed'))).toBe(true);
    const again = await page.call('checkin:scan', { code: 'DB002' }, id); // a retry after a lost answer
    expect(again.body).toEqual(checked.body);
    const db = hall.t.engine.context().db;
    expect(db.prepare("SELECT role, device_id AS deviceId FROM command_requests WHERE channel = 'checkin:scan'").all()).toEqual([
      { role: 'checkin-desk', deviceId: device.id },
    ]);
    expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(1);
    // The role's table applies through the relay as at the gateway.
    expect((await page.call('papers:record', { ballotId: 1, pass: 1, paper: 1, struck: [] })).status).toBe(403);
    stream.ws.close();
  });

  it('refuses a forged certificate before sending anything, keeps its credential, and says why in Vietnamese', async () => {
    const state = await hall.start();
    const forged = makeCertificate();
    let received = 0;
    const impostor = tlsServer({ key: forged.key, cert: forged.cert }, (socket) =>
      socket.on('data', (d: Buffer) => (received += d.length)),
    );
    await new Promise<void>((r) => impostor.listen(0, OTHER, r));
    const impostorPort = (impostor.address() as AddressInfo).port;
    try {
      const { relay } = await pairedRelay(state);
      const credential = readStation(dataDir())!.credential;
      await relay.close();
      relays.length = 0;
      // The same laptop's pin, at the address a stranger on the Wi-Fi answers (a rogue router, a spoofed address).
      const posing = await relayFor({ address: OTHER, port: impostorPort, fingerprint: state.fingerprint, code: 'ABCD-EFGH' });
      const page = await pageOn(posing);
      for (const refused of [await page.post('/device'), await page.post('/pair', { code: 'ABCD-EFGH', name: 'X' })]) {
        expect(refused.status).toBe(502);
        const error = refused.body.error!;
        expect(error.key).toBe('station.forgedCertificate');
        expect(isConnectionLost(error)).toBe(true); // the page keeps what it had and retries; nothing was acknowledged
        expect(renderMessage('vi', error)).toContain('KHÔNG phải máy điều hành đã ghép nối');
        expect(renderMessage('vi', error)).toContain(state.fingerprint!.slice(0, 11));
      }
      await settle(100);
      expect(received).toBe(0); // neither the code nor the credential reached it
      expect(readStation(dataDir())!.credential).toBe(credential); // the laptop is the fake one, not the credential
    } finally {
      await new Promise((r) => impostor.close(r));
    }
  });

  it('reuses its credential after the relay restarts (nothing given but --station)', async () => {
    const state = await hall.start();
    const { relay, device } = await pairedRelay(state);
    const url = relay.url;
    await relay.close();
    relays.length = 0;
    const again = await relayFor(null);
    expect(again.url.split('#')[0]).toBe(url.split('#')[0]!.replace(String(relay.port), String(again.port))); // the same page token
    const page = await pageOn(again);
    expect((await page.post('/device')).body.value).toMatchObject({ id: device.id, role: 'checkin-desk' });
    expect((await page.call('checkin:scan', { code: 'DB001' })).body).toMatchObject({ ok: true });
  });

  it('is cut off within a second when revoked, and drops the credential from the device', async () => {
    const state = await hall.start();
    const { page, device } = await pairedRelay(state);
    const stream = await page.events();
    let closed = false;
    void stream.closed.then(() => (closed = true));
    const revokedAt = Date.now();
    await hall.op('network:revoke', { deviceId: device.id });
    expect(await within(1000, () => closed)).toBe(true);
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    expect(await page.post('/device')).toMatchObject({ status: 401, body: { error: { key: 'network.wrongCredential' } } });
    expect(readStation(dataDir())).toMatchObject({ credential: null, device: null });
    expect((await page.call('checkin:scan', { code: 'DB001' })).status).toBe(401);
    await expect(page.events()).rejects.toThrow(/403/);
  });

  it('set up by address and typed code (no QR): learns the fingerprint on first contact, then pins it', async () => {
    const state = await hall.start();
    const { code } = (await hall.op<{ code: string }>('network:pairing')).value;
    const learned: string[] = [];
    const relay = await startStationRelay({
      dataDir: dataDir(),
      target: stationTarget(`${state.address}:${state.port}`, { code }),
      staticDir: hall.t.file('static'),
      port: 0,
      localAddress: DEVICE,
      onLearned: (f) => learned.push(f),
    });
    relays.push(relay);
    expect(relay.link.fingerprint).toBeNull();
    const page = await pageOn(relay);
    const { status } = await pairThrough(page, code, 'Máy rà soát', 'reviewer');
    expect(status.body.value).toMatchObject({ status: 'approved' });
    expect(learned).toEqual([state.fingerprint]);
    expect(readStation(dataDir())!.laptop.fingerprint).toBe(state.fingerprint);
  });
});
