/**
 * A 4:3 projector and the operator's preview of it. The preview follows the screen chosen above it,
 * 16:9 or 4:3: the slide measures the stage it is drawn on (renderer/features/slides/use-fit.ts), so a
 * 4:3 projector's layout can be checked from the desk. Nothing leaves the frame (fit-check.ts), with or
 * without a theme line, and short texts that must not wrap do not.
 */
import { officialDelegate } from '../integration/ballots/ballot-setup';
import { fitProblems } from './fit-check';
import { type App, startApp } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const ELECTED = 30;

describe('a 4:3 projector, and the 16:9 / 4:3 choice of the preview', () => {
  it('lays the list of the elected out for the chosen screen: three columns wide, two at 4:3', async () => {
    const e = app.t.engine;
    await e.call('congress:create', {
      name: 'Đại hội đại biểu MTTQ Việt Nam phường Thử Nghiệm lần thứ I',
      path: app.t.file('tl.congress'),
    });
    await e.call('congress:update', {
      organiser: 'Ủy ban MTTQ Việt Nam phường Thử Nghiệm',
      theme: 'Đoàn kết – Dân chủ – Đổi mới – Phát triển',
      startDate: '2026-12-15',
    });
    for (let i = 1; i <= 10; i++) await e.call('checkin:scan', { code: (await e.call('delegates:create', officialDelegate(i))).code });
    const b = await e.call('ballots:create', {
      title: 'Hiệp thương cử Ủy ban MTTQ Việt Nam phường Thử Nghiệm khóa I',
      kind: 'committee',
      seatsApproved: ELECTED,
      seats: ELECTED,
      method: 'hands_per_name',
      preset: 'mttq',
      rules: { base: 'present', allStruck: 'invalid', tie: 'rerun' },
      entryMode: 'struck',
      passes: 1,
    });
    await e.call('ballots:setCandidates', {
      id: b.id,
      candidates: Array.from({ length: ELECTED }, (_, i) => ({ name: `Nguyễn Văn Đại Biểu ${i + 1}`, birthDate: null })),
    });
    await e.call('ballots:open', { id: b.id });
    const votes = Object.fromEntries(Array.from({ length: ELECTED }, (_, i) => [i + 1, 9]));
    await e.call('ballots:aggregate', { ballotId: b.id, valid: 10, invalid: 0, votes });
    if ((await e.call('ballots:get', { id: b.id })).state === 'open') await e.call('ballots:count', { id: b.id });
    await e.call('ballots:publish', { id: b.id });
    await e.call('projector:set', { slide: 'ballot_elected', ballotId: b.id });

    const page = app.operator;
    await page.getByTestId('scan-field').waitFor();
    await page.keyboard.press('F6');
    const preview = page.getByTestId('projector-preview');
    await preview.locator('[data-testid="slide-ballot_elected"]').waitFor();
    const layout = async () => {
      // two frames: the slide re-measures after the stage has changed size
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      return preview.evaluate((el) => ({
        ratio: Math.round((el.clientWidth / el.clientHeight) * 10) / 10,
        // the columns the slide lays out for its stage (ballot-elected-slide.tsx), filled or not
        columns: /cols-(\d)/.exec(el.querySelector('.elected-columns')?.className ?? '')?.[1],
      }));
    };
    expect(await layout()).toEqual({ ratio: 1.8, columns: '3' });
    // the preview is the first stage on the page: what the check measures (fit-check.ts)
    expect(await fitProblems(page)).toEqual([]);
    await page.getByRole('button', { name: '4/3', exact: true }).click();
    await expect.poll(layout).toEqual({ ratio: 1.3, columns: '2' });
    await app.shot(page, '7x-preview-4x3');
    expect(await fitProblems(page)).toEqual([]);
    await page.getByRole('button', { name: '16/9', exact: true }).click();
    await expect.poll(layout).toEqual({ ratio: 1.8, columns: '3' });
  });

  it('without a theme line, the list and its page number stay inside the frame, on the projector and in the preview', async () => {
    await app.t.engine.call('congress:update', { theme: '' });
    const page = app.operator;
    const preview = page.getByTestId('projector-preview');
    await expect.poll(() => preview.locator('.slide-theme').count()).toBe(0);
    for (const ratio of ['4/3', '16/9']) {
      await page.getByRole('button', { name: ratio, exact: true }).click();
      expect(await fitProblems(page), `preview ${ratio}`).toEqual([]);
    }
    const projector = await app.openProjector({ width: 1024, height: 768 });
    await projector.getByTestId('slide-ballot_elected').waitFor();
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await projector.setViewportSize(size);
      expect(await fitProblems(projector), `${size.width}×${size.height}`).toEqual([]);
      await app.shot(projector, `7x-elected-no-theme-${size.width}x${size.height}`);
    }
  });

  it('at 4:3 the longest organiser stays one line, and so does each label of a vote', async () => {
    const e = app.t.engine;
    await e.call('congress:update', {
      organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh',
      theme: 'Đoàn kết – Dân chủ – Đổi mới – Sáng tạo – Phát triển',
    });
    const v = await e.call('votes:create', { question: 'Thông qua Chương trình hành động nhiệm kỳ 2026 - 2031' });
    await e.call('votes:record', { id: v.id, counts: { for: 8, against: 1, abstain: 1 }, close: true });
    await e.call('projector:set', { slide: 'vote_result', voteId: v.id });
    const projector = await app.openProjector({ width: 1024, height: 768 });
    await projector.getByTestId('slide-vote_result').waitFor();
    expect(await fitProblems(projector)).toEqual([]);
    // the lines a text takes: its line boxes, by their distinct tops
    const lines = (selector: string) =>
      projector.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return { text: el.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
        }),
      );
    expect(await lines('.slide-organiser')).toEqual([{ text: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh', lines: 1 }]);
    expect(await lines('.v-label')).toEqual(['Tán thành', 'Không tán thành', 'Không biểu quyết'].map((text) => ({ text, lines: 1 })));
    await app.shot(projector, '7x-vote-1024x768');
  });
});
