import { vietnamTime } from '../../shared/domain/hall-time';
import type { Page } from 'playwright-core';
import type { ProjectorTheme } from '../../shared/domain/projector';
import { type App, startApp } from './harness';

let app: App;
let projector: Page;
beforeAll(async () => {
  // The countdown is ticked by the browser from the end time the engine stored: both read the wall clock.
  app = await startApp({ realClock: true });
});
afterAll(async () => app?.close());

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

/** A slide at both resolutions (and both themes when asked), for a person to look at. */
async function shoot(name: string, themes: ProjectorTheme[] = ['red_gold']) {
  for (const theme of themes) {
    await app.t.engine.call('projector:theme', { theme });
    await projector.locator(`[data-theme="${theme}"]`).waitFor();
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await app.shot(projector, `5x-${name}-${theme === 'red_gold' ? '' : 'hc-'}${size.width}`);
    }
  }
  await app.t.engine.call('projector:theme', { theme: 'red_gold' });
  await projector.setViewportSize(SIZES[0]!);
}

// The hall's clock (shared/domain/hall-time.ts), whatever zone this machine is in.
const hhmm = (d: Date) => vietnamTime(d.toISOString()).slice(11, 16);

describe('running the agenda in Chromium', () => {
  it('prepares a ward congress with a small roster', async () => {
    const e = app.t.engine;
    await e.call('congress:create', {
      name: 'Đại hội đại biểu MTTQ Việt Nam phường Thử Nghiệm lần thứ I',
      path: app.t.file('chuong-trinh.congress'),
    });
    await e.call('congress:update', {
      term: '2026 - 2031',
      organiser: 'Ủy ban MTTQ Việt Nam phường Thử Nghiệm',
      theme: 'Đoàn kết – Dân chủ – Đổi mới – Phát triển',
    });
    await e.call('delegates:create', {
      code: 'DB001',
      fullName: 'Nguyễn Thị Hằng',
      gender: 'female',
      birthDate: null,
      ethnicity: null,
      religion: null,
      partyMember: null,
      education: null,
      position: 'Chủ tịch',
      unit: 'Hội Liên hiệp Phụ nữ phường',
      group: null,
      seat: null,
      kind: null,
      status: 'official',
    });
    await app.operator.getByTestId('scan-field').waitFor();
    projector = await app.openProjector(SIZES[0]);
    await projector.getByTestId('slide-welcome').waitFor();
  });

  it('applies the commune-level MTTQ template from the agenda screen (F12)', async () => {
    const page = app.operator;
    await page.keyboard.press('F12');
    await page.getByTestId('agenda-screen').waitFor();
    await page.getByTestId('template-select').selectOption('mttq-commune');
    await page.getByTestId('apply-template').click();
    await page.getByTestId('step-row-19').waitFor();
    await expect(page.getByTestId('step-row-1').textContent()).resolves.toContain('Chào cờ, hát Quốc ca');
    // The programme starts now (a real hall would keep 07:30): edit step 1 from the keyboard.
    await page.getByTestId('step-row-1').click();
    await page.keyboard.press('Enter');
    const start = new Date();
    await page.getByTestId('step-start-input').fill(hhmm(start));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(page.getByTestId('step-row-2').textContent()).resolves.toContain(hhmm(new Date(start.getTime() + 5 * 60_000)));
  });

  it('runs three steps with PageDown; the projector highlights the step under way', async () => {
    const page = app.operator;
    await page.keyboard.press('Control+3');
    await projector.getByTestId('slide-agenda').waitFor();
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('PageDown');
      await page.locator(`[data-testid="step-row-${i}"].progress-current`).waitFor();
    }
    await expect(page.getByTestId('current-step').textContent()).resolves.toBe(
      '3. Hiệp thương cử Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu',
    );
    // Actual start times are recorded on the two finished steps and the current one.
    for (const n of [1, 2, 3])
      await expect(page.locator(`[data-testid="step-row-${n}"] .actual`).textContent()).resolves.toMatch(/^\d\d:\d\d/);
    await expect(page.getByTestId('agenda-delay').textContent()).resolves.toMatch(/Đúng giờ|Sớm \d+ phút/);

    const current = projector.getByTestId('agenda-row-current');
    await expect(current.textContent()).resolves.toContain('Hiệp thương cử Đoàn Chủ tịch');
    await expect(projector.getByTestId('agenda-row-done').count()).resolves.toBe(2);
    // The current row is the gold band: a different background from the others.
    const bg = await current.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(242, 194, 48)');
    await app.shot(page, '50-operator-agenda');
    await shoot('agenda', ['red_gold', 'high_contrast']);
    await page.keyboard.press('Control+4');
    await projector.getByTestId('slide-agenda_step').waitFor();
    await expect(projector.getByTestId('step-title').textContent()).resolves.toContain('Hiệp thương cử Đoàn Chủ tịch');
    await shoot('current-step');
  });

  it('lists speakers, calls one and shows them with their countdown', async () => {
    const page = app.operator;
    // A delegate found without diacritics, then a guest typed by hand.
    await page.getByTestId('speaker-name-input').fill('nguyen thi hang');
    await page.getByRole('button', { name: /Nguyễn Thị Hằng/ }).click();
    await page.getByTestId('speaker-topic-input').fill('Phát huy vai trò phụ nữ trong xây dựng khu dân cư văn minh');
    await page.getByTestId('speaker-add').click();
    await page.getByTestId('speaker-1').waitFor();
    await page.getByTestId('speaker-name-input').fill('Ông Trần Văn Bảy');
    await page.getByTestId('speaker-org-input').fill('Ban Công tác Mặt trận khu dân cư số 4');
    await page.getByTestId('speaker-add').click();
    await page.getByTestId('speaker-2').waitFor();

    await page.locator('body').click({ position: { x: 5, y: 300 } }); // out of the form: the screen's keys
    await page.keyboard.press('n');
    await page.locator('[data-testid="speaker-1"].state-speaking').waitFor();
    await page.keyboard.press('Control+5');
    await projector.getByTestId('slide-speaker').waitFor();
    await expect(projector.getByTestId('speaker-name').textContent()).resolves.toBe('Nguyễn Thị Hằng');
    await expect(projector.getByTestId('slide-speaker').textContent()).resolves.toContain('Hội Liên hiệp Phụ nữ phường');
    // Auto-started with the call: the vote kind's 3 minutes, ticking in the browser.
    const digits = projector.getByTestId('countdown-digits');
    await projector.waitForFunction(() =>
      /^(2:5\d|3:00)$/.test(document.querySelector('[data-testid="countdown-digits"]')?.textContent ?? ''),
    );
    const first = await digits.textContent();
    await projector.waitForFunction((before) => document.querySelector('[data-testid="countdown-digits"]')?.textContent !== before, first);
    await expect(projector.getByTestId('countdown').getAttribute('data-phase')).resolves.toBe('normal');
    await shoot('speaker', ['red_gold', 'high_contrast']);
  });

  it('pauses and starts the countdown with Space, and colours its last seconds', async () => {
    const page = app.operator;
    await page.keyboard.press(' ');
    await projector.locator('[data-testid="countdown"][data-state="paused"]').waitFor();
    await page.keyboard.press('Control+6');
    await projector.getByTestId('slide-countdown').waitFor();
    await shoot('countdown-paused');
    // A short countdown, caught in its amber seconds and paused there for the picture.
    await app.t.engine.call('timer:start', { seconds: 8 });
    await projector.locator('[data-testid="countdown"][data-phase="amber"]').waitFor();
    await app.t.engine.call('timer:pause', {});
    await projector.locator('[data-testid="countdown"][data-state="paused"]').waitFor();
    await expect(projector.getByTestId('countdown').getAttribute('data-phase')).resolves.toMatch(/amber|red/);
    await shoot('countdown-amber');
    // Over time: red, with a minus.
    await app.t.engine.call('timer:start', { seconds: 1 });
    await projector.waitForFunction(() => (document.querySelector('[data-testid="countdown-digits"]')?.textContent ?? '').startsWith('−'));
    await expect(projector.getByTestId('countdown').getAttribute('data-phase')).resolves.toBe('over');
    await app.t.engine.call('timer:pause', {});
    await shoot('countdown-over');
    await page.getByTestId('timer-reset').click();
    await projector.locator('[data-testid="countdown"][data-state="idle"]').waitFor();
    await expect(projector.getByTestId('countdown-digits').textContent()).resolves.toBe('3:00');
  });

  it('lists every agenda key in the help overlay', async () => {
    const page = app.operator;
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog');
    for (const key of ['PgDn', 'PgUp', 'Ctrl+3', 'Ctrl+6', 'F12', 'Alt+↑ ↓', 'Insert', 'Delete'])
      await expect(help.textContent()).resolves.toContain(key);
    await app.shot(page, '51-help-agenda-keys');
    await page.keyboard.press('Escape');
    // The same screen in English: every string has its twin.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Congress agenda').waitFor();
    await app.shot(page, '52-operator-agenda-english');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });
});
