/**
 * The hall network in Chromium (docs/hall-network.md): the operator turns it on (a loopback address
 * stands for the hall's interface, as tests/integration/network does), a check-in desk and a
 * counting station pair from their own browsers by the QR link, are approved with a role, and each
 * sees only its role's screen (renderer/features/device/): the desk checks a delegate in and the
 * operator's page and the projector show it; a second desk scanning the same card is refused and the
 * operator sees «Bất thường»; the station enters pass 2 while the operator enters pass 1, their
 * disagreement shows on the operator's screen, and the counted result reaches the projector and a display.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { NetworkState, StationAssignment } from '../../shared/contract/network-schemas';
import { names, officialDelegate, settings } from '../integration/ballots/ballot-setup';
import { operatorCommands } from './hall-pairing';
import { type App, startApp } from './harness';
import { eventually, expectText } from './wait';

const HALL = '127.0.0.2';
const DEVICE_SIZE = { width: 1024, height: 768 };

let app: App;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await app?.close();
});

/** The operator's command through the loopback host (hall-pairing.ts). */
const op = <T>(channel: string, input: unknown = {}): Promise<T> => operatorCommands(app)<T>(channel, input);

/**
 * A device's own browser opens the QR link (accepting the laptop's self-signed certificate, as a
 * user does after comparing the fingerprint: docs/hall-network.md §4), names itself and asks; the
 * operator approves the request it sees with `role`.
 */
async function pairDevice(name: string, role: string, assignment?: StationAssignment, shown = 'device-name'): Promise<Page> {
  const pairing = await op<{ qrText: string }>('network:pairing');
  const context = await app.browser.newContext({ ignoreHTTPSErrors: true, viewport: DEVICE_SIZE });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${name} page error]`, e.message));
  await page.goto(pairing.qrText);
  await page.getByRole('heading', { name: 'Ghép nối với máy điều hành' }).waitFor();
  await page.getByTestId('pair-name').fill(name);
  if (contexts.length === 1) await app.shot(page, 'hall-device-pairing');
  await page.getByTestId('pair-send').click();
  await expectText(page.getByTestId('pair-waiting'), `Đang chờ người điều hành duyệt «${name}»`);
  const state = await op<NetworkState>('network:state');
  const request = state.requests.find((r) => r.deviceName === name)!;
  await op('network:approve', { requestId: request.id, role, ...(assignment ? { assignment } : {}) });
  if (shown === 'device-name') await expectText(page.getByTestId('device-name'), name);
  else await page.getByTestId(shown).waitFor();
  return page;
}

describe('devices on the hall network work in their roles', () => {
  let ballotId = 0;
  let deskPage: Page;
  let projector: Page;
  let display: Page;

  it('the operator opens a congress with a ballot and turns the hall network on', async () => {
    const engine = app.t.engine;
    await engine.call('congress:create', { name: 'Đại hội mạng hội trường', path: app.t.file('hoi-truong.congress') });
    for (let i = 1; i <= 12; i++) await engine.call('delegates:create', officialDelegate(i));
    const ballot = await engine.call('ballots:create', settings({ title: 'Bầu Ban Thường trực', passes: 2, seats: 2, seatsApproved: 2 }));
    ballotId = ballot.id;
    await engine.call('ballots:setCandidates', { id: ballotId, candidates: names('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường') });
    await engine.call('ballots:open', { id: ballotId });
    await app.operator.getByTestId('scan-field').waitFor();
    const state = await op<NetworkState>('network:start', { address: HALL, port: 0 });
    expect(state).toMatchObject({ on: true, address: HALL });
    // The laptop's projector window shows the attendance while the desks scan.
    projector = await app.openProjector({ width: 1024, height: 768 });
    await op('projector:set', { slide: 'attendance' });
    await expectText(projector.getByTestId('projector-present'), '0');
    await app.operator.bringToFront();
  });

  it('a check-in desk pairs, sees only the check-in screen, and checks a delegate in; the operator sees it', async () => {
    const desk = await pairDevice('Bàn cửa A', 'checkin-desk');
    await expectText(desk.getByTestId('device-role'), 'Bàn điểm danh');
    await eventually(desk.locator('[data-testid="device-link"][data-state="online"]')).toHaveCount(1);
    await desk.getByTestId('device-checkin').waitFor();
    // Nothing of the operator's app: no tabs, no file menu, no ballots.
    expect(await desk.locator('.top-bar, .tabs, [data-testid="paper-entry"]').count()).toBe(0);
    await eventually(desk.locator('.checkin-row[data-code="DB002"]')).toHaveCount(1);
    // A desk does not excuse absences: no «Vắng» button in its list, and Alt+V does nothing.
    expect(await desk.locator('.checkin-row[data-code="DB003"] button:visible').allInnerTexts()).toEqual(['✓ Điểm danh']);
    await desk.getByTestId('scan-field').focus();
    await desk.keyboard.press('Alt+V'); // on the operator's screen: «pick a delegate first»
    await desk.keyboard.press('Enter'); // an empty field: nothing sent
    expect(await desk.getByTestId('checkin-note').count()).toBe(0);
    await desk.keyboard.type('DB002', { delay: 5 });
    await desk.keyboard.press('Enter');
    await expectText(desk.getByTestId('feedback'), 'Đại Biểu Số 2');
    await eventually(desk.locator('.checkin-row[data-code="DB002"]')).toHaveClass(/state-present/);
    await eventually(app.operator.locator('.checkin-row[data-code="DB002"]')).toHaveClass(/state-present/);
    await expectText(desk.getByTestId('count-present'), '1');
    await expectText(projector.getByTestId('projector-present'), '1'); // the desk's check-in, on the hall's screen
    await app.shot(desk, 'hall-device-checkin-desk');
    deskPage = desk;
  });

  it('the same card scanned at a second desk is refused there, counted once, and shown to the operator as «Bất thường»', async () => {
    const second = await pairDevice('Bàn cửa B', 'checkin-desk');
    await second.getByTestId('scan-field').focus();
    await second.keyboard.type('DB002', { delay: 5 });
    await second.keyboard.press('Enter');
    await second.locator('.feedback-already').waitFor();
    await expectText(second.getByTestId('feedback'), 'đã điểm danh lúc');
    expect(await second.getByTestId('checkin-anomalies').count()).toBe(0); // the operator's, not the desk's

    const operator = app.operator;
    const panel = operator.getByTestId('checkin-anomalies');
    await expectText(panel, 'Bất thường: 1 đại biểu được quét thẻ ở hai nơi');
    await expectText(panel.locator('li[data-code="DB002"]'), 'Đại Biểu Số 2');
    await expectText(panel.locator('li[data-code="DB002"]'), 'tại Bàn cửa A; quét lại lúc');
    await expectText(panel.locator('li[data-code="DB002"]'), 'tại Bàn cửa B');
    await expectText(operator.getByTestId('count-present'), '1');
    await expectText(projector.getByTestId('projector-present'), '1');
    await app.shot(operator, 'hall-checkin-anomaly');
    await operator.bringToFront();
    await panel.getByRole('button', { name: 'Đã xem bất thường của Đại Biểu Số 2' }).click();
    await eventually(panel).toHaveCount(0);
  });

  it('a counting station assigned pass 2 enters a paper while the operator enters pass 1: both saved', async () => {
    const station = await pairDevice('Máy nhập phiếu 2', 'counting-station', { ballotId, pass: 2 });
    await expectText(station.getByTestId('device-top-line'), 'Bầu Ban Thường trực · lượt 2');
    await station.getByTestId('device-station').waitFor();
    await expectText(station.getByTestId('entry-paper-no'), 'Phiếu số 1');
    expect(await station.locator('.top-bar, .tabs, [data-testid="scan-field"]').count()).toBe(0);

    const operator = app.operator;
    await operator.bringToFront();
    await operator.keyboard.press('F7');
    await operator.getByRole('tab', { name: 'Nhập phiếu' }).click();
    await expectText(operator.getByTestId('entry-paper-no'), 'Phiếu số 1');
    await expectText(operator.getByTestId('paper-entry'), 'lượt 1');

    await station.bringToFront();
    await station.getByTestId('paper-field').focus();
    await station.keyboard.type('3');
    await station.keyboard.press('Enter');
    await operator.bringToFront();
    await operator.getByTestId('paper-field').focus();
    await operator.keyboard.type('1');
    await operator.keyboard.press('Enter');

    await expectText(station.getByTestId('entry-paper-no'), 'Phiếu số 2');
    await expectText(station.getByTestId('paper-entry'), 'Đã nhập 1 phiếu ở lượt 2');
    await expectText(operator.getByTestId('paper-entry'), 'Đã nhập 1 phiếu ở lượt 1');
    const [pass1, pass2] = await Promise.all([1, 2].map((pass) => app.t.engine.call('papers:list', { ballotId, pass })));
    expect(pass1!.map((e) => e.struck)).toEqual([[1]]);
    expect(pass2!.map((e) => e.struck)).toEqual([[3]]);
    await station.keyboard.type('2');
    await app.shot(station, 'hall-device-counting-station');

    // The station read «3», the operator «1»: the operator's counting screen lists paper 1 with both readings.
    await operator.bringToFront();
    await operator.getByRole('tab', { name: 'Kiểm phiếu & kết quả' }).click();
    const row = operator.getByTestId('resolve-1');
    await expectText(row, 'Lượt 1: 1');
    await expectText(row, 'Lượt 2: 3');
    await eventually(operator.getByTestId('ballot-step')).toBeDisabled();
  });

  it('a display pairs and shows only the projector view of the hall', async () => {
    await op('projector:black', { on: true });
    const shown = await pairDevice('Màn hình sảnh', 'display', undefined, 'slide-black');
    expect(await shown.locator('[data-testid="device-top-line"], .top-bar, [data-testid="scan-field"]').count()).toBe(0);
    await op('projector:black', { on: false });
    await eventually(shown.getByTestId('slide-black')).toHaveCount(0);
    display = shown;
  });

  it('the board settles the paper, counts and projects: the projector and the display show the result', async () => {
    const operator = app.operator;
    await operator.bringToFront();
    const row = operator.getByTestId('resolve-1');
    await row.getByRole('button', { name: 'lấy theo lượt 1' }).click();
    await row.getByRole('button', { name: 'Chốt phiếu' }).click();
    await operator.getByTestId('no-discrepancies').waitFor();
    await operator.getByTestId('issued-input').fill('1');
    await operator.getByTestId('issued-input').locator('xpath=..').getByRole('button', { name: 'Lưu' }).click();
    await expectText(operator.getByTestId('ballot-issued'), '1');
    await operator.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
    await expectText(operator.getByTestId('ballot-state'), 'Đã kiểm phiếu');
    await operator.getByRole('button', { name: 'Công bố kết quả' }).click();
    await expectText(operator.getByTestId('ballot-state'), 'Đã công bố');
    await operator.getByRole('button', { name: 'Chiếu kết quả' }).click();
    for (const screen of [projector, display]) {
      await screen.getByTestId('slide-ballot_result').waitFor();
      await expectText(screen.getByTestId('slide-counts'), '1 Hợp lệ');
      await expectText(screen.getByTestId('result-2'), 'Trần Thị Bình');
    }
    await app.shot(display, 'hall-device-display-result');
  });

  it('a revoked desk is sent back to pairing at once, told why', async () => {
    const devices = await op<{ id: string; name: string }[]>('network:devices');
    await op('network:revoke', { deviceId: devices.find((d) => d.name === 'Bàn cửa A')!.id });
    await expectText(deskPage.getByTestId('pair-problem'), 'đã bị thu hồi quyền truy cập');
    expect(await deskPage.getByTestId('scan-field').count()).toBe(0);
  });
});
