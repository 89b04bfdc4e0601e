/**
 * The laptop killed under a check-in desk (docs/hall-network.md §8 «Laptop bị tắt ngang»), in
 * Chromium: a desk paired in its own browser, the laptop's process SIGKILLed and started again on
 * the same workspace and congress with nobody turning the hall network on. The desk's page, never
 * reloaded, finds the laptop again by itself; the card scanned while the laptop was down arrives
 * exactly once and shows on the operator's screen, which was not reloaded either.
 */
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { Engine } from '../../main/engine/engine';
import type { NetworkState } from '../../shared/contract/network-schemas';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { operatorCommands, pairInBrowser } from './hall-pairing';
import { type LaptopApp, startLaptopApp } from './laptop-host';
import { eventually, expectText } from './wait';

let app: LaptopApp;
beforeAll(async () => {
  app = await startLaptopApp(async (engine, file) => {
    await engine.call('congress:create', { name: 'Đại hội thử mất điện', path: file });
    for (let i = 1; i <= 4; i++) await engine.call('delegates:create', officialDelegate(i));
  });
  await app.operator.getByTestId('scan-field').waitFor();
});
afterAll(async () => {
  await app?.close();
});

const op = <T>(channel: string, input: unknown = {}): Promise<T> => operatorCommands(app)<T>(channel, input);
const online = (page: Page) => page.locator('[data-testid="device-link"][data-state="online"]');
const row = (page: Page, code: string) => page.locator(`.checkin-row[data-code="${code}"]`);

async function scan(page: Page, code: string) {
  await page.getByTestId('scan-field').focus();
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** The check-ins in the congress file, by delegate code, and their audit entries: read once the laptop has stopped. */
function checkInsInFile(): { present: Record<string, number>; audited: number } {
  const engine = new Engine({ workspaceDir: join(dirname(app.file), 'check'), rememberRecent: false, backups: { enabled: false } });
  try {
    engine.open(app.file);
    const { db } = engine.context();
    const rows = db
      .prepare(
        "SELECT d.code, count(*) AS n FROM attendance a JOIN delegates d ON d.id = a.delegate_id WHERE a.state = 'present' GROUP BY d.code",
      )
      .all() as { code: string; n: number }[];
    const audited = db.prepare("SELECT count(*) FROM audit WHERE action LIKE 'checkin.%'").pluck().get() as number;
    return { present: Object.fromEntries(rows.map((r) => [r.code, r.n])), audited };
  } finally {
    engine.close();
  }
}

describe('a check-in desk through a kill of the laptop', () => {
  it('reconnects by itself to the laptop started again, and the card scanned meanwhile is checked in once', async () => {
    const before = await op<NetworkState>('network:state');
    expect(before).toMatchObject({ on: true });
    const desk = await pairInBrowser(app, 'Bàn cửa A', 'checkin-desk');
    await eventually(online(desk)).toHaveCount(1);
    await scan(desk, 'DB001');
    await eventually(row(app.operator, 'DB001')).toHaveClass(/state-present/);

    await app.laptop.kill(); // a power cut: nothing said to anyone
    await eventually(online(desk)).toHaveCount(0);
    await scan(desk, 'DB002');
    await expectText(row(desk, 'DB002'), 'Chờ gửi');
    await expectText(desk.getByTestId('checkin-outbox'), 'DB002');

    await app.laptop.start({ turnNetworkOn: false }); // nobody turns the hall network on
    await eventually(online(desk)).toHaveCount(1);
    expect(app.laptop.hallUrl).toBe(before.url);
    await eventually(row(desk, 'DB002')).toHaveClass(/state-present/);
    await eventually(desk.getByTestId('checkin-outbox')).toHaveCount(0);
    await expectText(desk.getByTestId('count-present'), '2');
    // The operator's page, open through the kill, shows it too, and the hall network on at the same place.
    await eventually(row(app.operator, 'DB002')).toHaveClass(/state-present/);
    await expectText(app.operator.getByTestId('count-present'), '2');
    await expectText(app.operator.getByTestId('network-badge'), `BẬT · ${before.address}`);
    expect(await op<NetworkState>('network:state')).toMatchObject({ on: true, address: before.address, port: before.port });

    await app.laptop.stop();
    expect(checkInsInFile()).toEqual({ present: { DB001: 1, DB002: 1 }, audited: 2 });
  });
});
