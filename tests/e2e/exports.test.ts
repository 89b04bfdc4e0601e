/** The export panel in Chromium: minutes of a counted ballot, with progress, and the archive. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { congressFor, countedBallot, pdfText } from '../integration/exports/export-setup';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

describe('Tệp ▸ Xuất tài liệu', () => {
  it('exports the minutes of a counted ballot and the whole archive from the operator window', async () => {
    const page = app.operator;
    await congressFor(app.t, 10, 8);
    await countedBallot(app.t, [
      [2, 6, 7],
      [3, 6, 7],
      [3, 6, 7],
      [4, 6, 7],
      [4, 6, 7],
      [5, 6, 7],
      [5, 6, 7],
      [4, 5, 7],
      [6, 7],
    ]);
    // The page may have read the app state before the congress was made and before its event socket
    // was up (it then shows the home screen): load it again, as an operator opening the window would.
    await page.reload();
    await page.locator('.brand-name', { hasText: 'Đại hội đại biểu MTTQ Việt Nam phường Ngọc Hà' }).waitFor();
    await page.getByRole('button', { name: /^Tệp/ }).click();
    await page.getByRole('menuitem', { name: 'Xuất tài liệu… (Ctrl+E)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xuất tài liệu' });
    await dialog.waitFor();
    await dialog.getByText('Thông tin văn bản (nhập một lần)').click();
    await dialog.getByLabel('Cuộc bầu').selectOption({ index: 0 });
    await dialog.getByLabel('Định dạng').selectOption('pdf');
    const out = join(app.t.dir, 'e2e-out');
    await dialog.getByLabel('Thư mục lưu').fill(out);
    await app.shot(page, 'exports-01-panel');
    await dialog.getByRole('button', { name: 'Xuất', exact: true }).click();
    const status = dialog.getByRole('status');
    await status.getByText('Đã xuất 1 tệp:').waitFor();
    const path = (await status.locator('code').first().textContent())!;
    expect(existsSync(path)).toBe(true);
    expect(pdfText(path)).toContain('BIÊN BẢN KIỂM PHIẾU');
    await app.shot(page, 'exports-02-done');

    await dialog.getByLabel('Tài liệu').selectOption({ label: 'Lưu trữ đại hội (tệp đại hội + mọi tài liệu + mã SHA-256)' });
    await dialog.getByRole('button', { name: 'Xuất', exact: true }).click();
    await dialog.getByRole('progressbar').waitFor(); // progress while the archive is made
    await app.shot(page, 'exports-03-progress');
    await status.getByText(/Đã xuất \d+ tệp:/).waitFor({ timeout: 30_000 });
    await status.getByText(/manifest\.json$/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});
