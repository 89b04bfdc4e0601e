import type { Page } from 'playwright-core';
import type { ProjectorTheme } from '../../shared/domain/projector';
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { type App, startApp } from './harness';
import { expectText } from './wait';

let app: App;
let projector: Page;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const SUMMONED = 145;
const PRESENT = 140;
const QUESTION = 'Thông qua số lượng Ủy viên Ủy ban MTTQ Việt Nam phường khóa mới là 55 vị';
const MESSAGE = 'Mời các đại biểu về chỗ ngồi, Đại hội chuẩn bị bước vào phiên làm việc buổi chiều';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

/** Each slide at both resolutions in both themes, for a person to look at. */
async function shoot(name: string) {
  for (const theme of ['red_gold', 'high_contrast'] as ProjectorTheme[]) {
    await app.t.engine.call('projector:theme', { theme });
    await projector.locator(`[data-theme="${theme}"]`).waitFor();
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await app.shot(projector, `4x-${name}-${theme}-${size.width}`);
    }
  }
  await app.t.engine.call('projector:theme', { theme: 'red_gold' });
}

describe('a vote and the projector stage in Chromium', () => {
  it('prepares a congress with 140 of 145 official delegates present', async () => {
    const e = app.t.engine;
    await e.call('congress:create', {
      name: 'Đại hội đại biểu MTTQ Việt Nam phường Thử Nghiệm lần thứ I',
      path: app.t.file('bieu-quyet.congress'),
    });
    await e.call('congress:update', {
      term: '2026 - 2031',
      organiser: 'Ủy ban MTTQ Việt Nam phường Thử Nghiệm',
      theme: 'Đoàn kết – Dân chủ – Đổi mới – Phát triển',
      venue: 'Hội trường UBND phường',
      startDate: '2026-12-15',
    });
    for (let i = 1; i <= SUMMONED; i++) {
      const d = await e.call('delegates:create', officialDelegate(i));
      if (i <= PRESENT) await e.call('checkin:mark', { delegateId: d.id });
    }
    await app.operator.getByTestId('scan-field').waitFor();
    projector = await app.openProjector(SIZES[0]);
    await projector.getByTestId('slide-welcome').waitFor();
  });

  it('records a vote with the keyboard: F9, question, Enter, 138 Tab 1 Tab 1, Enter', async () => {
    const page = app.operator;
    await page.bringToFront();
    await page.keyboard.press('F9');
    await page.getByTestId('vote-question-input').fill(QUESTION);
    await page.keyboard.press('Enter');
    await page.getByTestId('vote-for').waitFor();
    await expectText(page.getByTestId('vote-present'), String(PRESENT));
    await page.keyboard.type('138');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0');
    await expectText(
      page.getByTestId('vote-sum'),
      'Tổng 139 / 140 đại biểu có mặt · Tổng tán thành + không tán thành + không biểu quyết là 139',
    );
    await page.keyboard.press('Enter');
    await expectText(page.locator('.notice'), 'không khớp số đại biểu có mặt 140 (thiếu 1). Chưa thể kết thúc biểu quyết.');
    await expectText(page.getByTestId('vote-state'), 'Đang biểu quyết');
    await app.shot(page, '40-vote-refused');
    await page.getByTestId('vote-abstain').fill('1');
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('vote-state'), 'Đã kết thúc');
    await expectText(page.getByTestId('vote-result'), 'Tán thành 138 98,57 %');
    expect(await page.locator('.notice-error').count()).toBe(0);
    await app.shot(page, '40-vote-closed');
  });

  it('puts the result on the projector page with Alt+P, exact text', async () => {
    const page = app.operator;
    await page.keyboard.press('Alt+p');
    await projector.getByTestId('slide-vote_result').waitFor();
    await expectText(projector.getByTestId('vote-question'), QUESTION);
    await expectText(projector.getByTestId('vote-for'), 'Tán thành 138 98,57 %');
    await expectText(projector.getByTestId('vote-against'), 'Không tán thành 1 0,71 %');
    await expectText(projector.getByTestId('vote-abstain'), 'Không biểu quyết 1 0,71 %');
    await expectText(projector.getByTestId('vote-rule'), 'Thông qua khi quá 1/2 trong số 140 đại biểu chính thức có mặt tán thành');
    await expectText(projector.getByTestId('vote-verdict'), 'ĐÃ THÔNG QUA');
    await shoot('vote-result');
  });

  it('queues a message, previews it as next, and switches it on air with Ctrl+Space', async () => {
    const page = app.operator;
    await page.bringToFront();
    await page.keyboard.press('F6');
    await page.getByTestId('queue-message-text').fill(MESSAGE);
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('projector-next'), MESSAGE);
    // queued only: the hall still sees the vote result
    await expectText(projector.getByTestId('vote-verdict'), 'ĐÃ THÔNG QUA');
    await app.shot(page, '41-stage-queued');
    await page.keyboard.press('Control+Space');
    await projector.getByTestId('slide-message').waitFor();
    await expectText(projector.getByTestId('message-text'), MESSAGE);
    // the vote result is now the next slide: the same key flips back
    await expectText(page.getByTestId('projector-next'), 'ĐÃ THÔNG QUA');
    await shoot('message');
  });

  it('blacks out the hall with Ctrl+. and brings the slide back with it', async () => {
    const page = app.operator;
    await page.bringToFront();
    await page.keyboard.press('Control+.');
    await projector.getByTestId('slide-black').waitFor();
    expect(await projector.getByTestId('slide-message').count()).toBe(0);
    expect(await projector.locator('.slide-stage').innerText()).toBe('');
    // not even the theme's frame lights up
    expect(await projector.getByTestId('slide-black').evaluate((el) => getComputedStyle(el, '::before').display)).toBe('none');
    await expectText(page.getByTestId('projector-next'), 'ĐÃ THÔNG QUA'); // the queue still shows what comes next
    await expectText(page.getByTestId('projector-preview'), 'ĐANG TẮT HÌNH');
    await app.shot(page, '42-stage-black');
    await projector.setViewportSize(SIZES[0]!);
    await app.shot(projector, '4x-black-1920');
    await page.keyboard.press('Control+.');
    await projector.getByTestId('slide-message').waitFor();
  });

  it('shows the logo and welcome slides, and a vote that did not pass', async () => {
    const e = app.t.engine;
    await e.call('projector:set', { slide: 'logo' });
    await projector.getByTestId('slide-logo').waitFor();
    await shoot('logo');
    await e.call('projector:set', { slide: 'welcome' });
    await projector.getByTestId('slide-welcome').waitFor();
    await expectText(projector.getByTestId('slide-welcome'), 'Nhiệm kỳ 2026 - 2031');
    await shoot('welcome');
    const v = await e.call('votes:create', { question: 'Sửa đổi Quy chế làm việc', rule: 'two_thirds_present' });
    await e.call('votes:record', { id: v.id, counts: { for: 93, against: 40, abstain: 7 }, close: true });
    await e.call('projector:set', { slide: 'vote_result', voteId: v.id });
    await expectText(projector.getByTestId('vote-verdict'), 'KHÔNG ĐƯỢC THÔNG QUA');
    await expectText(projector.getByTestId('vote-for'), 'Tán thành 93 66,43 %');
    await expectText(projector.getByTestId('vote-rule'), 'Thông qua khi ít nhất 2/3 trong số 140 đại biểu chính thức có mặt tán thành');
    await shoot('vote-not-passed');
    await e.call('votes:record', {
      id: (await e.call('votes:create', { question: 'Thông qua chương trình Đại hội' })).id,
      counts: 'unanimous',
      close: true,
    });
    const last = (await e.call('votes:list', {})).at(-1)!;
    await e.call('projector:set', { slide: 'vote_result', voteId: last.id });
    await expectText(projector.getByTestId('slide-vote_result'), '100 % đại biểu có mặt tán thành');
    await shoot('vote-unanimous');
  });

  it('the ballot result slides take the high-contrast theme too', async () => {
    const e = app.t.engine;
    const b = await e.call('ballots:create', {
      title: 'Hiệp thương cử Ban Thường trực Ủy ban MTTQ Việt Nam phường khóa I',
      kind: 'committee',
      seatsApproved: 3,
      seats: 3,
      method: 'hands_per_name',
      preset: 'mttq',
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 1,
    });
    const names = ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Quang Hải', 'Phạm Thu Trang'];
    await e.call('ballots:setCandidates', { id: b.id, candidates: names.map((name) => ({ name, birthDate: null })) });
    await e.call('ballots:open', { id: b.id });
    await e.call('ballots:aggregate', { ballotId: b.id, valid: PRESENT, invalid: 0, votes: { 1: 139, 2: 131, 3: 110, 4: 40 } });
    if ((await e.call('ballots:get', { id: b.id })).state === 'open') await e.call('ballots:count', { id: b.id });
    await e.call('ballots:publish', { id: b.id });
    await e.call('projector:set', { slide: 'ballot_result', ballotId: b.id });
    await projector.getByTestId('slide-ballot_result').waitFor();
    await shoot('ballot-result');
    await e.call('projector:set', { slide: 'ballot_elected', ballotId: b.id });
    await projector.getByTestId('slide-ballot_elected').waitFor();
    await shoot('ballot-elected');
  });

  it('the stage survives a reload of the projector page', async () => {
    await app.t.engine.call('projector:queue', { next: { slide: 'message', message: 'Giải lao 15 phút' } });
    await app.t.engine.call('projector:switch', {});
    await projector.reload();
    await expectText(projector.getByTestId('message-text'), 'Giải lao 15 phút');
  });
});
