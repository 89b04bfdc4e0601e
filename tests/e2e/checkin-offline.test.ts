import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type RunningHost, startHost } from '../../main/host/server';
import { BLANK_DELEGATE } from '../helpers/blank-delegate';
import { type App, startApp } from './harness';
import { eventually, expectText } from './wait';

/**
 * The browser host stops under the check-in desk and comes back on the same port with the same
 * tokens (main/host/serve.ts keeps them across restarts): what the desk typed meanwhile is kept on
 * the device, said to be waiting, and arrives exactly once.
 */
let app: App;
let host: RunningHost;
const staticDir = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

beforeAll(async () => {
  app = await startApp();
  host = app.host;
  await app.t.engine.call('congress:create', { name: 'Đại hội thử mất kết nối', path: app.t.file('offline.congress') });
  for (const [code, fullName] of [
    ['DB001', 'Nguyễn Thị Hằng'],
    ['DB002', 'Trần Văn Đức'],
    ['DB003', 'Lê Văn Dũng'],
  ]) {
    await app.t.engine.call('delegates:create', { ...BLANK_DELEGATE, code: code!, fullName: fullName!, status: 'official' });
  }
  await app.operator.setViewportSize({ width: 1024, height: 768 });
  await app.operator.goto(host.operatorUrl);
  await app.operator.getByTestId('scan-field').waitFor();
});
afterAll(async () => {
  await host?.close();
  await app?.close(); // its own host is closed already: closing it again does nothing
});

const stopHost = () => host.close();
/** The same engine, port and tokens: the addresses the pages hold keep working. */
async function restartHost() {
  host = await startHost({ engine: app.t.engine, staticDir, port: host.port, tokens: host.tokens });
}

async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** How often the engine checked each delegate in, from its own events: never what a page says. */
function checkIns(): Map<number, number> {
  const times = new Map<number, number>();
  for (const e of app.t.events) {
    if (e.name !== 'attendance:changed') continue;
    for (const r of (e.payload as { records: { delegateId: number; state: string }[] }).records) {
      if (r.state === 'present') times.set(r.delegateId, (times.get(r.delegateId) ?? 0) + 1);
    }
  }
  return times;
}

const idOf = async (code: string) => (await app.t.engine.call('delegates:list', {})).find((d) => d.code === code)!.id;
const row = (page: Page, code: string) => page.locator(`.checkin-row[data-code="${code}"]`);

describe('check-in in Chromium while the browser host is stopped', () => {
  it('keeps a scan, says it waits and that the link is lost, and checks it in once when the host is back', async () => {
    const page = app.operator;
    await stopHost();
    await scan(page, 'DB001');
    await expectText(page.getByTestId('feedback'), 'Đã giữ lại — chờ gửi', { caseInsensitive: true });
    await expectText(page.getByTestId('feedback'), 'Nguyễn Thị Hằng');
    await expectText(row(page, 'DB001'), 'Chờ gửi');
    await expectText(page.getByTestId('checkin-outbox'), 'DB001');
    await expectText(page.getByTestId('connection-banner'), 'Mất kết nối tới máy chủ — các lượt điểm danh được giữ lại');
    await app.shot(page, 'offline-checkin-1024');
    expect(checkIns().size).toBe(0);

    await restartHost();
    await expectText(page.getByTestId('count-present'), '1');
    await expectText(row(page, 'DB001'), 'Có mặt');
    await eventually(page.getByTestId('connection-banner')).toHaveCount(0);
    await eventually(page.getByTestId('checkin-outbox')).toHaveCount(0);
    expect(checkIns()).toEqual(new Map([[await idOf('DB001'), 1]]));
  });

  it('keeps a scan across a reload made while the host is down (F5), and sends it once when the page is back', async () => {
    const page = app.operator;
    await stopHost();
    await scan(page, 'DB002');
    await expectText(row(page, 'DB002'), 'Chờ gửi');
    // F5 with the host down: the browser's own error page; what the desk typed stays on the device.
    await page.reload().catch(() => undefined);
    await page.waitForLoadState('load');
    await expectText(page.locator('body'), 'ERR_CONNECTION_REFUSED');
    await restartHost();
    await page.goto(host.operatorUrl);
    await expectText(page.getByTestId('count-present'), '2');
    await expectText(row(page, 'DB002'), 'Có mặt');
    await eventually(page.getByTestId('checkin-outbox')).toHaveCount(0);
    expect(checkIns()).toEqual(
      new Map([
        [await idOf('DB001'), 1],
        [await idOf('DB002'), 1],
      ]),
    );
  });
});
