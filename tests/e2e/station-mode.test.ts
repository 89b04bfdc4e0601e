/**
 * Station mode in Chromium (docs/hall-network.md «Chế độ trạm»): the device's browser opens the page
 * its own relay prints (main/host/station-relay.ts) — plain http on its loopback, no certificate to
 * accept — pairs, is approved as a check-in desk and checks a delegate in; a relay pointed at a
 * machine with a forged certificate says so on the page, in Vietnamese, and sends it nothing.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer as tlsServer } from 'node:tls';
import type { Page } from 'playwright-core';
import type { NetworkState } from '../../shared/contract/network-schemas';
import { type RunningRelay, startStationRelay } from '../../main/host/station-relay';
import { makeCertificate } from '../../main/network/certificate';
import { stationTarget } from '../../main/network/station-target';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { operatorCommands } from './hall-pairing';
import { type App, startApp } from './harness';
import { eventually, expectText } from './wait';

const HALL = '127.0.0.2';
const DEVICE = '127.0.0.3';
const STATIC = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

let app: App;
const relays: RunningRelay[] = [];
beforeAll(async () => {
  app = await startApp();
  await app.t.engine.call('congress:create', { name: 'Đại hội chế độ trạm', path: app.t.file('tram.congress') });
  for (let i = 1; i <= 5; i++) await app.t.engine.call('delegates:create', officialDelegate(i));
});
afterAll(async () => {
  for (const r of relays) await r.close();
  await app?.close();
});

/** The operator's command through the loopback host (hall-pairing.ts). */
const op = <T>(channel: string, input: unknown = {}): Promise<T> => operatorCommands(app)<T>(channel, input);

async function devicePage(relay: RunningRelay): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } }); // no certificate errors to ignore
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[station page error]', e.message));
  await page.goto(relay.url);
  return page;
}

describe('a device in station mode', () => {
  it('pairs through its relay in a plain browser and checks a delegate in', async () => {
    await op<NetworkState>('network:start', { address: HALL, port: 0 });
    const { qrText } = await op<{ qrText: string }>('network:pairing');
    const relay = await startStationRelay({
      dataDir: app.t.file('station-a'),
      target: stationTarget(qrText),
      staticDir: STATIC,
      port: 0,
      localAddress: DEVICE,
    });
    relays.push(relay);
    const page = await devicePage(relay);
    await page.getByRole('heading', { name: 'Ghép nối với máy điều hành' }).waitFor();
    expect(await page.getByTestId('pair-code').inputValue()).toBe(stationTarget(qrText)!.code); // from the printed address
    await page.getByTestId('pair-name').fill('Bàn cửa trạm');
    await page.getByTestId('pair-send').click();
    await expectText(page.getByTestId('pair-waiting'), 'Đang chờ người điều hành duyệt «Bàn cửa trạm»');
    const request = (await op<NetworkState>('network:state')).requests.find((r) => r.deviceName === 'Bàn cửa trạm')!;
    expect(request.address).toBe(DEVICE);
    await op('network:approve', { requestId: request.id, role: 'checkin-desk' });
    await expectText(page.getByTestId('device-name'), 'Bàn cửa trạm');
    await eventually(page.locator('[data-testid="device-link"][data-state="online"]')).toHaveCount(1);
    // The page never held the credential: what it kept is the relay's stand-in.
    expect(await page.evaluate(() => Object.values(localStorage).join(' '))).not.toContain(relay.link.credential!);
    await page.getByTestId('scan-field').focus();
    await page.keyboard.type('DB004', { delay: 5 });
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('feedback'), 'Đại Biểu Số 4');
    await eventually(app.operator.locator('.checkin-row[data-code="DB004"]')).toHaveClass(/state-present/);
    // A reload (F5) finds the device through the relay, without pairing again.
    await page.reload();
    await expectText(page.getByTestId('device-name'), 'Bàn cửa trạm');
    await page.context().close();
  });

  it('says in Vietnamese that the machine answering is not the paired laptop, and sends it nothing', async () => {
    const state = await op<NetworkState>('network:state');
    const forged = makeCertificate();
    let received = 0;
    const impostor = tlsServer({ key: forged.key, cert: forged.cert }, (s) => s.on('data', (d: Buffer) => (received += d.length)));
    await new Promise<void>((r) => impostor.listen(0, DEVICE, r));
    try {
      const relay = await startStationRelay({
        dataDir: app.t.file('station-b'),
        target: { address: DEVICE, port: (impostor.address() as AddressInfo).port, fingerprint: state.fingerprint, code: 'ABCD-EFGH' },
        staticDir: STATIC,
        port: 0,
      });
      relays.push(relay);
      const page = await devicePage(relay);
      await page.getByRole('heading', { name: 'Ghép nối với máy điều hành' }).waitFor();
      await page.getByTestId('pair-name').fill('Máy lạ');
      await page.getByTestId('pair-send').click();
      await expectText(page.getByTestId('pair-problem'), 'KHÔNG phải máy điều hành đã ghép nối');
      await expectText(page.getByTestId('pair-problem'), state.fingerprint!.slice(0, 11));
      await app.shot(page, 'station-forged-certificate');
      await page.context().close();

      // The desk paired in the first test, its laptop now answered by the impostor: it says so on opening,
      // and keeps its credential for when the real laptop answers again.
      const paired = await startStationRelay({
        dataDir: app.t.file('station-a'),
        target: { address: DEVICE, port: (impostor.address() as AddressInfo).port, fingerprint: state.fingerprint, code: null },
        staticDir: STATIC,
        port: 0,
      });
      relays.push(paired);
      const desk = await devicePage(paired);
      await expectText(desk.getByTestId('device-problem'), 'KHÔNG phải máy điều hành đã ghép nối');
      expect(await desk.getByTestId('scan-field').count()).toBe(0);
      expect(paired.link.credential).toMatch(/^[\w-]{43}$/);
      expect(received).toBe(0);
      await desk.context().close();
    } finally {
      await new Promise((r) => impostor.close(r));
    }
  });
});
