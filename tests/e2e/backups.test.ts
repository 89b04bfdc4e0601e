/** Backups and recovery in Chromium: the list with what each copy holds, restore, and the offer on a damaged file. */
import { truncateSync } from 'node:fs';
import { congressWith } from '../integration/ballots/ballot-setup';
import { type App, startApp } from './harness';
import { eventually } from './wait';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

describe('backups in the operator window', () => {
  it('lists the copies with when and what, and restores one keeping the current file aside', async () => {
    const page = app.operator;
    await congressWith(app.t, 12, 3); // the page follows the engine's congress:changed
    await app.t.engine.call('backups:create', {});
    for (const code of ['DB004', 'DB005', 'DB006', 'DB007']) await app.t.engine.call('checkin:scan', { code });
    await app.t.engine.call('backups:create', {});
    await page.getByRole('button', { name: /^Tệp/ }).click();
    await page.getByRole('menuitem', { name: 'Sao lưu và khôi phục…' }).click();
    const table = page.getByTestId('backups-table');
    await table.waitFor();
    await eventually(table.locator('tbody tr')).toHaveCount(2);
    await table.getByText('12 đại biểu · 7 điểm danh · 0 cuộc bầu · 0 phiếu').waitFor();
    await table.getByText('12 đại biểu · 3 điểm danh · 0 cuộc bầu · 0 phiếu').waitFor();
    await app.shot(page, 'backups-01-list');

    await table.locator('tbody tr').nth(1).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('alertdialog', { name: 'Khôi phục' }).waitFor();
    await app.shot(page, 'backups-02-confirm');
    await page.keyboard.press('Escape'); // steps back out of the confirmation only
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await table.locator('tbody tr').nth(1).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('alertdialog', { name: 'Khôi phục' }).waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText(/Đã khôi phục bản sao lưu lúc/).waitFor();
    expect((await app.t.engine.call('attendance:summary', {})).present).toBe(3);
    await table.getByText('trước khi khôi phục').waitFor(); // the file as it was, kept in the list
    await app.shot(page, 'backups-03-restored');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Sao lưu và khôi phục' }).waitFor({ state: 'detached' });
  });

  it('offers the latest good copy when a congress file is damaged, and opens it beside the original', async () => {
    const page = app.operator;
    const path = app.t.file('c.congress');
    await app.t.engine.call('checkin:scan', { code: 'DB010' });
    await app.t.engine.call('congress:close', {}); // a copy on close: 4 present
    truncateSync(path, 8192);
    await page
      .getByRole('button', { name: /Mở tệp đại hội/ })
      .first()
      .click();
    await page.getByLabel('Đường dẫn tệp .congress').fill(path);
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    const offer = page.getByRole('alertdialog', { name: 'Không mở được tệp đại hội' });
    await offer.waitFor();
    await offer.getByText(/bị hỏng/).waitFor();
    await offer.getByText(/4 điểm danh/).waitFor();
    await app.shot(page, 'backups-04-damaged-offer');
    await offer.getByRole('button', { name: 'Mở bản sao lưu gần nhất' }).click();
    await page.getByTestId('scan-field').waitFor();
    await page.getByRole('dialog', { name: 'Mở tệp đại hội' }).waitFor({ state: 'detached' });
    const state = await app.t.engine.call('app:state', {});
    expect(state.congress?.path).toContain('c (khoi phuc ');
    expect((await app.t.engine.call('attendance:summary', {})).present).toBe(4);
    await app.shot(page, 'backups-05-recovered');
  });
});
