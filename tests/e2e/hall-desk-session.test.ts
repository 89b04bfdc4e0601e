/**
 * A paired check-in desk follows what the operator opens (docs/hall-network.md «Bàn điểm danh theo
 * phiên đang mở»): a switch of the agenda session reaches the desk without a reload (its list and
 * counts are the new session's, its scans land there); a desk whose congress was closed or changed
 * says so, and is asked to pair again when the network returns for another congress.
 */
import type { Page } from 'playwright-core';
import type { NetworkState } from '../../shared/contract/network-schemas';
import type { CongressInfo } from '../../shared/contract/types';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { type App, startApp } from './harness';
import { HALL, operatorCommands, pairInBrowser } from './hall-pairing';
import { eventually, expectText } from './wait';

let app: App;
let op: ReturnType<typeof operatorCommands>;
let desk: Page;
let port = 0;
beforeAll(async () => {
  app = await startApp();
  op = operatorCommands(app);
  await app.t.engine.call('congress:create', { name: 'Đại hội hai phiên', path: app.t.file('hai-phien.congress') });
  for (let i = 1; i <= 6; i++) await app.t.engine.call('delegates:create', officialDelegate(i));
  port = (await op<NetworkState>('network:start', { address: HALL, port: 0 })).port!;
  desk = await pairInBrowser(app, 'Bàn cửa C', 'checkin-desk', { shown: 'device-checkin' });
});
afterAll(async () => {
  await app?.close();
});

describe('a check-in desk and the session the operator opens', () => {
  it('follows a switch of the agenda session without a reload', async () => {
    await desk.getByTestId('scan-field').focus();
    await desk.keyboard.type('DB001', { delay: 5 });
    await desk.keyboard.press('Enter');
    await eventually(desk.locator('.checkin-row[data-code="DB001"]')).toHaveClass(/state-present/);
    await expectText(desk.getByTestId('count-present'), '1');

    const second = await op<{ id: number }>('sessions:create', { title: 'Phiên thứ hai' });
    await op<CongressInfo>('sessions:setCurrent', { id: second.id });
    // The new session's list and counts: nobody has checked in to it yet.
    await eventually(desk.locator('.checkin-row[data-code="DB001"]')).not.toHaveClass(/state-present/);
    await expectText(desk.getByTestId('count-present'), '0');
    await desk.getByTestId('scan-field').focus();
    await desk.keyboard.type('DB002', { delay: 5 });
    await desk.keyboard.press('Enter');
    await eventually(desk.locator('.checkin-row[data-code="DB002"]')).toHaveClass(/state-present/);
    await expectText(desk.getByTestId('count-present'), '1');
    const inSecond = await app.t.engine.call('attendance:list', { sessionId: second.id });
    expect(inSecond.map((r) => r.delegateId)).toHaveLength(1);
  });

  it('says so when the operator closes its congress, and asks to pair again when another congress is open', async () => {
    await app.t.engine.call('congress:create', { name: 'Đại hội khác', path: app.t.file('khac.congress') });
    await expectText(desk.getByTestId('device-link'), 'Mất kết nối');
    await expectText(desk.getByTestId('device-offline'), 'đại hội trên laptop đã đóng hoặc đổi');
    await op('network:start', { address: HALL, port }); // the same address as before (4871 unless told otherwise)
    await expectText(desk.getByTestId('pair-problem'), 'đại hội khác');
  });
});
