import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { generateDemoRoster } from '../../main/demo/demo-roster';
import { writeRosterXlsx } from '../../main/demo/roster-file';
import { type App, startApp } from './harness';
import { expectText } from './wait';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

/** A USB scanner is a keyboard: it types the code fast and presses Enter. */
async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

describe('a secretariat runs check-in in Chromium', () => {
  const roster = generateDemoRoster(40, 7);
  const officials = roster.filter((d) => d.status === 'official');
  const hang = officials[0]!;

  it('creates a congress from the home screen', async () => {
    const page = app.operator;
    await page.getByRole('heading', { name: 'Chào mừng đến với Congress Desk' }).waitFor();
    await app.shot(page, '01-home');
    await page
      .getByRole('button', { name: /Tạo đại hội mới/ })
      .first()
      .click();
    await page.getByLabel('Tên đại hội').fill('Đại hội đại biểu MTTQ Việt Nam phường Thử Nghiệm lần thứ I');
    await page.getByLabel(/Đường dẫn tệp/).fill(app.t.file('thu-nghiem.congress'));
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByTestId('scan-field').waitFor();
  });

  it('imports the roster from an Excel file with title rows', async () => {
    const page = app.operator;
    const file = app.t.file('danh-sach-dai-bieu.xlsx');
    writeFileSync(file, await writeRosterXlsx(roster));
    await page.keyboard.press('F3');
    await page.getByRole('button', { name: 'Nhập từ Excel / CSV…' }).click();
    await page.getByTestId('roster-file').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor();
    await expectText(page.getByTestId('import-summary'), `${roster.length} dòng hợp lệ, 0 dòng lỗi`);
    await app.shot(page, '02-import-preview');
    await page.getByRole('button', { name: `Nhập ${roster.length} đại biểu` }).click();
    await page.getByText(`Đã nhập ${roster.length} đại biểu.`).waitFor();
    await app.shot(page, '03-roster');
  });

  it('checks delegates in by scanning and the projector count follows', async () => {
    const page = app.operator;
    await page.keyboard.press('F2');
    const projector = await app.openProjector();
    await page.bringToFront(); // the operator's window has the keyboard (and the scanner)
    await page.keyboard.press('Control+2'); // attendance slide on air
    await projector.getByTestId('slide-attendance').waitFor();
    await expectText(projector.getByTestId('projector-present'), '0');

    for (const d of officials.slice(0, 5)) await scan(page, d.code!);
    await expectText(page.getByTestId('feedback'), officials[4]!.fullName);
    await expectText(page.getByTestId('count-present'), '5');
    await expectText(projector.getByTestId('projector-present'), '5');

    await scan(page, officials[0]!.code!);
    await page.locator('.feedback-already').waitFor();
    await scan(page, 'KHONG-CO');
    await page.locator('.feedback-unknown').waitFor();
    await app.shot(page, '04-checkin-unknown');
    await expectText(projector.getByTestId('projector-present'), '5');
    await app.shot(projector, '05-projector-attendance-1920');
    await projector.setViewportSize({ width: 1024, height: 768 });
    await app.shot(projector, '06-projector-attendance-1024');
    await projector.close();
  });

  it('undoes the last check-in and finds a name typed without diacritics', async () => {
    const page = app.operator;
    await page.bringToFront();
    // After a repeat scan and an unknown code there is nothing to undo: Ctrl+Z takes no one out.
    await page.keyboard.press('Control+z');
    await scan(page, officials[5]!.code!);
    await expectText(page.getByTestId('count-present'), '6');
    await expectText(page.getByTestId('feedback'), officials[5]!.fullName);
    // Right after a check-in, Ctrl+Z undoes that one, and says whom.
    await page.keyboard.press('Control+z');
    await expectText(page.getByTestId('count-present'), '5');
    await expectText(page.getByTestId('feedback'), officials[5]!.fullName);
    const folded = hang.fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    await page.keyboard.type(folded);
    const row = page.locator(`.checkin-row[data-code="${hang.code}"]`);
    await row.waitFor();
    await app.shot(page, '07-search-without-diacritics');
    await page.keyboard.press('Escape');
  });

  it('projects the welcome slide', async () => {
    const page = app.operator;
    await page.keyboard.press('Control+1');
    const projector = await app.openProjector({ width: 1920, height: 1080 });
    await projector.getByTestId('slide-welcome').waitFor();
    await page.bringToFront();
    await expectText(projector.getByTestId('slide-welcome'), 'MTTQ VIỆT NAM PHƯỜNG THỬ NGHIỆM', { caseInsensitive: true });
    await app.shot(projector, '08-projector-welcome-1920');
    await app.shot(page, '09-operator-checkin');
    await projector.close();
  });

  it('shows the congress details and switches the whole screen to English', async () => {
    const page = app.operator;
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: 'Thông tin đại hội' }).waitFor();
    await app.shot(page, '10-setup');
    await page.getByRole('button', { name: 'English' }).click();
    await page.keyboard.press('F2');
    await page.getByText('Scan a card or type a code', { exact: false }).waitFor();
    await expectText(page.getByTestId('attendance-panel'), 'Present');
    await app.shot(page, '11-checkin-english');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByText('Quét thẻ hoặc gõ mã', { exact: false }).waitFor();
  });
});
