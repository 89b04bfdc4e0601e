/**
 * What a device's browser is served on the hall network (docs/hall-network.md §5.2, §5.8): the QR
 * link's /pair opens the app's page (which, over https, is the device's: renderer/features/device/),
 * and POST /device tells a paired device who it is, so its page shows its role's screen only.
 */
import type { HallDevice, NetworkState } from '../../../shared/contract/network-schemas';
import { hallClient } from './hall-client';
import { closeHall, DEVICE, type Hall, openHall } from './hall-setup';

let hall: Hall;
beforeEach(async () => {
  hall = await openHall();
});
afterEach(async () => {
  await closeHall(hall);
});

/** A GET over the pinned connection, as a browser that accepted the laptop's certificate would send it. */
const page = (state: NetworkState, path: string) => hallClient(state.address!, state.port!, state.fingerprint!, DEVICE).page(path);

describe('a device page on the hall network', () => {
  it('the QR link (/pair) opens the app page, without any credential', async () => {
    const state = await hall.start();
    const pairing = await hall.op<{ qrText: string }>('network:pairing');
    const path = new URL(pairing.value.qrText).pathname;
    expect(path).toBe('/pair');
    const served = await page(state, path);
    expect(served).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>hall</title>' });
  });

  it('POST /device answers the device its own name, role and assignment; a stranger or a revoked device gets 401', async () => {
    const state = await hall.start();
    const { credential, device } = await hall.pair(state, 'Bàn cửa A', 'checkin-desk');
    const desk = hall.client(state);
    const self = await desk.post('/device', {}, { 'x-congress-token': credential });
    expect(self).toEqual({
      status: 200,
      body: { ok: true, value: { id: device.id, name: 'Bàn cửa A', role: 'checkin-desk', assignment: null } },
    });
    expect((await desk.post('/device', {}, { 'x-congress-token': 'made-up-credential' })).status).toBe(401);
    expect((await desk.post('/device', {}, {})).body.error).toMatchObject({ code: 'ACCESS_DENIED', key: 'network.wrongCredential' });

    await hall.op('network:revoke', { deviceId: device.id });
    expect((await desk.post('/device', {}, { 'x-congress-token': credential })).status).toBe(401);
  });

  it('a counting station learns the assignment the operator gave it', async () => {
    const state = await hall.start();
    const pairing = await hall.op<{ code: string }>('network:pairing');
    const station = hall.client(state);
    const asked = (await station.pair(pairing.value.code, 'Máy nhập phiếu 2')).body.value as { requestId: string; claim: string };
    const assignment = { ballotId: 1, pass: 2, papers: { from: 1, to: 200 } };
    await hall.op<HallDevice>('network:approve', { requestId: asked.requestId, role: 'counting-station', assignment });
    const { credential } = (await station.status(asked.requestId, asked.claim)).body.value as { credential: string };
    const self = await station.post('/device', {}, { 'x-congress-token': credential });
    expect(self.body.value).toMatchObject({ role: 'counting-station', name: 'Máy nhập phiếu 2', assignment });
  });

  it('GET /device is refused (POST only), as /api is', async () => {
    const state = await hall.start();
    expect((await page(state, '/device')).status).toBe(405);
  });
});
