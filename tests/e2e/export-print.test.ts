/**
 * «In» in Chromium: the minutes' PDF just exported opens in a new tab from the browser host, where
 * the browser's viewer prints it (renderer/features/exports/print-export.ts, main/host/printable-exports.ts).
 */
import { join } from 'node:path';
import { congressFor, countedBallot } from '../integration/exports/export-setup';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

it('opens the exported minutes as a PDF in a new tab, served by the host', async () => {
  const page = app.operator;
  await congressFor(app.t, 6, 6);
  await countedBallot(app.t, [
    [5, 6, 7],
    [4, 6, 7],
    [1, 2, 3],
  ]);
  await page.reload(); // as exports.test.ts: the page may have read the state before the congress was made
  await page.locator('.brand-name', { hasText: 'Đại hội đại biểu MTTQ Việt Nam phường Ngọc Hà' }).waitFor();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Xuất tài liệu' });
  await dialog.waitFor();
  await dialog.getByLabel('Định dạng').selectOption('pdf');
  await dialog.getByLabel('Thư mục lưu').fill(join(app.t.dir, 'in'));
  await dialog.getByRole('button', { name: 'Xuất', exact: true }).click();
  const status = dialog.getByRole('status');
  await status.getByText('Đã xuất 1 tệp:').waitFor();
  const pdf = page.context().waitForEvent('response', (r) => r.url().includes('/printable/'));
  await status.getByRole('button', { name: 'In', exact: true }).click();
  const response = await pdf;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
});
